// Pure rules of committees: who may be a member, how an issue moves from raised to done, what counts as open.
import type { AnswerIssueInput, AnswerStatus, CommitteeKind, IssueStatus, MemberInput } from './schemas';
import { openIssueStatuses } from './schemas';

/** A broken rule, with the field it belongs to and its message key (errors.*). */
export type CommitteeProblem = { field: string; messageKey: string; message: string };

/**
 * A child joins a children's committee only with a guardian's consent written down: who agreed, and when (not
 * after today). Parents' committees are adults who agree for themselves.
 */
export function memberProblem(kind: CommitteeKind, member: Pick<MemberInput, 'guardianName' | 'consentOn'>, today: string): CommitteeProblem | null {
  if (kind !== 'children') return null;
  if (member.guardianName.trim() === '') return { field: 'guardianName', messageKey: 'errors.committeeGuardianRequired', message: "A child member needs their guardian's name" };
  if (member.consentOn === null) return { field: 'consentOn', messageKey: 'errors.committeeConsentRequired', message: "A child member needs their guardian's consent, with its date" };
  if (member.consentOn > today) return { field: 'consentOn', messageKey: 'errors.committeeConsentFuture', message: 'Consent cannot be dated after today' };
  return null;
}

const transitions: Record<IssueStatus, readonly AnswerStatus[]> = {
  raised: ['answered', 'not_possible'],
  answered: ['done', 'not_possible'],
  done: [],
  not_possible: [],
};

/** Where an issue can go from here (none once done or found not possible). */
export const nextIssueStatuses = (from: IssueStatus): readonly AnswerStatus[] => transitions[from];

/**
 * An answer moves an issue one step: raised -> answered (with the answer), answered -> done (with what was done),
 * or to not possible from either (with the reason). Each step needs its words, so the committee hears back.
 */
export function issueAnswerProblem(from: IssueStatus, input: Pick<AnswerIssueInput, 'status' | 'answer' | 'action' | 'reason'>): CommitteeProblem | null {
  if (!transitions[from].includes(input.status)) {
    return { field: 'status', messageKey: 'errors.committeeIssueStep', message: `An issue that is ${from} cannot become ${input.status}` };
  }
  if (input.status === 'answered' && input.answer.trim() === '') return { field: 'answer', messageKey: 'errors.committeeAnswerRequired', message: 'Write the answer the committee will hear' };
  if (input.status === 'done' && input.action.trim() === '') return { field: 'action', messageKey: 'errors.committeeActionRequired', message: 'Write what was done' };
  if (input.status === 'not_possible' && input.reason.trim() === '') return { field: 'reason', messageKey: 'errors.committeeReasonRequired', message: 'Write why it is not possible' };
  return null;
}

export const isOpenIssue = (status: IssueStatus) => (openIssueStatuses as readonly IssueStatus[]).includes(status);

/** A meeting is recorded once it has happened. */
export const meetingDateProblem = (heldOn: string, today: string): CommitteeProblem | null =>
  heldOn > today ? { field: 'heldOn', messageKey: 'errors.committeeMeetingFuture', message: 'A meeting is recorded on the day or after it' } : null;

/** Only members of the committee can be ticked present. */
export function unknownAttendees(attendeeIds: readonly string[], memberIds: readonly string[]): string[] {
  const members = new Set(memberIds);
  return [...new Set(attendeeIds)].filter((id) => !members.has(id));
}

/** A short code a member is known by where their name may not be shown (C-0012). */
export const memberCode = (serial: number) => `C-${String(serial).padStart(4, '0')}`;
