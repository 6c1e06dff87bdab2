import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { approvalColumns } from './approval-columns';
import { cases } from './cases';
import { id, timestamps, version } from './columns';
import { households } from './households';
import { users } from './users';

/** A foster or kinship carer: a household registered to care for children, with what it can offer. */
export const carers = sqliteTable(
  'carers',
  {
    id: id(),
    householdId: text('household_id').notNull().references(() => households.id),
    kind: text('kind').notNull(),
    emergency: integer('emergency', { mode: 'boolean' }).notNull().default(false),
    capacity: integer('capacity').notNull(),
    ageMin: integer('age_min').notNull(),
    ageMax: integer('age_max').notNull(),
    languages: text('languages', { mode: 'json' }).$type<string[]>().notNull(),
    takesSiblings: integer('takes_siblings', { mode: 'boolean' }).notNull().default(false),
    notes: text('notes').notNull().default(''),
    status: text('status').notNull(),
    statusReason: text('status_reason').notNull().default(''),
    appliedOn: text('applied_on').notNull(),
    ...approvalColumns(),
    version: version(),
    ...timestamps(),
  },
  (t) => [uniqueIndex('carers_household_idx').on(t.householdId), index('carers_status_idx').on(t.status, t.kind, t.emergency)],
);

/** A carer's file over time: application, assessment parts, training, reviews, and support given. */
export const carerRecords = sqliteTable(
  'carer_records',
  {
    id: id(),
    carerId: text('carer_id').notNull().references(() => carers.id),
    kind: text('kind').notNull(),
    recordedOn: text('recorded_on').notNull(),
    outcome: text('outcome').notNull(),
    amountRiel: integer('amount_riel'),
    caseId: text('case_id').references(() => cases.id),
    /** A kinship assessment: how the carer is related to the child it is about. */
    relationshipToChild: text('relationship_to_child'),
    notes: text('notes').notNull().default(''),
    createdById: text('created_by_id').notNull().references(() => users.id),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('carer_records_carer_idx').on(t.carerId, t.recordedOn)],
);

/** Every status a carer had, with the reason and who set it. */
export const carerStatusChanges = sqliteTable(
  'carer_status_changes',
  {
    id: id(),
    carerId: text('carer_id').notNull().references(() => carers.id),
    status: text('status').notNull(),
    reason: text('reason').notNull(),
    changedOn: text('changed_on').notNull(),
    changedById: text('changed_by_id').notNull().references(() => users.id),
  },
  (t) => [index('carer_status_changes_carer_idx').on(t.carerId, t.changedOn)],
);
