// Case plans: goals for the weak domains, actions, the child's views; approval moves the case to implementation.
import { z } from 'zod';
import { CasePlan, CasePlanInput, csiDomains, CsiScoresInput, dateField, dueStatuses, wholeNumberField } from '@kruosar/domain';
import {
  createCasePlan,
  decideCasePlan,
  findCasePlan,
  findPlanStartingPoint,
  listCasePlans,
  markPlanAction,
  recordPlanReview,
  submitCasePlan,
  updateCasePlan,
} from '@kruosar/db';
import { procedureFor, router } from '../trpc';
import { APPROVERS, CASE_STAFF, CaseRef, DecisionInput, RecordRef, VersionedRef, workOf } from './case-work';

export const CasePlanView = CasePlan.extend({ reviewStatus: z.enum(dueStatuses) });

export const PlanStartingPoint = z
  .object({ assessmentId: z.string(), assessedOn: z.string(), weakDomains: z.array(z.enum(csiDomains)), scores: CsiScoresInput })
  .nullable();

export const PlanReviewInput = VersionedRef.extend({ reviewedOn: dateField('Review date'), nextReviewDate: dateField('Next review date') });

export const PlanActionDoneInput = VersionedRef.extend({
  goalIndex: wholeNumberField('Goal', 0, 39),
  actionIndex: wholeNumberField('Action', 0, 29),
  doneOn: dateField('Action done date').nullable(),
});

export const casePlansRouter = router({
  list: procedureFor(...CASE_STAFF)
    .input(CaseRef)
    .output(z.array(CasePlanView))
    .query(({ ctx, input }) => listCasePlans(ctx.db, workOf(ctx), input.caseId)),
  byId: procedureFor(...CASE_STAFF)
    .input(RecordRef)
    .output(CasePlanView)
    .query(({ ctx, input }) => findCasePlan(ctx.db, workOf(ctx), input.id)),
  startingPoint: procedureFor(...CASE_STAFF)
    .input(CaseRef)
    .output(PlanStartingPoint)
    .query(({ ctx, input }) => findPlanStartingPoint(ctx.db, workOf(ctx), input.caseId)),
  create: procedureFor(...CASE_STAFF)
    .input(CaseRef.and(CasePlanInput))
    .output(CasePlanView)
    .mutation(({ ctx, input: { caseId, ...input } }) => createCasePlan(ctx.db, workOf(ctx), { caseId, input })),
  update: procedureFor(...CASE_STAFF)
    .input(VersionedRef.and(CasePlanInput))
    .output(CasePlanView)
    .mutation(({ ctx, input: { id, expectedVersion, ...input } }) => updateCasePlan(ctx.db, workOf(ctx), { id, expectedVersion, input })),
  submitForApproval: procedureFor(...CASE_STAFF)
    .input(VersionedRef)
    .output(CasePlanView)
    .mutation(({ ctx, input }) => submitCasePlan(ctx.db, workOf(ctx), input)),
  decide: procedureFor(...APPROVERS)
    .input(DecisionInput)
    .output(CasePlanView)
    .mutation(({ ctx, input: { id, expectedVersion, ...decision } }) => decideCasePlan(ctx.db, workOf(ctx), { id, expectedVersion, decision })),
  recordReview: procedureFor(...CASE_STAFF)
    .input(PlanReviewInput)
    .output(CasePlanView)
    .mutation(({ ctx, input }) => recordPlanReview(ctx.db, workOf(ctx), input)),
  markAction: procedureFor(...CASE_STAFF)
    .input(PlanActionDoneInput)
    .output(CasePlanView)
    .mutation(({ ctx, input }) => markPlanAction(ctx.db, workOf(ctx), input)),
});
