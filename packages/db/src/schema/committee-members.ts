import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { archivedAt, id, timestamps, version } from './columns';
import { committees } from './committees';

/** A member of a committee: a child (with their guardian's consent written down) or an adult. */
export const committeeMembers = sqliteTable(
  'committee_members',
  {
    id: id(),
    committeeId: text('committee_id').notNull().references(() => committees.id),
    name: text('name').notNull(),
    role: text('role').notNull().default(''),
    isChild: integer('is_child', { mode: 'boolean' }).notNull(),
    birthYear: integer('birth_year'),
    guardianName: text('guardian_name').notNull().default(''),
    consentOn: text('consent_on'),
    archivedAt: archivedAt(),
    version: version(),
    ...timestamps(),
  },
  (t) => [index('committee_members_committee_idx').on(t.committeeId)],
);
