import { integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * Records waiting for a supervisor's decision (submitted, not archived, on a live case), counted by kind and by the
 * case's commune, assignee and registrar: the keys a scope filters on. Kept by triggers on the five case-linked
 * approval tables and on `cases` (custom migration work_tallies_triggers), so the approvals inbox and the dashboard
 * count a few dozen rows, not thousands. A family's records are counted from their own small tables.
 * An empty string stands for "nobody" in assigned_to and registered_by, as in case_tallies.
 */
export const approvalTallies = sqliteTable(
  'approval_tallies',
  {
    kind: text('kind').notNull(),
    communeCode: text('commune_code').notNull(),
    assignedTo: text('assigned_to').notNull(),
    registeredBy: text('registered_by').notNull(),
    waiting: integer('waiting').notNull(),
  },
  (t) => [primaryKey({ columns: [t.kind, t.communeCode, t.assignedTo, t.registeredBy] })],
);

/**
 * Visits still to do (not done, cancelled or archived) on live cases that are not duplicates, counted by due date
 * and the case's commune, assignee and registrar. Kept by triggers on `follow_ups` and `cases`; the dashboard's
 * "due this week" and "overdue" sum a range of dates here instead of joining every open visit to its case.
 */
export const followUpTallies = sqliteTable(
  'follow_up_tallies',
  {
    dueDate: text('due_date').notNull(),
    communeCode: text('commune_code').notNull(),
    assignedTo: text('assigned_to').notNull(),
    registeredBy: text('registered_by').notNull(),
    visits: integer('visits').notNull(),
  },
  (t) => [primaryKey({ columns: [t.communeCode, t.dueDate, t.assignedTo, t.registeredBy] })],
);
