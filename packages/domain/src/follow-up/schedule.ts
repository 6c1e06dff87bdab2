// Follow-up visits scheduled from a placement (docs/DESIGN.md §4), and where each visit stands today.
import { addMonths, dueStatus, type DueStatus } from '../case-workflow/calendar';
import { invalid } from '../errors';

/** After a reunification: monthly for 6 months, then quarterly until 24 months after the placement started. */
export const reunificationFollowUpMonths = [1, 2, 3, 4, 5, 6, 9, 12, 15, 18, 21, 24] as const;

/** A plan may set its own months; a schedule longer than 5 years is a typing error, not a plan. */
export const MAX_FOLLOW_UP_MONTHS = 60;

export type FollowUpScheduleOptions = { overrideMonths?: readonly number[] };

/**
 * Due dates (yyyy-mm-dd) of the follow-up visits after a placement starts, counted from the start date each time
 * so a start on the 31st gives the last day of shorter months and never drifts. The plan may override the months.
 */
export function scheduleFollowUps(placement: { startDate: string }, options: FollowUpScheduleOptions = {}): string[] {
  const months = options.overrideMonths ?? reunificationFollowUpMonths;
  for (const m of months) {
    if (!Number.isInteger(m) || m < 1 || m > MAX_FOLLOW_UP_MONTHS) {
      throw invalid('overrideMonths', `overrideMonths: each follow-up month must be a whole number from 1 to ${MAX_FOLLOW_UP_MONTHS}`);
    }
  }
  const unique = [...new Set(months)].sort((a, b) => a - b);
  return unique.map((m) => addMonths(placement.startDate, m));
}

/** A cancelled visit (cancelledOn set) is on no list. */
type Visit = { dueDate: string; doneOn: string | null; cancelledOn?: string | null };
const isOpen = (v: Visit): boolean => v.cancelledOn == null;

/** done, due (within the coming 7 days), overdue (past its date) or upcoming. */
export function followUpStatus(dueDate: string, doneOn: string | null, today: string): DueStatus {
  return dueStatus(dueDate, doneOn, today);
}

/** The dashboard's "due this week": not done, due today or in the coming 7 days. */
export function followUpsDueThisWeek<T extends Visit>(visits: readonly T[], today: string): T[] {
  return visits.filter((v) => isOpen(v) && followUpStatus(v.dueDate, v.doneOn, today) === 'due').sort(byDueDate);
}

/** Not done and past their date, oldest first: the longest-waiting family is visited first. */
export function overdueFollowUps<T extends Visit>(visits: readonly T[], today: string): T[] {
  return visits.filter((v) => isOpen(v) && followUpStatus(v.dueDate, v.doneOn, today) === 'overdue').sort(byDueDate);
}

function byDueDate(a: Visit, b: Visit): number {
  return a.dueDate.localeCompare(b.dueDate);
}
