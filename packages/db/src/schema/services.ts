import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { cases } from './cases';
import { archivedAt, id, timestamps, version } from './columns';
import { users } from './users';

/** A service delivered to the child or family: what, when, by whom, with what outcome. */
export const services = sqliteTable(
  'services',
  {
    id: id(),
    caseId: text('case_id').notNull().references(() => cases.id),
    type: text('type').notNull(),
    typeOther: text('type_other').notNull().default(''),
    deliveredOn: text('delivered_on').notNull(),
    provider: text('provider').notNull(),
    outcome: text('outcome').notNull(),
    notes: text('notes').notNull().default(''),
    createdById: text('created_by_id').notNull().references(() => users.id),
    archivedAt: archivedAt(),
    version: version(),
    ...timestamps(),
  },
  (t) => [index('services_case_idx').on(t.caseId, t.deliveredOn)],
);
