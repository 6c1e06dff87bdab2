// The carer registry: foster and kinship carers, their file and approval, and matching a child to a carer.
import { z } from 'zod';
import { CarerApplicationInput, Carer, CarerListInput, CarerMatch, CarerPage, CarerRecord, CarerRecordInput, CarerStatusInput, CarerView, MatchInput } from '@kruosar/domain';
import { addCarerRecord, applyAsCarer, changeCarerStatus, decideCarer, findCarer, listCarers, matchCarersForCase, submitCarer } from '@kruosar/db';
import { procedureFor, router } from '../trpc';
import { APPROVERS, CASE_STAFF, DecisionInput, RecordRef, VersionedRef, workOf } from './case-work';

export const carersRouter = router({
  list: procedureFor(...CASE_STAFF)
    .input(CarerListInput)
    .output(CarerPage)
    .query(({ ctx, input }) => listCarers(ctx.db, workOf(ctx), input)),
  byId: procedureFor(...CASE_STAFF)
    .input(RecordRef)
    .output(CarerView)
    .query(({ ctx, input }) => findCarer(ctx.db, workOf(ctx), input.id)),
  register: procedureFor(...CASE_STAFF)
    .input(CarerApplicationInput)
    .output(Carer)
    .mutation(({ ctx, input }) => applyAsCarer(ctx.db, workOf(ctx), input)),
  addRecord: procedureFor(...CASE_STAFF)
    .input(CarerRecordInput)
    .output(CarerRecord)
    .mutation(({ ctx, input }) => addCarerRecord(ctx.db, workOf(ctx), input)),
  submitForApproval: procedureFor(...CASE_STAFF)
    .input(VersionedRef)
    .output(Carer)
    .mutation(({ ctx, input }) => submitCarer(ctx.db, workOf(ctx), input)),
  decide: procedureFor(...APPROVERS)
    .input(DecisionInput)
    .output(Carer)
    .mutation(({ ctx, input: { id, expectedVersion, ...decision } }) => decideCarer(ctx.db, workOf(ctx), { id, expectedVersion, decision })),
  changeStatus: procedureFor(...APPROVERS)
    .input(CarerStatusInput)
    .output(Carer)
    .mutation(({ ctx, input }) => changeCarerStatus(ctx.db, workOf(ctx), input)),
  match: procedureFor(...CASE_STAFF)
    .input(MatchInput)
    .output(z.array(CarerMatch))
    .query(({ ctx, input }) => matchCarersForCase(ctx.db, workOf(ctx), input)),
});
