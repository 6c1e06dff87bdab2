// Programmes beyond the case file: community centres, outreach, groups; their sites, sessions and the children who
// come, who need not be cases (a light registration, checked against registered children).
import { z } from 'zod';
import { choiceField, dateField, idField, optionalField, requiredField, wholeNumberField } from '../case-workflow/fields';
import { PageInput, Version, pageOf } from '../common/schemas';
import { VillageCode } from '../geography/schemas';
import { sexes } from '../child/schemas';
import { caseStatuses } from '../case/values';
import { duplicateReasons } from '../duplicates/score';

export const programmeKinds = ['community_centre', 'mobile_clinic', 'education_support', 'counselling_group', 'income_group', 'school_support'] as const;
export type ProgrammeKind = (typeof programmeKinds)[number];
/** A centre the children come to, or a village the team goes to for an outreach day. */
export const siteKinds = ['centre', 'village'] as const;
export type SiteKind = (typeof siteKinds)[number];

/** A session takes at most this many children in one list: a large outreach day, not a whole commune. */
export const MAX_ATTENDANCE = 300;
/** Newcomers registered with one attendance list. */
export const MAX_NEWCOMERS = 60;

export const ProgrammeInput = z.object({
  kind: choiceField('Programme type', programmeKinds),
  name: requiredField('Name', 120),
  description: optionalField('Description', 2000),
});
export type ProgrammeInput = z.infer<typeof ProgrammeInput>;

export const Programme = ProgrammeInput.extend({
  id: z.string(),
  version: Version,
  sites: z.number().int(),
  sessions: z.number().int(),
  lastSessionOn: z.string().nullable(),
  createdAt: z.string(),
});
export type Programme = z.infer<typeof Programme>;

export const SiteInput = z.object({
  programmeId: idField('Programme'),
  kind: choiceField('Site type', siteKinds),
  name: requiredField('Site name', 120),
  villageCode: VillageCode,
});
export type SiteInput = z.infer<typeof SiteInput>;

export const Site = z.object({
  id: z.string(),
  programmeId: z.string(),
  kind: z.enum(siteKinds),
  name: z.string(),
  villageCode: z.string(),
  communeCode: z.string(),
  villageName: z.string(),
  villageNameKm: z.string(),
});
export type Site = z.infer<typeof Site>;

export const SessionInput = z.object({
  siteId: idField('Site'),
  heldOn: dateField('Date'),
  activity: requiredField('Activity', 200),
  /** The staff member who ran it; the person recording it when left out. */
  staffId: z.string().trim().min(1).max(64).nullable().default(null),
});
export type SessionInput = z.infer<typeof SessionInput>;

export const ProgrammeSession = z.object({
  id: z.string(),
  programmeId: z.string(),
  siteId: z.string(),
  siteName: z.string(),
  heldOn: z.string(),
  activity: z.string(),
  staffId: z.string(),
  staffName: z.string(),
  mealsServed: z.number().int().nullable(),
  attended: z.number().int(),
  version: Version,
});
export type ProgrammeSession = z.infer<typeof ProgrammeSession>;

export const ProgrammeView = z.object({ programme: Programme, sites: z.array(Site), sessions: z.array(ProgrammeSession) });
export type ProgrammeView = z.infer<typeof ProgrammeView>;

// ---- Participants ---------------------------------------------------------------------------------------------

/** A light registration: enough to know the child again and to reach a guardian, with their consent. */
export const ParticipantInput = z.object({
  givenNameKm: requiredField('Given name (Khmer)', 80),
  familyNameKm: requiredField('Family name (Khmer)', 80),
  givenNameLatin: requiredField('Given name (Latin letters)', 80),
  familyNameLatin: requiredField('Family name (Latin letters)', 80),
  sex: choiceField('Sex', sexes),
  birthYear: wholeNumberField('Year of birth', 1940, 2100),
  villageCode: VillageCode,
  guardianName: optionalField("Guardian's name", 120),
  guardianPhone: optionalField("Guardian's phone", 40),
  /** The guardian agreed to the child's details being kept. Required: no consent, no record. */
  consent: z.literal(true, { error: 'Consent: the guardian must agree before the child is registered' }),
});
export type ParticipantInput = z.infer<typeof ParticipantInput>;

/**
 * A newcomer on an attendance list: registered with the list. A possible match must be looked at first: either
 * the person says it is a registered child (the case's reference, so the participant is linked to that child),
 * or that none of the matches is this child.
 */
export const Newcomer = ParticipantInput.extend({
  linkCaseReference: z.string().trim().min(1).max(40).nullable().default(null),
  duplicatesReviewed: z.boolean().default(false),
});
export type Newcomer = z.infer<typeof Newcomer>;

export const ParticipantCheckInput = ParticipantInput.pick({ givenNameKm: true, familyNameKm: true, givenNameLatin: true, familyNameLatin: true, sex: true, birthYear: true, villageCode: true });
export type ParticipantCheckInput = z.infer<typeof ParticipantCheckInput>;

/** A possible match for a newcomer: a child with a case (shown as the intake shows it) or a participant already registered. */
export const ParticipantMatch = z.object({
  kind: z.enum(['case', 'participant']),
  participantId: z.string().nullable(),
  caseReference: z.string().nullable(),
  caseStatus: z.enum(caseStatuses).nullable(),
  /** Null when the person may not see who the child is (a case outside their scope). */
  name: z.string().nullable(),
  nameKm: z.string().nullable(),
  birthYear: z.number().int().nullable(),
  score: z.number(),
  reasons: z.array(z.enum(duplicateReasons)),
});
export type ParticipantMatch = z.infer<typeof ParticipantMatch>;

/** A participant as a list shows them. For analysts the names are null: they see who came only as counts. */
export const ParticipantSummary = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string().nullable(),
  nameKm: z.string().nullable(),
  sex: z.enum(sexes),
  birthYear: z.number().int(),
  villageCode: z.string(),
  /** The reference of the registered child's case, when the participant is one. */
  caseReference: z.string().nullable(),
  sessionsAttended: z.number().int(),
});
export type ParticipantSummary = z.infer<typeof ParticipantSummary>;

export const ParticipantListInput = PageInput.extend({
  search: z.string().trim().max(80).optional(),
  /** Participants who came to this site before, most frequent first (the attendance list's regulars). */
  siteId: z.string().trim().min(1).max(64).optional(),
});
export type ParticipantListInput = z.infer<typeof ParticipantListInput>;
export const ParticipantPage = pageOf(ParticipantSummary);

export const ParticipantRegistered = z.object({ participant: ParticipantSummary });

// ---- Attendance -----------------------------------------------------------------------------------------------

export const AttendanceInput = z.object({
  sessionId: idField('Session'),
  expectedVersion: Version,
  participantIds: z.array(idField('Participant')).max(MAX_ATTENDANCE, `At most ${MAX_ATTENDANCE} children in one session`),
  newcomers: z.array(Newcomer).max(MAX_NEWCOMERS, `At most ${MAX_NEWCOMERS} newcomers at once`).default([]),
  mealsServed: wholeNumberField('Meals served', 0, 2000).nullable().default(null),
});
export type AttendanceInput = z.infer<typeof AttendanceInput>;

export const AttendanceView = z.object({
  session: ProgrammeSession,
  programmeName: z.string(),
  programmeKind: z.enum(programmeKinds),
  /** Where the site is: a newcomer's village is most often the site's own, or one of its commune. */
  siteVillageCode: z.string(),
  siteCommuneCode: z.string(),
  attendees: z.array(ParticipantSummary),
});
export type AttendanceView = z.infer<typeof AttendanceView>;

export const AttendanceSaved = z.object({ session: ProgrammeSession, added: z.number().int(), removed: z.number().int(), registered: z.number().int() });
export type AttendanceSaved = z.infer<typeof AttendanceSaved>;

// ---- Reach ----------------------------------------------------------------------------------------------------

export const ReachInput = z.object({ year: wholeNumberField('Year', 2000, 2100) });
export type ReachInput = z.infer<typeof ReachInput>;
/** Attendance per programme and site by month, and distinct children per programme by quarter. */
export const ProgrammeReach = z.object({
  year: z.number().int(),
  monthly: z.array(z.object({ programmeId: z.string(), programmeName: z.string(), siteId: z.string(), siteName: z.string(), month: z.string(), sessions: z.number().int(), attendances: z.number().int(), meals: z.number().int() })),
  quarterly: z.array(z.object({ programmeId: z.string(), programmeName: z.string(), quarter: z.number().int().min(1).max(4), children: z.number().int() })),
  /** Distinct children in any programme, per quarter (a child in two programmes counts once). */
  totals: z.array(z.object({ quarter: z.number().int().min(1).max(4), children: z.number().int() })),
});
export type ProgrammeReach = z.infer<typeof ProgrammeReach>;
