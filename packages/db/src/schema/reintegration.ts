import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { approvalColumns } from './approval-columns';
import { cases } from './cases';
import { archivedAt, id, timestamps, version } from './columns';
import { users } from './users';

/** Readiness and family assessment before a child goes home, approved by a supervisor. */
export const reintegrationAssessments = sqliteTable(
  'reintegration_assessments',
  {
    id: id(),
    caseId: text('case_id').notNull().references(() => cases.id),
    assessedOn: text('assessed_on').notNull(),
    familyCapacity: text('family_capacity').notNull(),
    childWishes: text('child_wishes').notNull(),
    childFears: text('child_fears').notNull().default(''),
    safety: text('safety').notNull(),
    schoolPlan: text('school_plan').notNull(),
    healthPlan: text('health_plan').notNull(),
    createdById: text('created_by_id').notNull().references(() => users.id),
    ...approvalColumns(),
    archivedAt: archivedAt(),
    version: version(),
    ...timestamps(),
  },
  (t) => [index('reintegration_assessments_case_idx').on(t.caseId), index('reintegration_assessments_approval_idx').on(t.approvalState, t.submittedAt)],
);

/** One step of the plan home: who does it, by when, and when it was done. */
export const reintegrationSteps = sqliteTable(
  'reintegration_steps',
  {
    id: id(),
    caseId: text('case_id').notNull().references(() => cases.id),
    kind: text('kind').notNull(),
    description: text('description').notNull().default(''),
    owner: text('owner').notNull(),
    dueOn: text('due_on').notNull(),
    doneOn: text('done_on'),
    createdById: text('created_by_id').notNull().references(() => users.id),
    archivedAt: archivedAt(),
    version: version(),
    ...timestamps(),
  },
  (t) => [index('reintegration_steps_case_idx').on(t.caseId, t.dueOn)],
);
