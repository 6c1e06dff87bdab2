// Pure rules of feedback and complaints: who handles which kind, the order of statuses, and when one is overdue.
import { daysBetween } from '../case-workflow/calendar';
import { invalid } from '../errors';
import type { Role } from '../roles';
import type { FeedbackKind, FeedbackStatus } from './schemas';

/** Every complaint gets an answer within two weeks of being received. */
export const FEEDBACK_ANSWER_DAYS = 14;

export type FeedbackHandler = { role: Role; safeguardingLead: boolean };

/**
 * Complaints about staff go to safeguarding leads only, never to the staff member's own team (their
 * caseworker or supervisor). Other feedback goes to the staff who work cases, and to safeguarding leads.
 */
export function mayHandleFeedback(kind: FeedbackKind, who: FeedbackHandler): boolean {
  if (who.safeguardingLead) return true;
  if (kind === 'complaint_about_staff') return false;
  return who.role === 'admin' || who.role === 'supervisor' || who.role === 'caseworker';
}

/** The kinds a person may see, for a list's filter. */
export function feedbackKindsFor(who: FeedbackHandler): FeedbackKind[] {
  const kinds: FeedbackKind[] = ['feedback', 'complaint', 'complaint_about_staff'];
  return kinds.filter((k) => mayHandleFeedback(k, who));
}

const nextStatus: Record<FeedbackStatus, FeedbackStatus | null> = { received: 'answered', answered: 'closed', closed: null };

/** received -> answered -> closed, one step at a time. */
export function assertFeedbackStatusChange(from: FeedbackStatus, to: FeedbackStatus): void {
  if (nextStatus[from] !== to) throw invalid('status', `Feedback cannot go from ${from} to ${to}`, 'errors.feedbackStatus');
}

/** Not answered FEEDBACK_ANSWER_DAYS days after it was received. */
export function isFeedbackOverdue(item: { status: FeedbackStatus; receivedOn: string }, today: string): boolean {
  return item.status === 'received' && daysBetween(item.receivedOn, today) > FEEDBACK_ANSWER_DAYS;
}

/** An answer is given on or after the day it was received, and not in the future. */
export function assertAnswerDate(receivedOn: string, answeredOn: string, today: string): void {
  if (answeredOn < receivedOn) throw invalid('answeredOn', 'Date answered cannot be before the date received', 'errors.feedbackAnswerBeforeReceived');
  if (answeredOn > today) throw invalid('answeredOn', 'Date answered cannot be in the future', 'errors.dateInFuture');
}
