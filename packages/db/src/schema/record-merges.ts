import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { FieldDecision, RepointedRow } from '@kruosar/domain';
import { id } from './columns';
import { users } from './users';

/**
 * Two records of one child (or household) made one: every row that pointed at the merged record, with the value it
 * had, and the field values set aside, so an undo can put everything back exactly.
 */
export const recordMerges = sqliteTable(
  'record_merges',
  {
    id: id(),
    kind: text('kind').notNull(),
    survivorId: text('survivor_id').notNull(),
    mergedId: text('merged_id').notNull(),
    /** The merged record's name or address when it was merged, for the survivor's history. */
    mergedLabel: text('merged_label').notNull(),
    repointed: text('repointed', { mode: 'json' }).$type<RepointedRow[]>().notNull(),
    decisions: text('decisions', { mode: 'json' }).$type<FieldDecision[]>().notNull(),
    /** The merged record's archived_at before the merge archived it, restored by an undo. */
    mergedArchivedAt: text('merged_archived_at'),
    mergedById: text('merged_by_id').notNull().references(() => users.id),
    mergedAt: text('merged_at').notNull(),
    undoneById: text('undone_by_id').references(() => users.id),
    undoneAt: text('undone_at'),
  },
  (t) => [index('record_merges_survivor_idx').on(t.kind, t.survivorId, t.mergedAt), index('record_merges_merged_idx').on(t.kind, t.mergedId)],
);
