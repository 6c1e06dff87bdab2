import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { HiveTraining } from '@kruosar/domain';
import { archivedAt, id, timestamps, version } from './columns';
import { users } from './users';

/** A commune's hive volunteer and the trainings they completed; the hive-portal account is optional. */
export const hiveVolunteers = sqliteTable(
  'hive_volunteers',
  {
    id: id(),
    communeCode: text('commune_code').notNull(),
    name: text('name').notNull(),
    phone: text('phone').notNull().default(''),
    userId: text('user_id').references(() => users.id),
    /** Saved and read as a whole with the volunteer, so a list in the row is enough. */
    trainings: text('trainings', { mode: 'json' }).$type<HiveTraining[]>().notNull(),
    archivedAt: archivedAt(),
    version: version(),
    ...timestamps(),
  },
  (t) => [index('hive_volunteers_commune_idx').on(t.communeCode), index('hive_volunteers_user_idx').on(t.userId)],
);
