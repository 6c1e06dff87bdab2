import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { children } from './children';
import { id } from './columns';
import { households } from './households';
import { users } from './users';

/** Which household a child lived in, from when to when: a move closes one stay and opens the next. */
export const householdStays = sqliteTable(
  'household_stays',
  {
    id: id(),
    householdId: text('household_id').notNull().references(() => households.id),
    childId: text('child_id').notNull().references(() => children.id),
    fromDate: text('from_date').notNull(),
    /** Null while the child lives there. */
    toDate: text('to_date'),
    reason: text('reason').notNull().default(''),
    createdById: text('created_by_id').references(() => users.id),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('household_stays_household_idx').on(t.householdId, t.fromDate), index('household_stays_child_idx').on(t.childId, t.fromDate)],
);
