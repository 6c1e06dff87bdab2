// Children's and parents' committees of a commune (or of a centre or school in it): their members, meetings, and
// the issues they raise in their own words with the answer and what was done ("you said, we did").
import { z } from 'zod';
import { choiceField, dateField, idField, optionalField, requiredField, wholeNumberField } from '../case-workflow/fields';
import { Version } from '../common/schemas';
import { CommuneCode } from '../geography/schemas';

export const committeeKinds = ['children', 'parents'] as const;
export type CommitteeKind = (typeof committeeKinds)[number];

/** raised -> answered -> done, or not possible (with the reason) from raised or answered. */
export const issueStatuses = ['raised', 'answered', 'done', 'not_possible'] as const;
export type IssueStatus = (typeof issueStatuses)[number];
/** Still waiting for the organisation: shown on the hive board. */
export const openIssueStatuses = ['raised', 'answered'] as const satisfies readonly IssueStatus[];
/** The statuses an answer can move an issue to. */
export const answerStatuses = ['answered', 'done', 'not_possible'] as const satisfies readonly IssueStatus[];
export type AnswerStatus = (typeof answerStatuses)[number];

/** The language an issue was said in: it is kept as said, not translated. */
export const issueLanguages = ['km', 'en'] as const;
export type IssueLanguage = (typeof issueLanguages)[number];

/** Members ticked present at one meeting, and issues written down at one meeting, at most. */
export const MAX_COMMITTEE_MEMBERS = 60;
export const MAX_ISSUES_A_MEETING = 20;

export const CommitteeInput = z.object({
  communeCode: CommuneCode,
  kind: choiceField('Committee type', committeeKinds),
  name: requiredField('Name', 120),
  /** The centre or school it belongs to; empty for a commune-wide committee. */
  place: optionalField('Centre or school', 120),
});
export type CommitteeInput = z.infer<typeof CommitteeInput>;

export const CommitteeListInput = z.object({ communeCode: CommuneCode.optional() }).default({});
export type CommitteeListInput = z.infer<typeof CommitteeListInput>;

export const MemberInput = z.object({
  committeeId: idField('Committee'),
  name: requiredField('Name', 120),
  role: optionalField('Role on the committee', 60),
  /** Children only: their year of birth. */
  birthYear: wholeNumberField('Year of birth', 1900, 2100).nullable().default(null),
  /** Children only: who agreed, and on what day (required for a child: domain rule memberProblem). */
  guardianName: optionalField("Guardian's name", 120),
  consentOn: dateField('Consent date').nullable().default(null),
});
export type MemberInput = z.infer<typeof MemberInput>;

export const RaisedIssueInput = z.object({
  text: requiredField('What they said', 1000),
  language: choiceField('Language', issueLanguages),
});
export type RaisedIssueInput = z.infer<typeof RaisedIssueInput>;

export const MeetingInput = z.object({
  committeeId: idField('Committee'),
  heldOn: dateField('Date'),
  place: requiredField('Place', 120),
  attendeeIds: z.array(idField('Member')).max(MAX_COMMITTEE_MEMBERS),
  issues: z.array(RaisedIssueInput).max(MAX_ISSUES_A_MEETING),
});
export type MeetingInput = z.infer<typeof MeetingInput>;

export const AnswerIssueInput = z.object({
  id: idField('Issue'),
  expectedVersion: Version,
  status: choiceField('Status', answerStatuses),
  /** "We heard you": the organisation's or commune's answer. */
  answer: optionalField('Our answer', 2000),
  /** "We did": what was done. */
  action: optionalField('What was done', 2000),
  /** Why it is not possible. */
  reason: optionalField('Why it is not possible', 2000),
});
export type AnswerIssueInput = z.infer<typeof AnswerIssueInput>;

export const CommitteeSummary = z.object({
  id: z.string(),
  communeCode: z.string(),
  communeName: z.string(),
  communeNameKm: z.string(),
  kind: z.enum(committeeKinds),
  name: z.string(),
  place: z.string(),
  version: Version,
  members: z.number().int(),
  meetings: z.number().int(),
  openIssues: z.number().int(),
  lastMeetingOn: z.string().nullable(),
});
export type CommitteeSummary = z.infer<typeof CommitteeSummary>;

/** A member; name and guardian are null for people who work with counts only (analysts). */
export const CommitteeMember = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string().nullable(),
  role: z.string(),
  isChild: z.boolean(),
  birthYear: z.number().int().nullable(),
  guardianName: z.string().nullable(),
  consentOn: z.string().nullable(),
});
export type CommitteeMember = z.infer<typeof CommitteeMember>;

export const CommitteeMeeting = z.object({
  id: z.string(),
  heldOn: z.string(),
  place: z.string(),
  attended: z.number().int(),
  attendeeIds: z.array(z.string()),
  issuesRaised: z.number().int(),
});
export type CommitteeMeeting = z.infer<typeof CommitteeMeeting>;

export const CommitteeIssue = z.object({
  id: z.string(),
  meetingId: z.string(),
  raisedOn: z.string(),
  text: z.string(),
  language: z.enum(issueLanguages),
  status: z.enum(issueStatuses),
  answer: z.string(),
  action: z.string(),
  reason: z.string(),
  answeredOn: z.string().nullable(),
  closedOn: z.string().nullable(),
  version: Version,
});
export type CommitteeIssue = z.infer<typeof CommitteeIssue>;

export const CommitteeView = z.object({
  committee: CommitteeSummary,
  /** Whether member names are shown (not to analysts). */
  identified: z.boolean(),
  members: z.array(CommitteeMember),
  meetings: z.array(CommitteeMeeting),
  issues: z.array(CommitteeIssue),
});
export type CommitteeView = z.infer<typeof CommitteeView>;

export const MeetingRecorded = z.object({ meetingId: z.string(), issueIds: z.array(z.string()) });
export type MeetingRecorded = z.infer<typeof MeetingRecorded>;

/**
 * What the hive board shows of a commune's committees: open issues, their text as said and any answer. Never a
 * member's name: every volunteer of the commune sees the board, and the members are children they know.
 */
export const HiveCommitteeIssues = z.object({
  communes: z.array(
    z.object({
      communeCode: z.string(),
      communeName: z.string(),
      communeNameKm: z.string(),
      committees: z.array(
        z.object({
          id: z.string(),
          kind: z.enum(committeeKinds),
          name: z.string(),
          openIssues: z.number().int(),
          issues: z.array(z.object({ id: z.string(), text: z.string(), language: z.enum(issueLanguages), status: z.enum(openIssueStatuses), raisedOn: z.string(), answer: z.string() })),
        }),
      ),
    }),
  ),
});
export type HiveCommitteeIssues = z.infer<typeof HiveCommitteeIssues>;
