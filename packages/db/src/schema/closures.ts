import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { approvalColumns } from './approval-columns';
import { cases } from './cases';
import { archivedAt, id, timestamps, version } from './columns';
import { users } from './users';

/** A request to close a case, with its reason and the supervisor's decision. */
export const closures = sqliteTable(
  'closures',
  {
    id: id(),
    caseId: text('case_id').notNull().references(() => cases.id),
    reason: text('reason').notNull(),
    reasonOther: text('reason_other').notNull().default(''),
    closedOn: text('closed_on').notNull(),
    summary: text('summary').notNull(),
    followUpOn: text('follow_up_on'),
    createdById: text('created_by_id').notNull().references(() => users.id),
    ...approvalColumns(),
    archivedAt: archivedAt(),
    version: version(),
    ...timestamps(),
  },
  (t) => [index('closures_case_idx').on(t.caseId, t.createdAt), index('closures_approval_idx').on(t.approvalState, t.submittedAt)],
);
