// Which of the team's replies the volunteer has not seen yet: a status other than "received", or a message, that
// differs from what was on screen when they last marked replies as read.
import type { VolunteerNeed } from '@kruosar/domain';

/** Need id -> the reply last seen (status and message). */
export type SeenReplies = Record<string, string>;

const replyOf = (need: Pick<VolunteerNeed, 'status' | 'messageToVolunteer'>): string | null =>
  need.status === 'received' && need.messageToVolunteer === '' ? null : `${need.status}\u0000${need.messageToVolunteer}`;

/** Every reply on the list, as seen now. */
export function seenNow(needs: readonly VolunteerNeed[]): SeenReplies {
  const seen: SeenReplies = {};
  for (const need of needs) {
    const reply = replyOf(need);
    if (reply !== null) seen[need.id] = reply;
  }
  return seen;
}

/** The needs whose reply is new since `seen` (none before a first baseline exists). */
export function unseenReplies(needs: readonly VolunteerNeed[], seen: SeenReplies | null): Set<string> {
  if (!seen) return new Set();
  return new Set(needs.filter((need) => { const reply = replyOf(need); return reply !== null && seen[need.id] !== reply; }).map((need) => need.id));
}
