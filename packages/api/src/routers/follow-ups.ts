// Follow-up visits: a case's schedule, edits with reasons, recorded visits, and the due and overdue lists.
import { z } from 'zod';
import { dueStatuses, FollowUp, PageInput, pageOf, FollowUpAddInput, FollowUpCancelInput, FollowUpRescheduleInput, FollowUpVisitInput, riskLevels, Version } from '@kruosar/domain';
import {
  addFollowUp,
  cancelFollowUp,
  dueRanges,
  followUpKinds,
  listDueFollowUps,
  listFollowUps,
  recordFollowUpVisit,
  rescheduleFollowUp,
} from '@kruosar/db';
import { procedureFor, router } from '../trpc';
import { CASE_STAFF, CaseRef, VersionedRef, workOf } from './case-work';

const FollowUpState = z.enum([...dueStatuses, 'cancelled']);

export const FollowUpView = FollowUp.extend({ kind: z.enum(followUpKinds), rescheduleReason: z.string(), status: FollowUpState });

export const DueFollowUp = z.object({
  id: z.string(),
  version: Version,
  caseId: z.string(),
  reference: z.string(),
  childName: z.string().nullable(),
  communeCode: z.string(),
  riskLevel: z.enum(riskLevels),
  assignedToName: z.string().nullable(),
  kind: z.enum(followUpKinds),
  dueDate: z.string(),
  purpose: z.string(),
  status: FollowUpState,
});

export const followUpsRouter = router({
  list: procedureFor(...CASE_STAFF)
    .input(CaseRef)
    .output(z.array(FollowUpView))
    .query(({ ctx, input }) => listFollowUps(ctx.db, workOf(ctx), input.caseId)),
  add: procedureFor(...CASE_STAFF)
    .input(FollowUpAddInput.extend(CaseRef.shape))
    .output(FollowUpView)
    .mutation(({ ctx, input: { caseId, ...input } }) => addFollowUp(ctx.db, workOf(ctx), { caseId, input })),
  reschedule: procedureFor(...CASE_STAFF)
    .input(FollowUpRescheduleInput.extend(VersionedRef.shape))
    .output(FollowUpView)
    .mutation(({ ctx, input: { id, expectedVersion, ...input } }) => rescheduleFollowUp(ctx.db, workOf(ctx), { id, expectedVersion, input })),
  cancel: procedureFor(...CASE_STAFF)
    .input(FollowUpCancelInput.extend(VersionedRef.shape))
    .output(FollowUpView)
    .mutation(({ ctx, input: { id, expectedVersion, ...input } }) => cancelFollowUp(ctx.db, workOf(ctx), { id, expectedVersion, input })),
  recordVisit: procedureFor(...CASE_STAFF)
    .input(FollowUpVisitInput.extend(VersionedRef.shape))
    .output(FollowUpView)
    .mutation(({ ctx, input: { id, expectedVersion, ...input } }) => recordFollowUpVisit(ctx.db, workOf(ctx), { id, expectedVersion, input })),
  dueList: procedureFor(...CASE_STAFF)
    .input(PageInput.extend({ range: z.enum(dueRanges, { error: `Range: choose one of ${dueRanges.join(', ')}` }) }))
    .output(pageOf(DueFollowUp))
    .query(({ ctx, input }) => listDueFollowUps(ctx.db, workOf(ctx), input)),
});
