import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { id, timestamps, version } from './columns';
import { users } from './users';

/**
 * A quarterly impact snapshot: disclosure-controlled tables computed from a frozen copy of the data. Donors only
 * ever see published ones; a published row never changes again (a trigger refuses it), except that a published
 * correction marks the row it replaces as superseded, and an analyst may withdraw a publication (no longer served).
 */
export const impactSnapshots = sqliteTable(
  'impact_snapshots',
  {
    id: id(),
    /** yyyy-Qn */
    quarter: text('quarter').notNull(),
    /** 1 for the first publication of a quarter; a correction is the next revision. */
    revision: integer('revision').notNull().default(1),
    status: text('status', { enum: ['draft', 'in_review', 'approved', 'published', 'superseded', 'discarded', 'withdrawn'] }).notNull(),
    /** What supporters may see once published: protected tables, rates, statistics and hive progress (JSON). */
    tables: text('tables', { mode: 'json' }).$type<unknown>().notNull(),
    /** The true counts behind the tables. Analysts only: never returned by a supporters procedure. */
    rawCounts: text('raw_counts', { mode: 'json' }).$type<unknown>().notNull().default(sql`'{}'`),
    correctionNote: text('correction_note').notNull().default(''),
    /** Why a correction was made, from a fixed list (late_records, data_fix, definition_change). */
    correctionReason: text('correction_reason'),
    /** Province tables only: a correction published at a coarser level than the publications it restates. */
    coarse: integer('coarse', { mode: 'boolean' }).notNull().default(false),
    /** The published snapshot this revision corrects. */
    correctsId: text('corrects_id'),
    /** Set on a superseded snapshot: the correction that replaced it. */
    supersededById: text('superseded_by_id'),
    builtBy: text('built_by').references(() => users.id),
    /** When the frozen copy the figures come from was taken. */
    frozenAt: text('frozen_at'),
    submittedBy: text('submitted_by').references(() => users.id),
    submittedAt: text('submitted_at'),
    reviewedBy: text('reviewed_by').references(() => users.id),
    reviewedAt: text('reviewed_at'),
    returnReason: text('return_reason'),
    publishedBy: text('published_by').references(() => users.id),
    publishedAt: text('published_at'),
    /** A withdrawn publication is no longer served (its figures conflicted with a correction); the row stays. */
    withdrawnBy: text('withdrawn_by').references(() => users.id),
    withdrawnAt: text('withdrawn_at'),
    withdrawReason: text('withdraw_reason'),
    version: version(),
    ...timestamps(),
  },
  (t) => [
    index('impact_snapshots_status_idx').on(t.status, t.quarter),
    // One current publication a quarter: a correction supersedes the old one in the same transaction.
    uniqueIndex('impact_snapshots_published_quarter_idx').on(t.quarter).where(sql`status = 'published'`),
  ],
);
