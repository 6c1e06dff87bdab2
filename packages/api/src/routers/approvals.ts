// The supervisor's approvals inbox: assessments, case plans, closures, family assessments and family plans waiting
// in their communes, oldest first.
import { z } from 'zod';
import { PageInput, pageOf, riskLevels, Version } from '@kruosar/domain';
import { approvalKinds, listPendingApprovals } from '@kruosar/db';
import { procedureFor, router } from '../trpc';
import { APPROVERS, workOf } from './case-work';

export const PendingApproval = z.object({
  kind: z.enum(approvalKinds),
  id: z.string(),
  version: Version,
  caseId: z.string(),
  reference: z.string(),
  householdId: z.string().nullable(),
  childName: z.string().nullable(),
  communeCode: z.string(),
  riskLevel: z.enum(riskLevels),
  submittedById: z.string().nullable(),
  submittedByName: z.string().nullable(),
  submittedAt: z.string(),
  submittedByMe: z.boolean(),
});

export const approvalsRouter = router({
  pending: procedureFor(...APPROVERS)
    .input(PageInput)
    .output(pageOf(PendingApproval))
    .query(({ ctx, input }) => listPendingApprovals(ctx.db, workOf(ctx), input)),
});
