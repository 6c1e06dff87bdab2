// Duplicates: two records of one child or household compared, merged by a supervisor, and undone.
import { z } from 'zod';
import { MergeCompare, MergeCompareInput, MergeDone, MergedInto, MergeHistoryEntry, MergeHistoryInput, MergeInput, MergeUndoInput } from '@kruosar/domain';
import { compareForMerge, mergedInto, mergeHistory, mergeRecords, undoMerge } from '@kruosar/db';
import { procedureFor, router } from '../trpc';
import { APPROVERS, CASE_STAFF, workOf } from './case-work';

export const mergesRouter = router({
  compare: procedureFor(...APPROVERS)
    .input(MergeCompareInput)
    .output(MergeCompare)
    .query(({ ctx, input }) => compareForMerge(ctx.db, workOf(ctx), input)),
  merge: procedureFor(...APPROVERS)
    .input(MergeInput)
    .output(MergeDone)
    .mutation(({ ctx, input }) => mergeRecords(ctx.db, workOf(ctx), input)),
  undo: procedureFor(...APPROVERS)
    .input(MergeUndoInput)
    .output(MergeDone)
    .mutation(({ ctx, input }) => undoMerge(ctx.db, workOf(ctx), input)),
  history: procedureFor(...APPROVERS)
    .input(MergeHistoryInput)
    .output(z.array(MergeHistoryEntry))
    .query(({ ctx, input }) => mergeHistory(ctx.db, workOf(ctx), input)),
  /** Anyone who could open the surviving record sees where a merged one went. */
  mergedInto: procedureFor(...CASE_STAFF)
    .input(MergeHistoryInput)
    .output(MergedInto)
    .query(({ ctx, input }) => mergedInto(ctx.db, workOf(ctx), input)),
});
