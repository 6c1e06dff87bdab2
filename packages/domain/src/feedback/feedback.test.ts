import { describe, expect, it } from 'vitest';
import {
  assertAnswerDate,
  assertFeedbackStatusChange,
  ChildVoiceInput,
  FeedbackInput,
  feedbackKindsFor,
  HiveFeedbackInput,
  isFeedbackOverdue,
  mayHandleFeedback,
  needsVoiceReview,
} from './index';

const voice = (over: Record<string, unknown>) => ({ caseId: 'c1', occasion: 'closure', recordId: 'r1', ...over });
const pathsOf = (r: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) => (r.success ? [] : r.error!.issues.map((i) => i.path.join('.')));

describe("the child's views at a decision", () => {
  it("accepts the child's own words, or a reason they could not be asked", () => {
    expect(ChildVoiceInput.parse(voice({ views: 'I want to stay with my aunt' })).notAskedReason).toBeNull();
    expect(ChildVoiceInput.safeParse(voice({ notAskedReason: 'too_young' })).success).toBe(true);
  });
  it('refuses neither, both, and "other" without a note', () => {
    expect(pathsOf(ChildVoiceInput.safeParse(voice({ views: '  ' })))).toEqual(['views']);
    expect(pathsOf(ChildVoiceInput.safeParse(voice({ views: 'Fine', notAskedReason: 'unwell' })))).toEqual(['notAskedReason']);
    expect(pathsOf(ChildVoiceInput.safeParse(voice({ notAskedReason: 'other' })))).toEqual(['notAskedNote']);
    expect(pathsOf(ChildVoiceInput.safeParse(voice({ notAskedReason: 'other', notAskedNote: 'Moved to Phnom Penh' })))).toEqual([]);
    expect(pathsOf(ChildVoiceInput.safeParse(voice({ occasion: 'case_plan', views: 'x' })))).toEqual(['occasion']);
  });
  it('needs a supervisor only for a "could not be asked" not yet acknowledged', () => {
    expect(needsVoiceReview({ notAskedReason: 'unwell', reviewedAt: null })).toBe(true);
    expect(needsVoiceReview({ notAskedReason: 'unwell', reviewedAt: '2026-12-01T00:00:00Z' })).toBe(false);
    expect(needsVoiceReview({ notAskedReason: null, reviewedAt: null })).toBe(false);
  });
});

const feedback = (over: Record<string, unknown>) => ({ kind: 'complaint', from: 'child', words: 'Nobody came', answerWay: 'visit', channel: 'phone', receivedOn: '2026-12-01', ...over });

describe('feedback and complaints', () => {
  it('keeps contact details only with consent, and needs them for an answer by phone', () => {
    expect(pathsOf(FeedbackInput.safeParse(feedback({})))).toEqual([]);
    expect(pathsOf(FeedbackInput.safeParse(feedback({ contact: '012 345 678' })))).toEqual(['contact']);
    expect(pathsOf(FeedbackInput.safeParse(feedback({ answerWay: 'phone' })))).toEqual(['contact']);
    expect(pathsOf(FeedbackInput.safeParse(feedback({ answerWay: 'phone', contactConsent: true, contact: '012 345 678' })))).toEqual([]);
  });
  it('says who a complaint about staff concerns, and needs the words', () => {
    expect(pathsOf(FeedbackInput.safeParse(feedback({ kind: 'complaint_about_staff' })))).toEqual(['concerns']);
    expect(pathsOf(FeedbackInput.safeParse(feedback({ words: ' ' })))).toEqual(['words']);
    expect(pathsOf(HiveFeedbackInput.safeParse({ ...feedback({}), id: 'not-a-uuid' }))).toEqual(['id']);
  });
  it('sends complaints about staff to safeguarding leads only', () => {
    expect(mayHandleFeedback('complaint_about_staff', { role: 'supervisor', safeguardingLead: false })).toBe(false);
    expect(mayHandleFeedback('complaint_about_staff', { role: 'caseworker', safeguardingLead: false })).toBe(false);
    expect(mayHandleFeedback('complaint_about_staff', { role: 'admin', safeguardingLead: false })).toBe(false);
    expect(mayHandleFeedback('complaint_about_staff', { role: 'supervisor', safeguardingLead: true })).toBe(true);
    expect(mayHandleFeedback('complaint', { role: 'caseworker', safeguardingLead: false })).toBe(true);
    expect(mayHandleFeedback('feedback', { role: 'analyst', safeguardingLead: false })).toBe(false);
    expect(feedbackKindsFor({ role: 'caseworker', safeguardingLead: false })).toEqual(['feedback', 'complaint']);
  });
  it('goes received -> answered -> closed, one step at a time', () => {
    expect(() => assertFeedbackStatusChange('received', 'answered')).not.toThrow();
    expect(() => assertFeedbackStatusChange('answered', 'closed')).not.toThrow();
    expect(() => assertFeedbackStatusChange('received', 'closed')).toThrow(/received to closed/);
    expect(() => assertFeedbackStatusChange('closed', 'answered')).toThrow();
  });
  it('is overdue when not answered 14 days after it was received', () => {
    expect(isFeedbackOverdue({ status: 'received', receivedOn: '2026-12-01' }, '2026-12-15')).toBe(false);
    expect(isFeedbackOverdue({ status: 'received', receivedOn: '2026-12-01' }, '2026-12-16')).toBe(true);
    expect(isFeedbackOverdue({ status: 'answered', receivedOn: '2026-11-01' }, '2026-12-16')).toBe(false);
  });
  it('dates an answer between the day received and today', () => {
    expect(() => assertAnswerDate('2026-12-02', '2026-12-01', '2026-12-05')).toThrow(/before/);
    expect(() => assertAnswerDate('2026-12-02', '2026-12-06', '2026-12-05')).toThrow(/future/);
    expect(() => assertAnswerDate('2026-12-02', '2026-12-03', '2026-12-05')).not.toThrow();
  });
});
