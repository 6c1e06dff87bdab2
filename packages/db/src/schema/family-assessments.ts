import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { FamilyAssessmentInput } from '@kruosar/domain';
import { approvalColumns } from './approval-columns';
import { archivedAt, id, timestamps, version } from './columns';
import { households } from './households';
import { users } from './users';

/** A family assessment: each area rated with a note, and the ID Poor status seen; a supervisor approves it. */
export const familyAssessments = sqliteTable(
  'family_assessments',
  {
    id: id(),
    householdId: text('household_id').notNull().references(() => households.id),
    assessedOn: text('assessed_on').notNull(),
    idPoor: text('id_poor').notNull(),
    areas: text('areas', { mode: 'json' }).$type<FamilyAssessmentInput['areas']>().notNull(),
    createdById: text('created_by_id').notNull().references(() => users.id),
    ...approvalColumns(),
    archivedAt: archivedAt(),
    version: version(),
    ...timestamps(),
  },
  (t) => [index('family_assessments_household_idx').on(t.householdId, t.assessedOn), index('family_assessments_approval_idx').on(t.approvalState, t.submittedAt)],
);
