import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { id } from './columns';
import { tracingRequests } from './tracing-requests';
import { users } from './users';

/** One step of a search: a visit, a call, an enquiry, with what it found and what comes next. Never edited. */
export const traceActions = sqliteTable(
  'trace_actions',
  {
    id: id(),
    tracingRequestId: text('tracing_request_id').notNull().references(() => tracingRequests.id),
    kind: text('kind').notNull(),
    actionOn: text('action_on').notNull(),
    who: text('who').notNull(),
    place: text('place').notNull(),
    result: text('result').notNull(),
    nextStep: text('next_step').notNull().default(''),
    createdById: text('created_by_id').notNull().references(() => users.id),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('trace_actions_request_idx').on(t.tracingRequestId, t.actionOn)],
);
