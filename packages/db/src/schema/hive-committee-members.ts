import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { archivedAt, id, timestamps, version } from './columns';

/** A member of a commune's hive committee (an adult who agreed to be listed). */
export const hiveCommitteeMembers = sqliteTable(
  'hive_committee_members',
  {
    id: id(),
    communeCode: text('commune_code').notNull(),
    name: text('name').notNull(),
    committeeRole: text('committee_role').notNull(),
    phone: text('phone').notNull().default(''),
    archivedAt: archivedAt(),
    version: version(),
    ...timestamps(),
  },
  (t) => [index('hive_committee_commune_idx').on(t.communeCode)],
);
