import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** A quarterly impact snapshot: frozen, disclosure-controlled tables. Donors only ever see published ones. */
export const impactSnapshots = sqliteTable(
  'impact_snapshots',
  {
    id: text('id').primaryKey(),
    quarter: text('quarter').notNull(),
    revision: integer('revision').notNull().default(1),
    status: text('status', { enum: ['draft', 'in_review', 'published', 'superseded'] }).notNull(),
    /** The published tables, already disclosure-controlled, as JSON. */
    tables: text('tables', { mode: 'json' }).$type<unknown>().notNull(),
    correctionNote: text('correction_note').notNull().default(''),
    builtBy: text('built_by'),
    reviewedBy: text('reviewed_by'),
    publishedAt: text('published_at'),
    createdAt: text('created_at').notNull(),
    version: integer('version').notNull().default(0),
  },
  (t) => [index('impact_snapshots_status_idx').on(t.status, t.publishedAt)],
);
