import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { sql } from 'drizzle-orm';
import { cases } from './cases';
import { archivedAt, id, timestamps, version } from './columns';
import { placements } from './placements';
import { users } from './users';

/** A follow-up visit: scheduled from a reunification or a closure, or added by hand; done, moved or cancelled. */
export const followUps = sqliteTable(
  'follow_ups',
  {
    id: id(),
    caseId: text('case_id').notNull().references(() => cases.id),
    /** The placement it follows; null for a visit after closure or one added by hand. */
    placementId: text('placement_id').references(() => placements.id),
    /** Why the visit exists: after a reunification, after closure, or added by hand. */
    kind: text('kind').notNull().default('manual'),
    dueDate: text('due_date').notNull(),
    /** Why the last new date was chosen; the audit log keeps every earlier one. */
    rescheduleReason: text('reschedule_reason').notNull().default(''),
    purpose: text('purpose').notNull().default(''),
    doneOn: text('done_on'),
    childSeen: integer('child_seen', { mode: 'boolean' }),
    wellbeing: text('wellbeing'),
    notes: text('notes').notNull().default(''),
    visitedById: text('visited_by_id').references(() => users.id),
    /** A cancelled visit stays on the record with its reason. */
    cancelledOn: text('cancelled_on'),
    cancelReason: text('cancel_reason'),
    createdById: text('created_by_id').notNull().references(() => users.id),
    archivedAt: archivedAt(),
    version: version(),
    ...timestamps(),
  },
  (t) => [
    index('follow_ups_case_idx').on(t.caseId, t.dueDate),
    // Due and overdue lists read only visits still to do, by date: a small partial index even with years of history.
    index('follow_ups_open_due_idx').on(t.dueDate, t.caseId).where(sql`done_on is null and cancelled_on is null and archived_at is null`),
  ],
);
