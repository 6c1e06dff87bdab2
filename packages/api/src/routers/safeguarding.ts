// Safeguarding of volunteers (staff portal): record a background check and signed code of conduct, or revoke it.
import { z } from 'zod';
import { dateField, idField, requiredField, type Role } from '@kruosar/domain';
import { listVolunteerSafeguarding, recordSafeguardingClearance, revokeSafeguardingClearance } from '@kruosar/db';
import { procedureFor, router } from '../trpc';
import { workOf } from './case-work';

export const SafeguardingStatus = z.object({
  status: z.enum(['pending', 'cleared', 'not_recorded', 'revoked']),
  backgroundCheckOn: z.string().nullable(),
  codeOfConductSignedOn: z.string().nullable(),
  recordedAt: z.string().nullable(),
});
const VolunteerSafeguarding = SafeguardingStatus.extend({ volunteerId: z.string(), displayName: z.string(), username: z.string(), pendingSignups: z.number().int() });

const COORDINATORS: Role[] = ['admin', 'supervisor'];
const VolunteerRef = z.object({ volunteerId: idField('Volunteer') });

export const safeguardingRouter = router({
  volunteers: procedureFor(...COORDINATORS).input(z.void()).output(z.array(VolunteerSafeguarding)).query(({ ctx }) => listVolunteerSafeguarding(ctx.db, workOf(ctx))),
  /** Both are needed: a background check and the signed code of conduct. Held sign-ups near children are confirmed. */
  record: procedureFor(...COORDINATORS)
    .input(VolunteerRef.extend({ backgroundCheckOn: dateField('Background check date'), codeOfConductSignedOn: dateField('Code of conduct signed on') }))
    .output(SafeguardingStatus.extend({ confirmedSignups: z.number().int() }))
    .mutation(({ ctx, input }) => recordSafeguardingClearance(ctx.db, workOf(ctx), input)),
  revoke: procedureFor(...COORDINATORS)
    .input(VolunteerRef.extend({ reason: requiredField('Reason', 1000) }))
    .output(SafeguardingStatus.extend({ heldSignups: z.number().int() }))
    .mutation(({ ctx, input }) => revokeSafeguardingClearance(ctx.db, workOf(ctx), input)),
});
