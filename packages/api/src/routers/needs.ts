// Hive needs: volunteers submit them and follow their own; staff triage the needs of their communes.
import { z } from 'zod';
import {
  CommuneCode,
  EditNeedInput,
  HiveBoard,
  HiveNeedInput,
  NeedByIdInput,
  NeedCasePrefill,
  PageInput,
  PhonedInNeedInput,
  TriageNeedDetail,
  TriageNeedInput,
  TriageQueueItem,
  TriageResult,
  VolunteerNeed,
  WithdrawNeedInput,
  caseScopeOf,
  hiveScopeOf,
  needStatuses,
  pageOf,
} from '@kruosar/domain';
import {
  editVolunteerNeed,
  findNeedForTriage,
  listPhoneInVolunteers,
  listTriageQueue,
  listVolunteerNeeds,
  needCasePrefillInScope,
  readHiveBoard,
  registerPhonedInNeed,
  submitNeed,
  triageNeed,
  withdrawVolunteerNeed,
} from '@kruosar/db';
import { procedureFor, router } from '../trpc';
import { actorOf } from './hive-actor';

export const SubmitNeedOutput = z.object({ id: z.string(), status: z.enum(needStatuses), alreadyReceived: z.boolean() });

export const hiveNeedsRouter = router({
  /** Store a need once per phone-made id; a replay of the same content answers alreadyReceived. */
  submit: procedureFor('hive_volunteer')
    .input(HiveNeedInput)
    .output(SubmitNeedOutput)
    .mutation(({ ctx, input }) => submitNeed(ctx.db, { volunteerId: ctx.user.id, volunteerCommunes: ctx.user.communeCodes, input, now: ctx.clock.now() })),
  /** The volunteer's own needs, newest first, with status and the message back; never case details. */
  mine: procedureFor('hive_volunteer')
    .input(z.void())
    .output(z.array(VolunteerNeed))
    .query(({ ctx }) => listVolunteerNeeds(ctx.db, ctx.user.id)),
  /** Their own report, corrected while staff have not looked at it yet (from the version the phone showed). */
  edit: procedureFor('hive_volunteer')
    .input(EditNeedInput)
    .output(VolunteerNeed)
    .mutation(({ ctx, input }) => editVolunteerNeed(ctx.db, { volunteerId: ctx.user.id, input, now: ctx.clock.now() })),
  /** Their own report, taken back while staff have not looked at it yet. */
  withdraw: procedureFor('hive_volunteer')
    .input(WithdrawNeedInput)
    .output(VolunteerNeed)
    .mutation(({ ctx, input }) => withdrawVolunteerNeed(ctx.db, { volunteerId: ctx.user.id, input, now: ctx.clock.now() })),
  /** Their communes' boards: open needs by category, meetings, milestones and index. Counts only. */
  board: procedureFor('hive_volunteer')
    .input(z.void())
    .output(HiveBoard)
    .query(({ ctx }) => readHiveBoard(ctx.db, { communeCodes: ctx.user.communeCodes, now: ctx.clock.now() })),
});

export const TriageQueueInput = PageInput.extend({ communeCode: CommuneCode.optional(), statuses: z.array(z.enum(needStatuses)).optional() });

/** Admins triage in every commune; supervisors and caseworkers in their own (hiveScopeOf). */
const triageProcedure = procedureFor('admin', 'supervisor', 'caseworker');

export const staffNeedsRouter = router({
  /** Needs in triage order (abuse first, then urgency, then oldest), each with its possible duplicates. */
  triageQueue: triageProcedure
    .input(TriageQueueInput)
    .output(pageOf(TriageQueueItem))
    .query(({ ctx, input }) => listTriageQueue(ctx.db, { scope: hiveScopeOf(ctx.user), ...input, ...actorOf(ctx) })),
  byId: triageProcedure
    .input(NeedByIdInput)
    .output(TriageNeedDetail)
    .query(({ ctx, input }) => findNeedForTriage(ctx.db, { scope: hiveScopeOf(ctx.user), needId: input.needId, ...actorOf(ctx) })),
  /** The case-intake prefill for a need, again (the same one `triage` answers for a new_case decision). */
  casePrefill: triageProcedure
    .input(NeedByIdInput)
    .output(NeedCasePrefill)
    .query(({ ctx, input }) => needCasePrefillInScope(ctx.db, { scope: hiveScopeOf(ctx.user), needId: input.needId })),
  /** The commune's hive volunteers, for writing down a need one of them phoned in. */
  phoneInVolunteers: triageProcedure
    .input(z.object({ communeCode: CommuneCode }))
    .output(z.array(z.object({ id: z.string(), displayName: z.string() })))
    .query(({ ctx, input }) => listPhoneInVolunteers(ctx.db, { scope: hiveScopeOf(ctx.user), communeCode: input.communeCode })),
  /** A need a volunteer phoned in, written down in their name and marked as phoned in by this member of staff. */
  registerPhonedIn: triageProcedure
    .input(PhonedInNeedInput)
    .output(SubmitNeedOutput)
    .mutation(({ ctx, input }) => registerPhonedInNeed(ctx.db, { scope: hiveScopeOf(ctx.user), input, ...actorOf(ctx) })),
  /** A decision from the version seen; new_case answers the intake prefill, then link_to_case links the new case. */
  triage: triageProcedure
    .input(TriageNeedInput)
    .output(TriageResult)
    .mutation(({ ctx, input }) => triageNeed(ctx.db, { scope: hiveScopeOf(ctx.user), caseScope: caseScopeOf(ctx.user), input, ...actorOf(ctx) })),
});
