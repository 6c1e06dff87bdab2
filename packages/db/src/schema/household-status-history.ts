import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { id } from './columns';
import { households } from './households';
import { users } from './users';

/** ID Poor status and income at a date, kept as history (the households row holds only the latest). */
export const householdStatusHistory = sqliteTable(
  'household_status_history',
  {
    id: id(),
    householdId: text('household_id').notNull().references(() => households.id),
    recordedOn: text('recorded_on').notNull(),
    idPoor: text('id_poor').notNull(),
    incomeSources: text('income_sources', { mode: 'json' }).$type<string[]>().notNull(),
    monthlyIncomeRiel: integer('monthly_income_riel').notNull(),
    note: text('note').notNull().default(''),
    createdById: text('created_by_id').references(() => users.id),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('household_status_history_household_idx').on(t.householdId, t.recordedOn)],
);
