import { integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * Live (unarchived) cases counted by everything a caseload count or the dashboard's grid filters on. Kept by
 * triggers on `cases` (custom migration case_tallies_triggers), so a count reads a few dozen rows, never 100,000.
 * An empty string stands for "nobody" in assigned_to and registered_by (a key column cannot be null).
 */
export const caseTallies = sqliteTable(
  'case_tallies',
  {
    communeCode: text('commune_code').notNull(),
    assignedTo: text('assigned_to').notNull(),
    registeredBy: text('registered_by').notNull(),
    status: text('status').notNull(),
    stage: text('stage').notNull(),
    riskLevel: text('risk_level').notNull(),
    cases: integer('cases').notNull(),
  },
  (t) => [primaryKey({ columns: [t.communeCode, t.assignedTo, t.registeredBy, t.status, t.stage, t.riskLevel] })],
);
