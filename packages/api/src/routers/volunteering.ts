// Volunteering: staff offer shifts and approve hours (staff portal); volunteers sign up and log hours (supporters).
import { z } from 'zod';
import { CommuneCode, dateField, idField, optionalField, requiredField, Version, wholeNumberField, type Role } from '@kruosar/domain';
import {
  cancelOpportunity,
  cancelSignup,
  createOpportunity,
  decideVolunteerHours,
  listMyHours,
  listMySignups,
  listOpenOpportunities,
  listStaffOpportunities,
  listVolunteerHours,
  logVolunteerHours,
  safeguardingStatusOf,
  signUpForOpportunity,
  updateOpportunity,
} from '@kruosar/db';
import { procedureFor, router } from '../trpc';
import { workOf } from './case-work';
import { SafeguardingStatus } from './safeguarding';

const Time = (field: string) => z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, `${field}: use hh:mm (24 hours)`);
export const OpportunityInput = z.object({
  title: requiredField('Title', 120),
  description: optionalField('Description', 2000),
  communeCode: CommuneCode,
  shiftDate: dateField('Shift date'),
  startTime: Time('Start time'),
  endTime: Time('End time'),
  capacity: wholeNumberField('Capacity', 1, 500),
  nearChildren: z.boolean(),
});

const signupStatuses = ['pending_safeguarding', 'confirmed', 'cancelled'] as const;
const hoursStatuses = ['submitted', 'approved', 'rejected'] as const;
const Opportunity = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  communeCode: z.string(),
  communeNameKm: z.string(),
  communeNameLatin: z.string(),
  shiftDate: z.string(),
  startTime: z.string(),
  endTime: z.string(),
  capacity: z.number().int(),
  nearChildren: z.boolean(),
  cancelled: z.boolean(),
});
const StaffOpportunity = Opportunity.extend({
  version: Version,
  placesTaken: z.number().int(),
  placesLeft: z.number().int(),
  signups: z.array(z.object({ id: z.string(), volunteerId: z.string(), displayName: z.string(), status: z.enum(signupStatuses), safeguarding: z.string(), createdAt: z.string() })),
});
/** A volunteer sees places left and their own sign-up, never who else signed up. */
const OpenOpportunity = Opportunity.extend({
  placesTaken: z.number().int(),
  placesLeft: z.number().int(),
  mySignup: z.object({ id: z.string(), status: z.enum(signupStatuses) }).nullable(),
});
const MySignup = z.object({ id: z.string(), status: z.enum(signupStatuses), version: Version, createdAt: z.string(), opportunity: Opportunity });
const Hours = z.object({
  id: z.string(),
  signupId: z.string(),
  version: Version,
  workedOn: z.string(),
  hours: z.number(),
  note: z.string(),
  status: z.enum(hoursStatuses),
  decisionReason: z.string().nullable(),
  decidedAt: z.string().nullable(),
  opportunityTitle: z.string(),
  createdAt: z.string(),
});
const StaffHours = Hours.extend({ volunteerId: z.string(), volunteerName: z.string() });

const HoursInput = z.object({
  signupId: idField('Sign-up'),
  hours: z.number().min(0.25, 'Hours: at least a quarter of an hour').max(24, 'Hours: at most 24').multipleOf(0.25, 'Hours: in quarters of an hour'),
  note: optionalField('Note', 500),
});

const COORDINATORS: Role[] = ['admin', 'supervisor'];
const Ref = z.object({ id: idField('Record') });
const Step = Ref.extend({ expectedVersion: Version });

/** Staff side: shifts, who signed up, hours to approve. */
export const volunteeringRouter = router({
  opportunities: procedureFor(...COORDINATORS)
    .input(z.object({ from: dateField('From').optional() }).default({}))
    .output(z.array(StaffOpportunity))
    .query(({ ctx, input }) => listStaffOpportunities(ctx.db, workOf(ctx), input)),
  createOpportunity: procedureFor(...COORDINATORS).input(OpportunityInput).output(StaffOpportunity).mutation(({ ctx, input }) => createOpportunity(ctx.db, workOf(ctx), input)),
  updateOpportunity: procedureFor(...COORDINATORS)
    .input(Step.extend({ input: OpportunityInput }))
    .output(StaffOpportunity)
    .mutation(({ ctx, input }) => updateOpportunity(ctx.db, workOf(ctx), input)),
  cancelOpportunity: procedureFor(...COORDINATORS).input(Step).output(StaffOpportunity).mutation(({ ctx, input }) => cancelOpportunity(ctx.db, workOf(ctx), input)),
  hours: procedureFor(...COORDINATORS)
    .input(z.object({ status: z.enum(hoursStatuses).optional() }).default({}))
    .output(z.array(StaffHours))
    .query(({ ctx, input }) => listVolunteerHours(ctx.db, input)),
  decideHours: procedureFor(...COORDINATORS)
    .input(Step.extend({ decision: z.enum(['approve', 'reject']), reason: optionalField('Reason', 1000) }))
    .output(StaffHours)
    .mutation(({ ctx, input }) => decideVolunteerHours(ctx.db, workOf(ctx), input)),
});

/** Supporters side, volunteers only (donors see impact and stories). Everything is the signed-in volunteer's own. */
export const volunteerRouter = router({
  opportunities: procedureFor('volunteer').input(z.void()).output(z.array(OpenOpportunity)).query(({ ctx }) => listOpenOpportunities(ctx.db, workOf(ctx))),
  signUp: procedureFor('volunteer')
    .input(z.object({ opportunityId: idField('Opportunity') }))
    .output(MySignup)
    .mutation(({ ctx, input }) => signUpForOpportunity(ctx.db, workOf(ctx), input)),
  cancelSignUp: procedureFor('volunteer')
    .input(z.object({ signupId: idField('Sign-up'), expectedVersion: Version }))
    .output(MySignup)
    .mutation(({ ctx, input }) => cancelSignup(ctx.db, workOf(ctx), input)),
  mySignUps: procedureFor('volunteer').input(z.void()).output(z.array(MySignup)).query(({ ctx }) => listMySignups(ctx.db, workOf(ctx))),
  mySafeguarding: procedureFor('volunteer').input(z.void()).output(SafeguardingStatus).query(({ ctx }) => safeguardingStatusOf(ctx.db, ctx.user.id)),
  logHours: procedureFor('volunteer').input(HoursInput).output(Hours).mutation(({ ctx, input }) => logVolunteerHours(ctx.db, workOf(ctx), input)),
  myHours: procedureFor('volunteer')
    .input(z.void())
    .output(z.object({ entries: z.array(Hours), approvedHours: z.number() }))
    .query(({ ctx }) => listMyHours(ctx.db, workOf(ctx))),
});
