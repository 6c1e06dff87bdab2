import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { archivedAt, id, timestamps, version } from './columns';
import { committees } from './committees';
import { users } from './users';

/** A committee meeting: when and where. Who came is in committee_attendance, what was raised in committee_issues. */
export const committeeMeetings = sqliteTable(
  'committee_meetings',
  {
    id: id(),
    committeeId: text('committee_id').notNull().references(() => committees.id),
    heldOn: text('held_on').notNull(),
    place: text('place').notNull(),
    createdById: text('created_by_id').notNull().references(() => users.id),
    archivedAt: archivedAt(),
    version: version(),
    ...timestamps(),
  },
  (t) => [index('committee_meetings_committee_idx').on(t.committeeId, t.heldOn)],
);
