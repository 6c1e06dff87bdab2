// Referrals to partner agencies (consent on record) and to colleagues; the answer and outcome.
import { z } from 'zod';
import { AssignableStaff, Referral, ReferralInput, ReferralResponseInput, referralStatuses, Version } from '@kruosar/domain';
import { createReferral, listCaseColleagues, listIncomingReferrals, listReferrals, respondToReferral } from '@kruosar/db';
import { procedureFor, router } from '../trpc';
import { CASE_STAFF, CaseRef, VersionedRef, workOf } from './case-work';

export const IncomingReferral = z.object({
  id: z.string(),
  version: Version,
  caseId: z.string(),
  reference: z.string(),
  fromName: z.string().nullable(),
  reason: z.string(),
  referredOn: z.string(),
  status: z.enum(referralStatuses),
});

export const referralsRouter = router({
  list: procedureFor(...CASE_STAFF)
    .input(CaseRef)
    .output(z.array(Referral))
    .query(({ ctx, input }) => listReferrals(ctx.db, workOf(ctx), input.caseId)),
  create: procedureFor(...CASE_STAFF)
    .input(CaseRef.and(ReferralInput))
    .output(Referral)
    .mutation(({ ctx, input: { caseId, ...input } }) => createReferral(ctx.db, workOf(ctx), { caseId, input })),
  respond: procedureFor(...CASE_STAFF)
    .input(VersionedRef.and(ReferralResponseInput))
    .output(Referral)
    .mutation(({ ctx, input: { id, expectedVersion, ...input } }) => respondToReferral(ctx.db, workOf(ctx), { id, expectedVersion, input })),
  /** Colleagues of the case's commune a case can be referred to (internal referral). */
  colleagues: procedureFor(...CASE_STAFF)
    .input(CaseRef)
    .output(z.array(AssignableStaff))
    .query(({ ctx, input }) => listCaseColleagues(ctx.db, ctx.user, input.caseId)),
  incoming: procedureFor(...CASE_STAFF)
    .input(z.void())
    .output(z.array(IncomingReferral))
    .query(({ ctx }) => listIncomingReferrals(ctx.db, workOf(ctx))),
});
