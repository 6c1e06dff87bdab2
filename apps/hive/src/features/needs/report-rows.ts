// "My reports" as one list: what waits on the phone and what the server has, each need once.
import type { NeedCategory, NeedStatus, NeedUrgency, VolunteerNeed } from '@kruosar/domain';
import type { PortalError } from '@kruosar/ui/hive-lite';
import type { Delivery, QueuedNeed } from '../outbox/queued-need';

export type ReportRow = {
  id: string;
  category: NeedCategory;
  urgency: NeedUrgency;
  villageCode: string;
  villageName: string;
  description: string;
  reportedAt: string;
  /** Where the phone's copy is, for needs the server's list does not show yet; null once it does. */
  delivery: Delivery | null;
  /** The team's status and message, once the server's list has the need. */
  status: NeedStatus | null;
  messageToVolunteer: string;
  failure: PortalError | null;
  /** The phone's copy, for "fix" and "delete" on a refused need. */
  queued: QueuedNeed | null;
  /** The server's version, to edit or withdraw it; null for a copy on the phone (or kept by an older app). */
  version: number | null;
  /** Written down by staff from the volunteer's phone call. */
  phonedIn: boolean;
};

const fromServer = (need: VolunteerNeed): ReportRow => ({
  ...need,
  delivery: null,
  failure: null,
  queued: null,
  version: need.version ?? null,
  phonedIn: need.phonedIn ?? false,
});

const fromPhone = (need: QueuedNeed): ReportRow => ({
  id: need.id,
  category: need.input.category,
  urgency: need.input.urgency,
  villageCode: need.input.villageCode,
  villageName: need.villageName,
  description: need.input.description,
  reportedAt: need.input.reportedAt,
  delivery: need.delivery,
  status: null,
  messageToVolunteer: '',
  failure: need.failure,
  queued: need,
  version: null,
  phonedIn: false,
});

/**
 * Refused needs first (they ask the volunteer to act), then the ones still on their way, then the server's, newest
 * first. A need the server lists is shown from the server, with its status, even if the phone still has a copy;
 * except a refused copy, which is another version of that need (an id replayed with other content), so both show.
 */
export function reportRows(server: readonly VolunteerNeed[], phone: readonly QueuedNeed[]): ReportRow[] {
  const onServer = new Set(server.map((n) => n.id));
  const local = phone.filter((n) => n.delivery === 'refused' || !onServer.has(n.id)).map(fromPhone);
  const rank = (row: ReportRow) => (row.delivery === 'refused' ? 0 : row.delivery ? 1 : 2);
  return [...local, ...server.map(fromServer)].sort((a, b) => rank(a) - rank(b) || b.reportedAt.localeCompare(a.reportedAt));
}
