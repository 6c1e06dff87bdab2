import { index, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { id, timestamps, version } from './columns';
import { users } from './users';
import { volunteerSignups } from './volunteer-signups';

/** Hours a volunteer logged for a confirmed shift, approved or returned by staff. */
export const volunteerHours = sqliteTable(
  'volunteer_hours',
  {
    id: id(),
    signupId: text('signup_id').notNull().references(() => volunteerSignups.id),
    volunteerId: text('volunteer_id').notNull().references(() => users.id),
    workedOn: text('worked_on').notNull(),
    hours: real('hours').notNull(),
    note: text('note').notNull().default(''),
    status: text('status', { enum: ['submitted', 'approved', 'rejected'] }).notNull(),
    decidedBy: text('decided_by').references(() => users.id),
    decidedAt: text('decided_at'),
    decisionReason: text('decision_reason'),
    version: version(),
    ...timestamps(),
  },
  (t) => [index('volunteer_hours_volunteer_idx').on(t.volunteerId, t.workedOn), index('volunteer_hours_status_idx').on(t.status)],
);
