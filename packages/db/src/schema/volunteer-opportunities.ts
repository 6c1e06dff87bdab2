import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { archivedAt, id, timestamps, version } from './columns';
import { users } from './users';

/** A shift volunteers can sign up for. Roles near children confirm a sign-up only once safeguarding is cleared. */
export const volunteerOpportunities = sqliteTable(
  'volunteer_opportunities',
  {
    id: id(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    communeCode: text('commune_code').notNull(),
    shiftDate: text('shift_date').notNull(),
    /** hh:mm, Cambodia time. */
    startTime: text('start_time').notNull(),
    endTime: text('end_time').notNull(),
    capacity: integer('capacity').notNull(),
    nearChildren: integer('near_children', { mode: 'boolean' }).notNull(),
    /** Cancelled shifts stay on record with their sign-ups; nothing is deleted. */
    cancelledAt: text('cancelled_at'),
    createdBy: text('created_by').notNull().references(() => users.id),
    archivedAt: archivedAt(),
    version: version(),
    ...timestamps(),
  },
  (t) => [index('volunteer_opportunities_shift_idx').on(t.shiftDate)],
);
