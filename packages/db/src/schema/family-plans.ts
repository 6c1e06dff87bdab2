import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { FamilyGoalInput } from '@kruosar/domain';
import { approvalColumns } from './approval-columns';
import { archivedAt, id, timestamps, version } from './columns';
import { households } from './households';
import { users } from './users';

/** One plan for a family, shared by its children's cases, approved by a supervisor like a case plan. */
export const familyPlans = sqliteTable(
  'family_plans',
  {
    id: id(),
    householdId: text('household_id').notNull().references(() => households.id),
    goals: text('goals', { mode: 'json' }).$type<FamilyGoalInput[]>().notNull(),
    reviewDate: text('review_date').notNull(),
    createdById: text('created_by_id').notNull().references(() => users.id),
    ...approvalColumns(),
    archivedAt: archivedAt(),
    version: version(),
    ...timestamps(),
  },
  (t) => [index('family_plans_household_idx').on(t.householdId, t.createdAt), index('family_plans_approval_idx').on(t.approvalState, t.submittedAt)],
);
