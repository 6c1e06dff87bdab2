import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { cases } from './cases';
import { id } from './columns';
import { users } from './users';

/** Who had a case before whom: every transfer and bulk (re)assignment, with the reason given. */
export const caseTransfers = sqliteTable(
  'case_transfers',
  {
    id: id(),
    caseId: text('case_id').notNull().references(() => cases.id),
    kind: text('kind', { enum: ['transfer', 'bulk_assign'] }).notNull(),
    fromUserId: text('from_user_id').references(() => users.id),
    toUserId: text('to_user_id').notNull().references(() => users.id),
    reason: text('reason').notNull().default(''),
    transferredById: text('transferred_by_id').notNull().references(() => users.id),
    transferredAt: text('transferred_at').notNull(),
  },
  (t) => [index('case_transfers_case_idx').on(t.caseId, t.transferredAt)],
);
