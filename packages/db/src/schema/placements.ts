import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { cases } from './cases';
import { archivedAt, id, timestamps, version } from './columns';
import { households } from './households';
import { users } from './users';

/** Where the child lived, from when to when and why: the placement history of a case. */
export const placements = sqliteTable(
  'placements',
  {
    id: id(),
    caseId: text('case_id').notNull().references(() => cases.id),
    type: text('type').notNull(),
    startDate: text('start_date').notNull(),
    /** Null while the child still lives there. */
    endDate: text('end_date'),
    reason: text('reason').notNull(),
    householdId: text('household_id').references(() => households.id),
    /** Free text of placements made before carers were registered; new placements name the carer's household. */
    carerName: text('carer_name').notNull().default(''),
    /** For kinship care: how the carer is related to the child. */
    relationshipToChild: text('relationship_to_child'),
    notes: text('notes').notNull().default(''),
    createdById: text('created_by_id').notNull().references(() => users.id),
    archivedAt: archivedAt(),
    version: version(),
    ...timestamps(),
  },
  (t) => [index('placements_case_idx').on(t.caseId, t.startDate), index('placements_household_idx').on(t.householdId, t.endDate)],
);
