import { sql } from 'drizzle-orm';
import { index, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { archivedAt, id, timestamps, version } from './columns';
import { children } from './children';
import { households } from './households';
import { users } from './users';

export const cases = sqliteTable(
  'cases',
  {
    id: id(),
    reference: text('reference').notNull(),
    childId: text('child_id').notNull().references(() => children.id),
    householdId: text('household_id').notNull().references(() => households.id),
    status: text('status').notNull(),
    stage: text('stage').notNull(),
    riskLevel: text('risk_level').notNull(),
    protectionConcerns: text('protection_concerns', { mode: 'json' }).$type<string[]>().notNull(),
    source: text('source').notNull(),
    summary: text('summary').notNull().default(''),
    communeCode: text('commune_code').notNull(),
    assignedTo: text('assigned_to').references(() => users.id),
    registeredBy: text('registered_by').references(() => users.id),
    registeredAt: text('registered_at').notNull(),
    firstContactDueAt: text('first_contact_due_at').notNull(),
    firstContactAt: text('first_contact_at'),
    archivedAt: archivedAt(),
    version: version(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('cases_reference_idx').on(t.reference),
    index('cases_commune_idx').on(t.communeCode, t.registeredAt),
    index('cases_assigned_idx').on(t.assignedTo, t.registeredAt),
    index('cases_child_idx').on(t.childId),
    // The name search's triggers find the children of a household whose members changed.
    index('cases_household_idx').on(t.householdId),
    index('cases_stage_idx').on(t.stage),
    // The caseload list pages newest-first over live cases: an index in that order answers page 1 without a sort.
    index('cases_live_registered_idx').on(t.registeredAt).where(sql`archived_at is null`),
    // A caseworker's scope is "assigned to me or registered by me": both sides need an index.
    index('cases_registered_by_idx').on(t.registeredBy, t.registeredAt),
    // Counting a supervisor's live cases, and the dashboard's open cases by stage x risk, read this index alone,
    // never the wide case rows. communeCode stays first: the first-contact queries keep their own index.
    index('cases_live_grid_idx').on(t.communeCode, t.status, t.stage, t.riskLevel).where(sql`archived_at is null`),
    // Cases still waiting for their first contact: the overdue filter and the dashboard's count.
    index('cases_awaiting_contact_idx').on(t.firstContactDueAt).where(sql`first_contact_at is null and archived_at is null`),
    // The same cases by commune: a supervisor's count of those past their target reads this index alone.
    index('cases_awaiting_contact_commune_idx').on(t.communeCode, t.status, t.firstContactDueAt).where(sql`first_contact_at is null and archived_at is null`),
  ],
);
