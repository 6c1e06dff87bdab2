// Impact snapshots for analysts (staff portal): build from a frozen copy, second-person review, publish, correct.
import { z } from 'zod';
import { ApprovalDecisionInput, correctionReasons, CorrectionNoteInput, idField, requiredField, Version } from '@kruosar/domain';
import {
  buildSnapshot,
  buildSnapshotCorrection,
  findSnapshotDetail,
  listSnapshots,
  publishSnapshot,
  reviewSnapshot,
  SnapshotContent,
  SnapshotQuarter,
  SnapshotRawCounts,
  snapshotStatuses,
  submitSnapshotForReview,
  withdrawSnapshot,
} from '@kruosar/db';
import { procedureFor, router } from '../trpc';
import { workOf } from './case-work';

export const SnapshotSummary = z.object({
  id: z.string(),
  quarter: z.string(),
  revision: z.number().int(),
  status: z.enum(snapshotStatuses),
  version: Version,
  correctionNote: z.string(),
  correctionReason: z.enum(correctionReasons).nullable(),
  coarse: z.boolean(),
  correctsId: z.string().nullable(),
  supersededById: z.string().nullable(),
  builtBy: z.string().nullable(),
  builtByName: z.string().nullable(),
  frozenAt: z.string().nullable(),
  submittedAt: z.string().nullable(),
  reviewedBy: z.string().nullable(),
  reviewedByName: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  returnReason: z.string().nullable(),
  publishedAt: z.string().nullable(),
  withdrawnAt: z.string().nullable(),
  withdrawReason: z.string().nullable(),
  createdAt: z.string(),
});
/** Analysts only: the true counts stay on the staff side. */
export const SnapshotDetail = SnapshotSummary.extend({ content: SnapshotContent, rawCounts: SnapshotRawCounts });

const SnapshotRef = z.object({ id: idField('Snapshot') });
const SnapshotStep = SnapshotRef.extend({ expectedVersion: Version });

const ANALYSTS = ['analyst', 'admin'] as const;

export const snapshotsRouter = router({
  list: procedureFor(...ANALYSTS)
    .input(z.object({ quarter: SnapshotQuarter.optional() }).default({}))
    .output(z.array(SnapshotSummary))
    .query(({ ctx, input }) => listSnapshots(ctx.db, input)),
  byId: procedureFor(...ANALYSTS)
    .input(SnapshotRef)
    .output(SnapshotDetail)
    .query(({ ctx, input }) => findSnapshotDetail(ctx.db, input.id)),
  build: procedureFor('analyst')
    .input(z.object({ quarter: SnapshotQuarter }))
    .output(SnapshotDetail)
    .mutation(({ ctx, input }) => buildSnapshot(ctx.db, workOf(ctx), input)),
  buildCorrection: procedureFor('analyst')
    .input(CorrectionNoteInput.extend({ snapshotId: idField('Snapshot'), coarse: z.boolean().default(false) }))
    .output(SnapshotDetail)
    .mutation(({ ctx, input }) => buildSnapshotCorrection(ctx.db, workOf(ctx), input)),
  submitForReview: procedureFor('analyst')
    .input(SnapshotStep)
    .output(SnapshotDetail)
    .mutation(({ ctx, input }) => submitSnapshotForReview(ctx.db, workOf(ctx), input)),
  review: procedureFor(...ANALYSTS)
    .input(SnapshotStep.and(ApprovalDecisionInput))
    .output(SnapshotDetail)
    .mutation(({ ctx, input: { id, expectedVersion, ...decision } }) => reviewSnapshot(ctx.db, workOf(ctx), { id, expectedVersion, decision })),
  publish: procedureFor('analyst')
    .input(SnapshotStep)
    .output(SnapshotDetail)
    .mutation(({ ctx, input }) => publishSnapshot(ctx.db, workOf(ctx), { ...input, organisation: ctx.organisationName })),
  /** Stop serving a publication (its figures conflict with a correction); audited. */
  withdraw: procedureFor('analyst')
    .input(SnapshotStep.extend({ reason: requiredField('Reason', 500) }))
    .output(SnapshotDetail)
    .mutation(({ ctx, input }) => withdrawSnapshot(ctx.db, workOf(ctx), input)),
});
