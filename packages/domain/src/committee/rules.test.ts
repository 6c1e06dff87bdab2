import { describe, expect, it } from 'vitest';
import { issueAnswerProblem, isOpenIssue, meetingDateProblem, memberCode, memberProblem, nextIssueStatuses, unknownAttendees } from './rules';
import { AnswerIssueInput, MeetingInput, MemberInput } from './schemas';

const today = '2026-12-05';
const words = { answer: '', action: '', reason: '' };

describe('committee members', () => {
  it("refuses a child member without a guardian's consent", () => {
    expect(memberProblem('children', { guardianName: 'Chan Dara', consentOn: null }, today)).toMatchObject({ field: 'consentOn', messageKey: 'errors.committeeConsentRequired' });
    expect(memberProblem('children', { guardianName: '  ', consentOn: '2026-11-01' }, today)).toMatchObject({ field: 'guardianName', messageKey: 'errors.committeeGuardianRequired' });
  });

  it('refuses consent dated after today, and takes consent given today', () => {
    expect(memberProblem('children', { guardianName: 'Chan Dara', consentOn: '2026-12-06' }, today)).toMatchObject({ messageKey: 'errors.committeeConsentFuture' });
    expect(memberProblem('children', { guardianName: 'Chan Dara', consentOn: today }, today)).toBeNull();
  });

  it('lets an adult join a parents committee without a guardian', () => {
    expect(memberProblem('parents', { guardianName: '', consentOn: null }, today)).toBeNull();
  });

  it('reads a member from the form, Khmer digits in the year included', () => {
    const parsed = MemberInput.parse({ committeeId: 'c1', name: ' សុខា ', birthYear: '២០១៤', guardianName: 'ចាន់ ដារា', consentOn: '2026-11-01' });
    expect(parsed).toMatchObject({ name: 'សុខា', birthYear: 2014, role: '' });
    expect(MemberInput.safeParse({ committeeId: 'c1', name: '' }).success).toBe(false);
  });
});

describe('issue answers ("you said, we did")', () => {
  it('moves raised -> answered -> done, each step with its words', () => {
    expect(issueAnswerProblem('raised', { ...words, status: 'answered', answer: 'We will ask the commune' })).toBeNull();
    expect(issueAnswerProblem('answered', { ...words, status: 'done', action: 'The road was lit' })).toBeNull();
  });

  it('needs the answer, what was done, or the reason', () => {
    expect(issueAnswerProblem('raised', { ...words, status: 'answered' })).toMatchObject({ field: 'answer', messageKey: 'errors.committeeAnswerRequired' });
    expect(issueAnswerProblem('answered', { ...words, status: 'done' })).toMatchObject({ field: 'action', messageKey: 'errors.committeeActionRequired' });
    expect(issueAnswerProblem('raised', { ...words, status: 'not_possible' })).toMatchObject({ field: 'reason', messageKey: 'errors.committeeReasonRequired' });
    expect(issueAnswerProblem('answered', { ...words, status: 'not_possible', reason: 'No budget this year' })).toBeNull();
  });

  it('refuses skipping a step or moving a closed issue', () => {
    expect(issueAnswerProblem('raised', { ...words, status: 'done', action: 'x' })).toMatchObject({ field: 'status', messageKey: 'errors.committeeIssueStep' });
    expect(issueAnswerProblem('done', { ...words, status: 'answered', answer: 'x' })).toMatchObject({ messageKey: 'errors.committeeIssueStep' });
    expect(issueAnswerProblem('not_possible', { ...words, status: 'done', action: 'x' })).toMatchObject({ messageKey: 'errors.committeeIssueStep' });
    expect(nextIssueStatuses('done')).toEqual([]);
    expect(nextIssueStatuses('raised')).toEqual(['answered', 'not_possible']);
  });

  it('counts raised and answered issues as open', () => {
    expect(['raised', 'answered', 'done', 'not_possible'].filter((s) => isOpenIssue(s as never))).toEqual(['raised', 'answered']);
  });

  it('refuses a status outside the answer steps', () => {
    expect(AnswerIssueInput.safeParse({ id: 'i', expectedVersion: 1, status: 'raised' }).success).toBe(false);
  });
});

describe('meetings', () => {
  it('are recorded on the day or after', () => {
    expect(meetingDateProblem('2026-12-06', today)).toMatchObject({ field: 'heldOn', messageKey: 'errors.committeeMeetingFuture' });
    expect(meetingDateProblem(today, today)).toBeNull();
  });

  it('tick only members present, each once', () => {
    expect(unknownAttendees(['a', 'b', 'x', 'x'], ['a', 'b', 'c'])).toEqual(['x']);
  });

  it('keep the issues as said, in Khmer or English', () => {
    const parsed = MeetingInput.parse({ committeeId: 'c', heldOn: '២០២៦-១២-០៥', place: 'School', attendeeIds: [], issues: [{ text: 'ផ្លូវទៅសាលាងងឹតពេលយប់', language: 'km' }] });
    expect(parsed.heldOn).toBe('2026-12-05');
    expect(parsed.issues[0]!.text).toBe('ផ្លូវទៅសាលាងងឹតពេលយប់');
    expect(MeetingInput.safeParse({ committeeId: 'c', heldOn: '2026-12-05', place: 'School', attendeeIds: [], issues: [{ text: 'x', language: 'fr' }] }).success).toBe(false);
  });

  it('code members where names may not be shown', () => {
    expect(memberCode(12)).toBe('C-0012');
  });
});
