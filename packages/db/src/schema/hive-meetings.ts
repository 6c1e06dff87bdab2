import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { archivedAt, id, timestamps, version } from './columns';

/** A meeting of a commune's hive: when, how many came, notes and decisions. */
export const hiveMeetings = sqliteTable(
  'hive_meetings',
  {
    id: id(),
    communeCode: text('commune_code').notNull(),
    heldOn: text('held_on').notNull(),
    attendeesCount: integer('attendees_count').notNull(),
    notes: text('notes').notNull().default(''),
    decisions: text('decisions', { mode: 'json' }).$type<string[]>().notNull(),
    archivedAt: archivedAt(),
    version: version(),
    ...timestamps(),
  },
  (t) => [index('hive_meetings_commune_idx').on(t.communeCode, t.heldOn)],
);
