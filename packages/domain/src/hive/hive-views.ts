// What the staff hive-management screens and the volunteers' hive board read, and the edits staff make.
import { z } from 'zod';
import { Id, IsoDate, Version } from '../common/schemas';
import { CommuneCode } from '../geography/schemas';
import type { Role } from '../roles';
import { HiveBoardCounts } from './board';
import { HiveMilestones, IndependencePoint, type IndependenceProgress } from './independence';
import { CommitteeMemberInput, HiveMeetingInput, HiveVolunteerInput, committeeRoles, hiveTrainingTopics } from './management';

/**
 * Which communes' hives a staff member may read, and whether they see people's names. Committee members and
 * volunteers are adults who agreed to be listed, but analysts work with counts only, like everywhere else.
 */
export type HiveScope = { communeCodes: string[] | 'all'; identified: boolean };

export function hiveScopeOf(user: { role: Role; communeCodes: string[] }): HiveScope {
  switch (user.role) {
    case 'admin':
      return { communeCodes: 'all', identified: true };
    case 'analyst':
      return { communeCodes: 'all', identified: false };
    case 'supervisor':
    case 'caseworker':
      return { communeCodes: user.communeCodes, identified: true };
    default:
      return { communeCodes: [], identified: false };
  }
}

export function isCommuneInHiveScope(scope: HiveScope, communeCode: string): boolean {
  return scope.communeCodes === 'all' || scope.communeCodes.includes(communeCode);
}

/** The zod shape of progressTo2032's answer, for procedure outputs. */
export const IndependenceProgressShape = z.discriminatedUnion('status', [
  z.object({ status: z.literal('not_enough_history'), latestIndex: z.number().nullable() }),
  z.object({ status: z.literal('reached'), latestIndex: z.number() }),
  z.object({
    status: z.enum(['on_track', 'behind']),
    latestIndex: z.number(),
    pointsPerYear: z.number(),
    requiredPointsPerYear: z.number().nullable(),
    projectedIndexAtDeadline: z.number(),
    projectedDateOf100: z.string().nullable(),
  }),
]);
// Fails to compile if the shape and progressTo2032's type drift apart.
const _sameProgress: z.infer<typeof IndependenceProgressShape> extends IndependenceProgress ? true : never = true;
void _sameProgress;

/** The statuses of progress to 2032; labels in values.json (independenceStatus). */
export const independenceStatuses = ['not_enough_history', 'reached', 'on_track', 'behind'] as const;

/**
 * The milestones staff judge. The counted ones (trained volunteers, meetings in six months, share of needs
 * resolved locally) are computed from the hive's own records when the milestones are recorded, so nobody can
 * type the index up.
 */
export const HiveMilestoneJudgement = HiveMilestones.pick({ committeeFormed: true, volunteersTarget: true, budgetLineAdopted: true, referralPathwayMapped: true });
export type HiveMilestoneJudgement = z.infer<typeof HiveMilestoneJudgement>;

export const HiveCreateInput = HiveMilestoneJudgement.extend({ communeCode: CommuneCode });
export type HiveCreateInput = z.infer<typeof HiveCreateInput>;

/** Record the milestones as they stand today: updates the judgement and adds a point to the index history. */
export const HiveMilestonesInput = HiveMilestoneJudgement.extend({ communeCode: CommuneCode, version: Version });
export type HiveMilestonesInput = z.infer<typeof HiveMilestonesInput>;

export const HiveByCommuneInput = z.object({ communeCode: CommuneCode, includeArchived: z.boolean().default(false) });
export type HiveByCommuneInput = z.infer<typeof HiveByCommuneInput>;

/** One recorded point of a commune's independence index, with the milestones it was computed from. */
export const IndependenceRecord = IndependencePoint.extend({ milestones: HiveMilestones, recordedAt: z.string() });
export type IndependenceRecord = z.infer<typeof IndependenceRecord>;

/** The hive's numbers as they are now, before anyone records them: what the next record would use. */
export const HiveLiveCounts = z.object({
  volunteers: z.number().int(),
  volunteersTrained: z.number().int(),
  committeeMembers: z.number().int(),
  meetingsHeldLast6Months: z.number().int(),
  shareOfNeedsResolvedLocally: z.number().min(0).max(1),
  openNeeds: z.number().int(),
});
export type HiveLiveCounts = z.infer<typeof HiveLiveCounts>;

/** A row of the staff list of hives: counts and the index only, never names. */
export const HiveSummary = z.object({
  communeCode: z.string(),
  communeName: z.string(),
  communeNameKm: z.string(),
  latestIndex: z.number().nullable(),
  latestRecordedOn: z.string().nullable(),
  progress: IndependenceProgressShape,
  counts: HiveLiveCounts,
  version: Version,
});
export type HiveSummary = z.infer<typeof HiveSummary>;

/** name and phone are null for roles that see counts only (analysts). */
export const HiveCommitteeMember = z.object({
  id: z.string(),
  name: z.string().nullable(),
  committeeRole: z.enum(committeeRoles),
  phone: z.string().nullable(),
  archivedAt: z.string().nullable(),
  version: Version,
});
export type HiveCommitteeMember = z.infer<typeof HiveCommitteeMember>;

export const HiveTraining = z.object({ topic: z.enum(hiveTrainingTopics), completedOn: z.string(), note: z.string() });
export type HiveTraining = z.infer<typeof HiveTraining>;

export const HiveVolunteer = z.object({
  id: z.string(),
  name: z.string().nullable(),
  phone: z.string().nullable(),
  /** The hive-portal account of this volunteer, if they have one. */
  userId: z.string().nullable(),
  username: z.string().nullable(),
  trainings: z.array(HiveTraining),
  trained: z.boolean(),
  archivedAt: z.string().nullable(),
  version: Version,
});
export type HiveVolunteer = z.infer<typeof HiveVolunteer>;

/** notes and decisions are null for roles that see counts only: minutes often name families. */
export const HiveMeeting = z.object({
  id: z.string(),
  heldOn: z.string(),
  attendeesCount: z.number().int(),
  notes: z.string().nullable(),
  decisions: z.array(z.string()).nullable(),
  archivedAt: z.string().nullable(),
  version: Version,
});
export type HiveMeeting = z.infer<typeof HiveMeeting>;

export const HiveDetail = HiveSummary.extend({
  judgement: HiveMilestoneJudgement,
  committee: z.array(HiveCommitteeMember),
  volunteers: z.array(HiveVolunteer),
  meetings: z.array(HiveMeeting),
  /** Oldest first. */
  history: z.array(IndependenceRecord),
});
export type HiveDetail = z.infer<typeof HiveDetail>;

export const HiveRecordVersionInput = z.object({ id: Id, version: Version });
export type HiveRecordVersionInput = z.infer<typeof HiveRecordVersionInput>;

export const CommitteeMemberUpdateInput = CommitteeMemberInput.omit({ communeCode: true }).extend({ id: Id, version: Version });
export type CommitteeMemberUpdateInput = z.infer<typeof CommitteeMemberUpdateInput>;

/** A volunteer as staff record them; the hive-portal account is optional (many volunteers report by phone call). */
export const HiveVolunteerRecordInput = HiveVolunteerInput.extend({ userId: Id.nullable().default(null) });
export type HiveVolunteerRecordInput = z.infer<typeof HiveVolunteerRecordInput>;

export const HiveVolunteerUpdateInput = HiveVolunteerRecordInput.omit({ communeCode: true }).extend({ id: Id, version: Version });
export type HiveVolunteerUpdateInput = z.infer<typeof HiveVolunteerUpdateInput>;

export const HiveMeetingUpdateInput = HiveMeetingInput.omit({ communeCode: true }).extend({ id: Id, version: Version });
export type HiveMeetingUpdateInput = z.infer<typeof HiveMeetingUpdateInput>;

/** The answer to a create or update of a hive record: its id and new version. */
export const HiveRecordSaved = z.object({ id: z.string(), version: Version });
export type HiveRecordSaved = z.infer<typeof HiveRecordSaved>;

/** The volunteers' board for one of their communes: counts, meeting dates and sizes, milestones; no names, no text. */
export const HiveBoardCommune = z.object({
  communeCode: z.string(),
  communeName: z.string(),
  communeNameKm: z.string(),
  needs: HiveBoardCounts,
  /** Newest first, at most twelve. */
  meetings: z.array(z.object({ heldOn: IsoDate, attendeesCount: z.number().int() })),
  milestones: HiveMilestones.nullable(),
  latestIndex: z.number().nullable(),
  /** Oldest first. */
  history: z.array(IndependencePoint),
  progress: IndependenceProgressShape,
});
export type HiveBoardCommune = z.infer<typeof HiveBoardCommune>;

export const HiveBoard = z.object({ communes: z.array(HiveBoardCommune) });
export type HiveBoard = z.infer<typeof HiveBoard>;

/** The answer to starting a hive or recording its milestones: the hive's new version and today's index point. */
export const HiveMilestonesRecorded = z.object({ communeCode: z.string(), version: Version, point: IndependenceRecord });
export type HiveMilestonesRecorded = z.infer<typeof HiveMilestonesRecorded>;

/** A hive-portal account a volunteer record can be linked to, and the volunteer it is linked to already, if any. */
export const HiveAccount = z.object({ id: z.string(), username: z.string(), displayName: z.string(), linkedVolunteerId: z.string().nullable() });
export type HiveAccount = z.infer<typeof HiveAccount>;

export const HiveCommuneInput = z.object({ communeCode: CommuneCode });
export type HiveCommuneInput = z.infer<typeof HiveCommuneInput>;
