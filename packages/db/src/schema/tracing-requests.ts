import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { SoughtPerson } from '@kruosar/domain';
import { approvalColumns } from './approval-columns';
import { cases } from './cases';
import { archivedAt, id, timestamps, version } from './columns';
import { households } from './households';
import { users } from './users';

/**
 * A search for a child's family. The approval columns are those of closing it as "not found", which a
 * supervisor decides.
 */
export const tracingRequests = sqliteTable(
  'tracing_requests',
  {
    id: id(),
    caseId: text('case_id').notNull().references(() => cases.id),
    openedOn: text('opened_on').notNull(),
    childAccount: text('child_account').notNull(),
    people: text('people', { mode: 'json' }).$type<SoughtPerson[]>().notNull(),
    placesRemembered: text('places_remembered').notNull().default(''),
    placeCode: text('place_code'),
    ageAtSeparation: integer('age_at_separation'),
    language: text('language').notNull().default(''),
    institutionRecords: text('institution_records').notNull().default(''),
    status: text('status').notNull().default('open'),
    outcome: text('outcome'),
    foundHouseholdId: text('found_household_id').references(() => households.id),
    createdById: text('created_by_id').notNull().references(() => users.id),
    ...approvalColumns(),
    archivedAt: archivedAt(),
    version: version(),
    ...timestamps(),
  },
  (t) => [
    index('tracing_requests_case_idx').on(t.caseId),
    index('tracing_requests_approval_idx').on(t.approvalState, t.submittedAt),
  ],
);
