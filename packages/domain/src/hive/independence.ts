// A commune hive's milestones towards running without the organisation, its independence index, and the 2032 goal.
import { z } from 'zod';
import { IsoDate } from '../common/schemas';
import { countInput } from './count-input';
import type { NeedStatus } from './schemas';

/** A hive meets monthly, so six meetings in six months is "regular". */
export const REGULAR_MEETINGS_PER_6_MONTHS = 6;
export const INDEPENDENCE_DEADLINE = '2032-12-31';

export const HiveMilestones = z.object({
  committeeFormed: z.boolean(),
  volunteersTrained: countInput(10_000),
  /** How many trained volunteers this commune needs (set by staff, e.g. two per village). */
  volunteersTarget: countInput(10_000).pipe(z.number().min(1, 'The target needs at least one volunteer')),
  meetingsHeldLast6Months: countInput(1_000),
  shareOfNeedsResolvedLocally: z.number().min(0).max(1),
  budgetLineAdopted: z.boolean(),
  referralPathwayMapped: z.boolean(),
});
export type HiveMilestones = z.infer<typeof HiveMilestones>;

/**
 * Points out of 100, and why:
 * - needs resolved locally 25: the outcome itself, a commune solving its families' problems without us;
 * - volunteers trained 20: trained volunteers are how needs are found early, before a crisis;
 * - committee formed 15: someone owns the hive, but a committee on paper is not yet independence;
 * - regular meetings 15: a committee that meets is one that keeps going after we leave;
 * - commune council budget line 15: money of its own, so the hive survives the end of our funding;
 * - referral pathway mapped 10: knowing where to send what it cannot solve; needed, but cheap to reach.
 * Partial progress counts in proportion (volunteers to target, meetings to six, share of needs), capped at full.
 */
export const independenceWeights = {
  shareOfNeedsResolvedLocally: 25,
  volunteersTrained: 20,
  committeeFormed: 15,
  regularMeetings: 15,
  budgetLineAdopted: 15,
  referralPathwayMapped: 10,
} as const;

const fraction = (x: number) => (Number.isFinite(x) ? Math.min(Math.max(x, 0), 1) : 0);
const yes = (b: boolean) => (b ? 1 : 0);

/** 0-100, one decimal. Monotone: more of any milestone never lowers it (the target is not a milestone). */
export function independenceIndex(m: HiveMilestones): number {
  const w = independenceWeights;
  const points =
    w.shareOfNeedsResolvedLocally * fraction(m.shareOfNeedsResolvedLocally) +
    w.volunteersTrained * fraction(m.volunteersTrained / m.volunteersTarget) +
    w.committeeFormed * yes(m.committeeFormed) +
    w.regularMeetings * fraction(m.meetingsHeldLast6Months / REGULAR_MEETINGS_PER_6_MONTHS) +
    w.budgetLineAdopted * yes(m.budgetLineAdopted) +
    w.referralPathwayMapped * yes(m.referralPathwayMapped);
  return Math.round(points * 10) / 10;
}

/** Meetings on or before today and after the same day six calendar months earlier. */
export function countMeetingsInLastSixMonths(meetingDates: readonly string[], today: string): number {
  const end = new Date(`${today}T00:00:00Z`);
  const start = new Date(end);
  start.setUTCMonth(start.getUTCMonth() - 6);
  return meetingDates.filter((d) => {
    const t = Date.parse(`${d}T00:00:00Z`);
    return t > start.getTime() && t <= end.getTime();
  }).length;
}

/**
 * Of the needs staff have decided (not counting "not actionable"), the share resolved in the commune rather than
 * taken on as a case or referred to an agency. No decided needs yet gives 0: nothing has been shown yet.
 */
export function shareOfNeedsResolvedLocally(statuses: readonly NeedStatus[]): number {
  const decided = statuses.filter((s) => s === 'resolved' || s === 'linked_to_case' || s === 'referred').length;
  return decided === 0 ? 0 : statuses.filter((s) => s === 'resolved').length / decided;
}

export const IndependencePoint = z.object({ date: IsoDate, index: z.number().min(0).max(100) });
export type IndependencePoint = z.infer<typeof IndependencePoint>;

export type IndependenceProgress =
  | { status: 'not_enough_history'; latestIndex: number | null }
  | { status: 'reached'; latestIndex: number }
  | {
      status: 'on_track' | 'behind';
      latestIndex: number;
      /** The trend: least-squares slope of the history, in index points a year. */
      pointsPerYear: number;
      /** What is still needed each year, from the latest index to 100 by the deadline; null once it has passed. */
      requiredPointsPerYear: number | null;
      /** The latest index carried forward from its date at the trend's pace to the deadline, capped to 0-100. */
      projectedIndexAtDeadline: number;
      /** When the trend reaches 100, or null when the trend is flat, falling or too slow to name a date. */
      projectedDateOf100: string | null;
    };

const YEAR = 365.25 * 24 * 60 * 60 * 1000;
const at = (date: string) => Date.parse(`${date}T00:00:00Z`);

/** A crawling pace can put 100 beyond any calendar a Date can print; that is "not in sight", not a crash. */
const LAST_DATE = Date.parse('9999-12-31T00:00:00Z');
const dateOrNull = (ms: number) => (ms <= LAST_DATE ? new Date(ms).toISOString().slice(0, 10) : null);

/** Least-squares slope of index against time, in points a year; null when all points share one date. */
function trendPerYear(points: readonly IndependencePoint[]): number | null {
  const xs = points.map((p) => at(p.date) / YEAR);
  const meanX = xs.reduce((s, x) => s + x, 0) / xs.length;
  const meanY = points.reduce((s, p) => s + p.index, 0) / points.length;
  let sxx = 0;
  let sxy = 0;
  points.forEach((p, i) => {
    const dx = xs[i]! - meanX;
    sxx += dx * dx;
    sxy += dx * (p.index - meanY);
  });
  return sxx === 0 ? null : sxy / sxx;
}

/**
 * Is the commune on track for an index of 100 by 31 December 2032? Its pace is the least-squares slope through its
 * whole history up to today (so one odd measurement does not swing it), carried forward from its latest index and
 * that index's date: on track when latest + pace x years from then to the deadline >= 100. Points dated after
 * today are ignored; at least two dates are needed to see a pace. Past the deadline, anything short of 100 is behind.
 */
export function progressTo2032(history: readonly IndependencePoint[], today: string): IndependenceProgress {
  const known = history.filter((p) => at(p.date) <= at(today)).sort((a, b) => at(a.date) - at(b.date));
  const latest = known.at(-1);
  if (!latest) return { status: 'not_enough_history', latestIndex: null };
  if (latest.index >= 100) return { status: 'reached', latestIndex: latest.index };
  const pace = trendPerYear(known);
  if (pace === null) return { status: 'not_enough_history', latestIndex: latest.index };
  const deadline = at(INDEPENDENCE_DEADLINE);
  const projected = latest.index + pace * Math.max(0, (deadline - at(latest.date)) / YEAR);
  const yearsLeft = (deadline - at(today)) / YEAR;
  return {
    status: yearsLeft >= 0 && projected >= 100 ? 'on_track' : 'behind',
    latestIndex: latest.index,
    pointsPerYear: pace,
    requiredPointsPerYear: yearsLeft > 0 ? (100 - latest.index) / yearsLeft : null,
    projectedIndexAtDeadline: Math.min(100, Math.max(0, projected)),
    projectedDateOf100: pace > 0 ? dateOrNull(at(latest.date) + ((100 - latest.index) / pace) * YEAR) : null,
  };
}
