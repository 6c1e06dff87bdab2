// The staff dashboard: cases past their first-contact target, approvals waiting, follow-ups due, open cases by stage and risk.
import { z } from 'zod';
import { caseStages, riskLevels, staffRoles } from '@kruosar/domain';
import { findDashboardSummary } from '@kruosar/db';
import { procedureFor, router } from '../trpc';
import { workOf } from './case-work';

export const DashboardSummary = z.object({
  generatedAt: z.string(),
  today: z.string(),
  pastFirstContact: z.object({
    count: z.number().int(),
    top: z.array(
      z.object({
        caseId: z.string(),
        reference: z.string(),
        childName: z.string().nullable(),
        riskLevel: z.enum(riskLevels),
        communeCode: z.string(),
        firstContactDueAt: z.string(),
      }),
    ),
  }),
  approvalsWaiting: z.number().int().nullable(),
  followUps: z.object({ dueThisWeek: z.number().int(), overdue: z.number().int() }),
  openByStageRisk: z.array(z.object({ stage: z.enum(caseStages), riskLevel: z.enum(riskLevels), count: z.number().int() })),
});

export const dashboardRouter = router({
  summary: procedureFor(...staffRoles)
    .input(z.void())
    .output(DashboardSummary)
    .query(({ ctx }) => findDashboardSummary(ctx.db, workOf(ctx))),
});
