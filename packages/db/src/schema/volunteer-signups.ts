import { index, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { sql } from 'drizzle-orm';
import { id, timestamps, version } from './columns';
import { users } from './users';
import { volunteerOpportunities } from './volunteer-opportunities';

/**
 * A volunteer's place on a shift. A pending sign-up holds its place, so confirming it later can never overbook.
 * Cancelled ones stay on record.
 */
export const volunteerSignups = sqliteTable(
  'volunteer_signups',
  {
    id: id(),
    opportunityId: text('opportunity_id').notNull().references(() => volunteerOpportunities.id),
    volunteerId: text('volunteer_id').notNull().references(() => users.id),
    status: text('status', { enum: ['pending_safeguarding', 'confirmed', 'cancelled'] }).notNull(),
    confirmedAt: text('confirmed_at'),
    cancelledAt: text('cancelled_at'),
    /** When the mail reminding the volunteer of the shift was queued: one reminder a place. */
    reminderQueuedAt: text('reminder_queued_at'),
    version: version(),
    ...timestamps(),
  },
  (t) => [
    index('volunteer_signups_opportunity_idx').on(t.opportunityId, t.status),
    index('volunteer_signups_volunteer_idx').on(t.volunteerId),
    // One live place per volunteer and shift; signing up again after cancelling is a new row.
    uniqueIndex('volunteer_signups_live_idx').on(t.opportunityId, t.volunteerId).where(sql`status <> 'cancelled'`),
  ],
);
