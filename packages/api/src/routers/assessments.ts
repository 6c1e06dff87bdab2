// Assessments: caseworkers draft and submit, another supervisor approves or returns; history compares scores.
import { z } from 'zod';
import { Assessment, AssessmentInput, csiDomains, Ok, riskLevels } from '@kruosar/domain';
import {
  archiveAssessment,
  createAssessment,
  decideAssessment,
  findAssessment,
  findAssessmentHistory,
  listAssessments,
  submitAssessment,
  updateAssessment,
} from '@kruosar/db';
import { procedureFor, router } from '../trpc';
import { APPROVERS, CASE_STAFF, CaseRef, DecisionInput, RecordRef, VersionedRef, workOf } from './case-work';

const DomainChange = z.object({ domain: z.enum(csiDomains), before: z.number(), after: z.number(), change: z.number(), trend: z.enum(['better', 'worse', 'same']) });

export const AssessmentHistory = z.object({
  assessments: z.array(z.object({ id: z.string(), assessedOn: z.string(), riskLevel: z.enum(riskLevels) })),
  dates: z.array(z.string()),
  scores: z.record(z.enum(csiDomains), z.array(z.number())),
  comparisons: z.array(
    z.object({
      olderId: z.string(),
      newerId: z.string(),
      domains: z.array(DomainChange),
      riskBefore: z.enum(riskLevels),
      riskAfter: z.enum(riskLevels),
      better: z.number(),
      worse: z.number(),
      resolvedWeakDomains: z.array(z.enum(csiDomains)),
      newWeakDomains: z.array(z.enum(csiDomains)),
    }),
  ),
});

export const assessmentsRouter = router({
  list: procedureFor(...CASE_STAFF)
    .input(CaseRef)
    .output(z.array(Assessment))
    .query(({ ctx, input }) => listAssessments(ctx.db, workOf(ctx), input.caseId)),
  byId: procedureFor(...CASE_STAFF)
    .input(RecordRef)
    .output(Assessment)
    .query(({ ctx, input }) => findAssessment(ctx.db, workOf(ctx), input.id)),
  history: procedureFor(...CASE_STAFF)
    .input(CaseRef)
    .output(AssessmentHistory)
    .query(({ ctx, input }) => findAssessmentHistory(ctx.db, workOf(ctx), input.caseId)),
  create: procedureFor(...CASE_STAFF)
    .input(AssessmentInput.extend(CaseRef.shape))
    .output(Assessment)
    .mutation(({ ctx, input: { caseId, ...input } }) => createAssessment(ctx.db, workOf(ctx), { caseId, input })),
  update: procedureFor(...CASE_STAFF)
    .input(AssessmentInput.extend(VersionedRef.shape))
    .output(Assessment)
    .mutation(({ ctx, input: { id, expectedVersion, ...input } }) => updateAssessment(ctx.db, workOf(ctx), { id, expectedVersion, input })),
  submitForApproval: procedureFor(...CASE_STAFF)
    .input(VersionedRef)
    .output(Assessment)
    .mutation(({ ctx, input }) => submitAssessment(ctx.db, workOf(ctx), input)),
  decide: procedureFor(...APPROVERS)
    .input(DecisionInput)
    .output(Assessment)
    .mutation(({ ctx, input: { id, expectedVersion, ...decision } }) => decideAssessment(ctx.db, workOf(ctx), { id, expectedVersion, decision })),
  archive: procedureFor(...CASE_STAFF)
    .input(VersionedRef)
    .output(Ok)
    .mutation(({ ctx, input }) => archiveAssessment(ctx.db, workOf(ctx), input)),
});
