// What staff record about a commune hive: its committee, its volunteers and their training, its meetings.
import { z } from 'zod';
import { IsoDate, requiredText, text } from '../common/schemas';
import { khmerToAsciiDigits } from '../common/khmer-digits';
import { CommuneCode } from '../geography/schemas';
import { countInput } from './count-input';

/** A phone as typed (Khmer digits accepted), optional; when given it must look like a number. */
export const HivePhoneInput = z.preprocess(
  (v) => (typeof v === 'string' ? khmerToAsciiDigits(v) : v),
  text(30).refine((s) => s === '' || (/^\+?[\d\s\-().]+$/.test(s) && /^(\D*\d){8,15}\D*$/.test(s)), 'Use a phone number of 8 to 15 digits'),
);

export const committeeRoles = ['chair', 'deputy_chair', 'secretary', 'treasurer', 'member'] as const;
export type CommitteeRole = (typeof committeeRoles)[number];

export const CommitteeMemberInput = z.object({
  communeCode: CommuneCode,
  name: requiredText(120),
  committeeRole: z.enum(committeeRoles),
  phone: HivePhoneInput.default(''),
});
export type CommitteeMemberInput = z.infer<typeof CommitteeMemberInput>;

export const hiveTrainingTopics = [
  'child_protection_basics',
  'safeguarding_code_of_conduct',
  'need_reporting',
  'referral_pathway',
  'psychosocial_first_aid',
  'other',
] as const;
export type HiveTrainingTopic = (typeof hiveTrainingTopics)[number];

/** A volunteer counts as trained (the milestone) once these are done: enough to spot, report and not harm. */
export const coreHiveTrainings = ['child_protection_basics', 'safeguarding_code_of_conduct', 'need_reporting'] as const satisfies readonly HiveTrainingTopic[];

export const HiveTrainingInput = z.object({
  topic: z.enum(hiveTrainingTopics),
  completedOn: IsoDate,
  /** What the training was when the topic is "other". */
  note: text(120).default(''),
});
export type HiveTrainingInput = z.infer<typeof HiveTrainingInput>;

export const HiveVolunteerInput = z.object({
  communeCode: CommuneCode,
  name: requiredText(120),
  phone: HivePhoneInput.default(''),
  trainings: z.array(HiveTrainingInput).max(100).default([]),
});
export type HiveVolunteerInput = z.infer<typeof HiveVolunteerInput>;

export function isHiveVolunteerTrained(volunteer: { trainings: readonly { topic: HiveTrainingTopic }[] }): boolean {
  return coreHiveTrainings.every((topic) => volunteer.trainings.some((t) => t.topic === topic));
}

export const HiveMeetingInput = z.object({
  communeCode: CommuneCode,
  heldOn: IsoDate,
  attendeesCount: countInput(1_000),
  notes: text(4000).default(''),
  decisions: z.array(requiredText(500)).max(50).default([]),
});
export type HiveMeetingInput = z.infer<typeof HiveMeetingInput>;
