import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { CsiScores } from '@kruosar/domain';
import { approvalColumns } from './approval-columns';
import { cases } from './cases';
import { archivedAt, id, timestamps, version } from './columns';
import { users } from './users';

/** A Child Status Index assessment of one case; approved ones are the record and are never edited. */
export const assessments = sqliteTable(
  'assessments',
  {
    id: id(),
    caseId: text('case_id').notNull().references(() => cases.id),
    assessedOn: text('assessed_on').notNull(),
    scores: text('scores', { mode: 'json' }).$type<CsiScores>().notNull(),
    protectionConcerns: text('protection_concerns', { mode: 'json' }).$type<string[]>().notNull(),
    riskLevel: text('risk_level').notNull(),
    riskReason: text('risk_reason').notNull().default(''),
    summary: text('summary').notNull().default(''),
    assessedById: text('assessed_by_id').notNull().references(() => users.id),
    createdById: text('created_by_id').notNull().references(() => users.id),
    ...approvalColumns(),
    archivedAt: archivedAt(),
    version: version(),
    ...timestamps(),
  },
  (t) => [
    index('assessments_case_idx').on(t.caseId, t.assessedOn),
    // The approvals inbox and the dashboard count what waits, oldest first.
    index('assessments_approval_idx').on(t.approvalState, t.submittedAt),
  ],
);
