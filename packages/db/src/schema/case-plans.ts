import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { PlanGoalInput } from '@kruosar/domain';
import { approvalColumns } from './approval-columns';
import { assessments } from './assessments';
import { cases } from './cases';
import { archivedAt, id, timestamps, version } from './columns';
import { users } from './users';

/** A case plan answering one assessment: goals with their actions (JSON, edited as one form), the child's views. */
export const casePlans = sqliteTable(
  'case_plans',
  {
    id: id(),
    caseId: text('case_id').notNull().references(() => cases.id),
    assessmentId: text('assessment_id').notNull().references(() => assessments.id),
    goals: text('goals', { mode: 'json' }).$type<PlanGoalInput[]>().notNull(),
    childViews: text('child_views').notNull().default(''),
    childViewsNotGivenReason: text('child_views_not_given_reason'),
    childViewsNotGivenNote: text('child_views_not_given_note').notNull().default(''),
    reviewDate: text('review_date').notNull(),
    /** When the plan was last reviewed; null until its first review. */
    reviewedOn: text('reviewed_on'),
    createdById: text('created_by_id').notNull().references(() => users.id),
    ...approvalColumns(),
    archivedAt: archivedAt(),
    version: version(),
    ...timestamps(),
  },
  (t) => [index('case_plans_case_idx').on(t.caseId, t.createdAt), index('case_plans_approval_idx').on(t.approvalState, t.submittedAt)],
);
