// The approval columns an approvable record (assessment, case plan, closure) carries, as domain Approval names them.
import { text } from 'drizzle-orm/sqlite-core';
import { users } from './users';

export const approvalColumns = () => ({
  approvalState: text('approval_state').notNull().default('draft'),
  submittedById: text('submitted_by_id').references(() => users.id),
  submittedAt: text('submitted_at'),
  decidedById: text('decided_by_id').references(() => users.id),
  decidedAt: text('decided_at'),
  returnReason: text('return_reason'),
});
