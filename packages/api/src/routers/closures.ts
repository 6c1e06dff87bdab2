// Closing cases: a request with its reason, another supervisor's decision, and reopening by a supervisor.
import { z } from 'zod';
import { Closure, ClosureInput, ReopenInput, Version } from '@kruosar/domain';
import { decideClosure, listClosures, reopenClosedCase, requestClosure } from '@kruosar/db';
import { procedureFor, router } from '../trpc';
import { APPROVERS, CASE_STAFF, CaseRef, DecisionInput, workOf } from './case-work';
import { StageChangeResult } from './workflow';

export const closuresRouter = router({
  list: procedureFor(...CASE_STAFF)
    .input(CaseRef)
    .output(z.array(Closure))
    .query(({ ctx, input }) => listClosures(ctx.db, workOf(ctx), input.caseId)),
  request: procedureFor(...CASE_STAFF)
    .input(CaseRef.and(ClosureInput))
    .output(Closure)
    .mutation(({ ctx, input: { caseId, ...input } }) => requestClosure(ctx.db, workOf(ctx), { caseId, input })),
  decide: procedureFor(...APPROVERS)
    .input(DecisionInput)
    .output(Closure)
    .mutation(({ ctx, input: { id, expectedVersion, ...decision } }) => decideClosure(ctx.db, workOf(ctx), { id, expectedVersion, decision })),
  reopen: procedureFor(...APPROVERS)
    .input(ReopenInput.extend({ caseId: CaseRef.shape.caseId, expectedVersion: Version }))
    .output(StageChangeResult)
    .mutation(({ ctx, input }) => reopenClosedCase(ctx.db, workOf(ctx), input)),
});
