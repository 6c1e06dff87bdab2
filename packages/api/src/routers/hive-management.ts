// Commune hives in the staff portal: the list and one hive, milestones, committee, volunteers and meetings.
// Read: admin and analyst (every hive; analysts get counts, no names), supervisor and caseworker (their communes).
// Write: admin (every commune) and supervisor (their communes). Scope comes from hiveScopeOf, applied in the query.
import { z } from 'zod';
import {
  CommitteeMemberInput,
  CommitteeMemberUpdateInput,
  HiveAccount,
  HiveByCommuneInput,
  HiveCommuneInput,
  HiveCreateInput,
  HiveDetail,
  HiveMeetingInput,
  HiveMeetingUpdateInput,
  HiveMilestonesInput,
  HiveMilestonesRecorded,
  HiveRecordSaved,
  HiveRecordVersionInput,
  HiveSummary,
  HiveVolunteerRecordInput,
  HiveVolunteerUpdateInput,
  hiveScopeOf,
} from '@kruosar/domain';
import {
  createCommitteeMember,
  createHive,
  createHiveMeeting,
  createHiveVolunteer,
  findHive,
  listHiveAccounts,
  listHives,
  recordHiveMilestones,
  setHiveRecordArchived,
  updateCommitteeMember,
  updateHiveMeeting,
  updateHiveVolunteer,
  type HiveRecordKind,
} from '@kruosar/db';
import { procedureFor, router } from '../trpc';
import { actorOf } from './hive-actor';

const readProcedure = procedureFor('admin', 'supervisor', 'caseworker', 'analyst');
const writeProcedure = procedureFor('admin', 'supervisor');

export const hivesRouter = router({
  /** Every hive in scope: index, progress to 2032 and counts. */
  list: readProcedure
    .input(z.void())
    .output(z.array(HiveSummary))
    .query(({ ctx }) => listHives(ctx.db, { scope: hiveScopeOf(ctx.user), now: ctx.clock.now() })),
  /** One hive in full: committee, volunteers with trainings, meetings, judgement, index history (oldest first). */
  byCommune: readProcedure
    .input(HiveByCommuneInput)
    .output(HiveDetail)
    .query(({ ctx, input }) => findHive(ctx.db, { scope: hiveScopeOf(ctx.user), input, now: ctx.clock.now() })),
  /** Start a hive in a commune; records the first index point. */
  create: writeProcedure
    .input(HiveCreateInput)
    .output(HiveMilestonesRecorded)
    .mutation(({ ctx, input }) => createHive(ctx.db, { scope: hiveScopeOf(ctx.user), input, ...actorOf(ctx) })),
  /** Record today's milestones (judgement given, counts computed) from the version seen; adds an index point. */
  recordMilestones: writeProcedure
    .input(HiveMilestonesInput)
    .output(HiveMilestonesRecorded)
    .mutation(({ ctx, input }) => recordHiveMilestones(ctx.db, { scope: hiveScopeOf(ctx.user), input, ...actorOf(ctx) })),
});

/** archive and restore, the same for the three kinds of hive record. */
function archiveProcedures(kind: HiveRecordKind) {
  const set = (archived: boolean) =>
    writeProcedure
      .input(HiveRecordVersionInput)
      .output(HiveRecordSaved)
      .mutation(({ ctx, input }) => setHiveRecordArchived(ctx.db, kind, { scope: hiveScopeOf(ctx.user), input, archived, ...actorOf(ctx) }));
  return { archive: set(true), restore: set(false) };
}

export const hiveCommitteeRouter = router({
  create: writeProcedure
    .input(CommitteeMemberInput)
    .output(HiveRecordSaved)
    .mutation(({ ctx, input }) => createCommitteeMember(ctx.db, { scope: hiveScopeOf(ctx.user), input, ...actorOf(ctx) })),
  update: writeProcedure
    .input(CommitteeMemberUpdateInput)
    .output(HiveRecordSaved)
    .mutation(({ ctx, input }) => updateCommitteeMember(ctx.db, { scope: hiveScopeOf(ctx.user), input, ...actorOf(ctx) })),
  ...archiveProcedures('committee'),
});

export const hiveVolunteersRouter = router({
  create: writeProcedure
    .input(HiveVolunteerRecordInput)
    .output(HiveRecordSaved)
    .mutation(({ ctx, input }) => createHiveVolunteer(ctx.db, { scope: hiveScopeOf(ctx.user), input, ...actorOf(ctx) })),
  update: writeProcedure
    .input(HiveVolunteerUpdateInput)
    .output(HiveRecordSaved)
    .mutation(({ ctx, input }) => updateHiveVolunteer(ctx.db, { scope: hiveScopeOf(ctx.user), input, ...actorOf(ctx) })),
  ...archiveProcedures('volunteer'),
  /** The commune's hive-portal accounts a volunteer record may be linked to. */
  accounts: writeProcedure
    .input(HiveCommuneInput)
    .output(z.array(HiveAccount))
    .query(({ ctx, input }) => listHiveAccounts(ctx.db, { scope: hiveScopeOf(ctx.user), communeCode: input.communeCode })),
});

export const hiveMeetingsRouter = router({
  create: writeProcedure
    .input(HiveMeetingInput)
    .output(HiveRecordSaved)
    .mutation(({ ctx, input }) => createHiveMeeting(ctx.db, { scope: hiveScopeOf(ctx.user), input, ...actorOf(ctx) })),
  update: writeProcedure
    .input(HiveMeetingUpdateInput)
    .output(HiveRecordSaved)
    .mutation(({ ctx, input }) => updateHiveMeeting(ctx.db, { scope: hiveScopeOf(ctx.user), input, ...actorOf(ctx) })),
  ...archiveProcedures('meeting'),
});
