import { index, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { committeeMeetings } from './committee-meetings';
import { committeeMembers } from './committee-members';

/** Which members came to a committee meeting. */
export const committeeAttendance = sqliteTable(
  'committee_attendance',
  {
    meetingId: text('meeting_id').notNull().references(() => committeeMeetings.id),
    memberId: text('member_id').notNull().references(() => committeeMembers.id),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.memberId] }), index('committee_attendance_member_idx').on(t.memberId)],
);
