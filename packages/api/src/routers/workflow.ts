// The case's place in the workflow: where it stands, and moving it by hand where no approval is needed.
import { z } from 'zod';
import { Assessment, caseStages, caseStatuses, Closure, Referral, riskLevels, Service, StageChangeInput, Version } from '@kruosar/domain';
import { changeCaseStage, findWorkflowOverview, findWorkflowState } from '@kruosar/db';
import { procedureFor, router } from '../trpc';
import { CasePlanView } from './case-plans';
import { CASE_STAFF, CaseRef, workOf } from './case-work';
import { FollowUpView } from './follow-ups';
import { PlacementView } from './placements';

export const WorkflowState = z.object({
  caseId: z.string(),
  status: z.enum(caseStatuses),
  stage: z.enum(caseStages),
  riskLevel: z.enum(riskLevels),
  version: Version,
  manualNextStages: z.array(z.enum(caseStages)),
  latestApprovedAssessmentId: z.string().nullable(),
  assessmentInProgressId: z.string().nullable(),
  currentPlanId: z.string().nullable(),
  planInProgressId: z.string().nullable(),
  pendingClosureId: z.string().nullable(),
});

export const WorkflowOverview = z.object({
  state: WorkflowState,
  assessments: z.array(Assessment),
  casePlans: z.array(CasePlanView),
  services: z.array(Service),
  placements: z.array(PlacementView),
  followUps: z.array(FollowUpView),
  referrals: z.array(Referral),
  closures: z.array(Closure),
});

export const StageChangeResult = z.object({ caseId: z.string(), stage: z.enum(caseStages), status: z.enum(caseStatuses), version: Version });

export const workflowRouter = router({
  state: procedureFor(...CASE_STAFF)
    .input(CaseRef)
    .output(WorkflowState)
    .query(({ ctx, input }) => findWorkflowState(ctx.db, workOf(ctx), input.caseId)),
  overview: procedureFor(...CASE_STAFF)
    .input(CaseRef)
    .output(WorkflowOverview)
    .query(({ ctx, input }) => findWorkflowOverview(ctx.db, workOf(ctx), input.caseId)),
  changeStage: procedureFor(...CASE_STAFF)
    .input(StageChangeInput.extend({ caseId: CaseRef.shape.caseId, expectedVersion: Version }))
    .output(StageChangeResult)
    .mutation(({ ctx, input }) => changeCaseStage(ctx.db, workOf(ctx), input)),
});
