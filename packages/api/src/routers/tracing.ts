// Bringing children home: institutions and admissions, tracing requests and their matches, reintegration.
import { z } from 'zod';
import {
  Admission,
  AdmissionInput,
  dateField,
  idField,
  Institution,
  InstitutionInput,
  MatchDecisionInput,
  matchSources,
  reintegrationStages,
  ReintegrationAssessment,
  ReintegrationAssessmentInput,
  ReintegrationStep,
  ReintegrationStepInput,
  soughtRelations,
  TraceAction,
  TraceActionInput,
  tracingMatchReasons,
  TracingOutcomeInput,
  TracingRequest,
  TracingRequestInput,
} from '@kruosar/domain';
import {
  addReintegrationStep,
  addTraceAction,
  admitToInstitution,
  closeTracingRequest,
  completeReintegrationStep,
  createInstitution,
  decideReintegrationAssessment,
  decideTracingClosure,
  decideTracingMatch,
  findTracingMatches,
  getCaseReintegration,
  getCaseTracing,
  getTracingRequest,
  listInstitutions,
  openTracingRequest,
  recordTracingOutcome,
  residentialCareBoard,
  submitReintegrationAssessment,
  updateInstitution,
} from '@kruosar/db';
import { procedureFor, router } from '../trpc';
import { APPROVERS, CASE_STAFF, CaseRef, DecisionInput, RecordRef, VersionedRef, workOf } from './case-work';

export const institutionsRouter = router({
  list: procedureFor(...CASE_STAFF)
    .input(z.object({}).default({}))
    .output(z.array(Institution))
    .query(({ ctx }) => listInstitutions(ctx.db)),
  create: procedureFor(...APPROVERS)
    .input(InstitutionInput)
    .output(Institution)
    .mutation(({ ctx, input }) => createInstitution(ctx.db, workOf(ctx), input)),
  update: procedureFor(...APPROVERS)
    .input(VersionedRef.and(InstitutionInput))
    .output(Institution)
    .mutation(({ ctx, input: { id, expectedVersion, ...input } }) => updateInstitution(ctx.db, workOf(ctx), { id, expectedVersion, input })),
  admit: procedureFor(...CASE_STAFF)
    .input(CaseRef.and(AdmissionInput))
    .output(Admission)
    .mutation(({ ctx, input: { caseId, ...input } }) => admitToInstitution(ctx.db, workOf(ctx), { caseId, input })),
});

const TracingRequestView = TracingRequest.extend({ actions: z.array(TraceAction) });
const TracingMatchView = z.object({
  source: z.enum(matchSources),
  sourceId: z.string(),
  role: z.string(),
  soughtRelation: z.enum(soughtRelations),
  soughtName: z.string(),
  score: z.number(),
  reasons: z.array(z.enum(tracingMatchReasons)),
  inScope: z.boolean(),
  name: z.string().nullable(),
  communeCode: z.string().nullable(),
  communeName: z.string().nullable(),
  communeNameKm: z.string().nullable(),
  householdId: z.string().nullable(),
  caseId: z.string().nullable(),
  caseReference: z.string().nullable(),
  confirmed: z.boolean(),
});
const RequestRef = z.object({ tracingRequestId: idField('Tracing request') });

export const tracingRouter = router({
  forCase: procedureFor(...CASE_STAFF)
    .input(CaseRef)
    .output(z.object({ admissions: z.array(Admission), requests: z.array(TracingRequestView) }))
    .query(({ ctx, input }) => getCaseTracing(ctx.db, workOf(ctx), input.caseId)),
  byId: procedureFor(...CASE_STAFF)
    .input(RecordRef)
    .output(TracingRequest.extend({ reference: z.string() }))
    .query(({ ctx, input }) => getTracingRequest(ctx.db, workOf(ctx), input.id)),
  open: procedureFor(...CASE_STAFF)
    .input(CaseRef.and(TracingRequestInput))
    .output(TracingRequest)
    .mutation(({ ctx, input: { caseId, ...input } }) => openTracingRequest(ctx.db, workOf(ctx), { caseId, input })),
  addAction: procedureFor(...CASE_STAFF)
    .input(RequestRef.and(TraceActionInput))
    .output(TraceAction)
    .mutation(({ ctx, input: { tracingRequestId, ...input } }) => addTraceAction(ctx.db, workOf(ctx), { tracingRequestId, input })),
  recordOutcome: procedureFor(...CASE_STAFF)
    .input(VersionedRef.and(TracingOutcomeInput))
    .output(TracingRequest)
    .mutation(({ ctx, input: { id, expectedVersion, ...input } }) => recordTracingOutcome(ctx.db, workOf(ctx), { id, expectedVersion, input })),
  close: procedureFor(...CASE_STAFF)
    .input(VersionedRef)
    .output(TracingRequest)
    .mutation(({ ctx, input }) => closeTracingRequest(ctx.db, workOf(ctx), input)),
  decideClosure: procedureFor(...APPROVERS)
    .input(DecisionInput)
    .output(TracingRequest)
    .mutation(({ ctx, input: { id, expectedVersion, ...decision } }) => decideTracingClosure(ctx.db, workOf(ctx), { id, expectedVersion, decision })),
  matches: procedureFor(...CASE_STAFF)
    .input(RequestRef)
    .output(z.array(TracingMatchView))
    .query(({ ctx, input }) => findTracingMatches(ctx.db, workOf(ctx), input)),
  decideMatch: procedureFor(...CASE_STAFF)
    .input(RequestRef.extend({ source: z.enum(matchSources), sourceId: idField('Match') }).and(MatchDecisionInput))
    .output(z.array(TracingMatchView))
    .mutation(({ ctx, input: { tracingRequestId, source, sourceId, ...input } }) => decideTracingMatch(ctx.db, workOf(ctx), { tracingRequestId, source, sourceId, input })),
});

export const reintegrationRouter = router({
  forCase: procedureFor(...CASE_STAFF)
    .input(CaseRef)
    .output(z.object({ assessments: z.array(ReintegrationAssessment), steps: z.array(ReintegrationStep) }))
    .query(({ ctx, input }) => getCaseReintegration(ctx.db, workOf(ctx), input.caseId)),
  assess: procedureFor(...CASE_STAFF)
    .input(CaseRef.and(ReintegrationAssessmentInput))
    .output(ReintegrationAssessment)
    .mutation(({ ctx, input: { caseId, ...input } }) => submitReintegrationAssessment(ctx.db, workOf(ctx), { caseId, input })),
  decide: procedureFor(...APPROVERS)
    .input(DecisionInput)
    .output(ReintegrationAssessment)
    .mutation(({ ctx, input: { id, expectedVersion, ...decision } }) => decideReintegrationAssessment(ctx.db, workOf(ctx), { id, expectedVersion, decision })),
  addStep: procedureFor(...CASE_STAFF)
    .input(CaseRef.and(ReintegrationStepInput))
    .output(ReintegrationStep)
    .mutation(({ ctx, input: { caseId, ...input } }) => addReintegrationStep(ctx.db, workOf(ctx), { caseId, input })),
  completeStep: procedureFor(...CASE_STAFF)
    .input(VersionedRef.extend({ doneOn: dateField('Done date') }))
    .output(ReintegrationStep)
    .mutation(({ ctx, input }) => completeReintegrationStep(ctx.db, workOf(ctx), input)),
  board: procedureFor(...APPROVERS)
    .input(z.object({}).default({}))
    .output(
      z.object({
        institutions: z.array(z.object({ id: z.string(), name: z.string(), counts: z.record(z.enum(reintegrationStages), z.number()) })),
        children: z.array(
          z.object({
            caseId: z.string(), reference: z.string(), childName: z.string(), childNameKm: z.string(), institutionId: z.string(), institutionName: z.string(),
            stage: z.enum(reintegrationStages), stageSince: z.string(), daysInStage: z.number(),
          }),
        ),
      }),
    )
    .query(({ ctx }) => residentialCareBoard(ctx.db, workOf(ctx))),
});
