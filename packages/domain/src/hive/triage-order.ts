// The order of the staff triage queue: abuse concerns first, then urgency, then the oldest report.
import type { NeedCategory, NeedUrgency } from './schemas';

export type TriageOrderFields = { id: string; category: NeedCategory; urgency: NeedUrgency; reportedAt: string };

const urgencyRank: Record<NeedUrgency, number> = { urgent: 0, soon: 1, can_wait: 2 };

/** Milliseconds since 1970 fit below this until the year 2286; the bucket sits above it. */
const TIME_SPAN = 1e13;

/** A violence or abuse concern outranks any urgency: a child may be in danger tonight whatever the volunteer chose. */
function bucketOf(need: Pick<TriageOrderFields, 'category' | 'urgency'>): number {
  return (need.category === 'violence_or_abuse' ? 0 : 3) + urgencyRank[need.urgency];
}

/** An unreadable or pre-1970 time counts as the oldest, so a broken clock on a phone never hides a need. */
function reportedMs(reportedAt: string): number {
  const ms = Date.parse(reportedAt);
  return Number.isNaN(ms) ? 0 : Math.min(Math.max(ms, 0), TIME_SPAN - 1);
}

/**
 * A whole number to sort by, smallest first, that the repository can store in an INTEGER column and order by in
 * SQL: bucket (abuse x urgency, 0-5) times 10^13 plus the report time in ms. It stays below 6 * 10^13, well inside
 * the exact range of a double and of SQLite's 64-bit integers.
 */
export function triagePriority(need: Pick<TriageOrderFields, 'category' | 'urgency' | 'reportedAt'>): number {
  return bucketOf(need) * TIME_SPAN + reportedMs(need.reportedAt);
}

/** For Array.sort: the triage order, with the id as the last tie-break so the queue never reshuffles between loads. */
export function compareForTriage(a: TriageOrderFields, b: TriageOrderFields): number {
  return triagePriority(a) - triagePriority(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
