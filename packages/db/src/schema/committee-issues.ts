import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { id, timestamps, version } from './columns';
import { committeeMeetings } from './committee-meetings';
import { committees } from './committees';
import { users } from './users';

/**
 * An issue a committee raised, in its own words and language (as said, not translated), with the organisation's
 * answer and what was done: raised -> answered -> done, or not possible with the reason.
 */
export const committeeIssues = sqliteTable(
  'committee_issues',
  {
    id: id(),
    committeeId: text('committee_id').notNull().references(() => committees.id),
    meetingId: text('meeting_id').notNull().references(() => committeeMeetings.id),
    raisedOn: text('raised_on').notNull(),
    text: text('text').notNull(),
    language: text('language').notNull(),
    status: text('status').notNull(),
    answer: text('answer').notNull().default(''),
    action: text('action').notNull().default(''),
    reason: text('reason').notNull().default(''),
    answeredOn: text('answered_on'),
    closedOn: text('closed_on'),
    answeredById: text('answered_by_id').references(() => users.id),
    version: version(),
    ...timestamps(),
  },
  (t) => [index('committee_issues_committee_idx').on(t.committeeId, t.status), index('committee_issues_meeting_idx').on(t.meetingId)],
);
