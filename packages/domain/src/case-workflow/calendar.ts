// Calendar arithmetic on ISO dates (yyyy-mm-dd) for due dates, reviews and follow-ups. UTC only, no clocks.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 24 * 60 * 60 * 1000;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Year, month (1-12) and day of a real calendar date, or null ("2015-02-30" is not one, though Date.parse accepts it). */
export function parseIsoDate(date: string): { year: number; month: number; day: number } | null {
  const m = ISO_DATE.exec(date);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function isRealDate(date: string): boolean {
  return parseIsoDate(date) !== null;
}

function partsOf(date: string): { year: number; month: number; day: number } {
  const parts = parseIsoDate(date);
  if (!parts) throw new RangeError(`Not an ISO date: ${date}`);
  return parts;
}

function format(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function toUtcMs(date: string): number {
  const { year, month, day } = partsOf(date);
  return Date.UTC(year, month - 1, day);
}

/**
 * The same day n months later; when that month is shorter the last day of it (31 Jan + 1 month = 28/29 Feb),
 * so a schedule counted from one start date never drifts.
 */
export function addMonths(date: string, months: number): string {
  const { year, month, day } = partsOf(date);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return format(y, m, Math.min(day, daysInMonth(y, m)));
}

export function addDays(date: string, days: number): string {
  const d = new Date(toUtcMs(date) + days * DAY_MS);
  return format(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / DAY_MS);
}

/** The date part of an ISO timestamp or date. */
export function dateOf(isoDateOrTime: string): string {
  return isoDateOrTime.slice(0, 10);
}

export const dueStatuses = ['done', 'due', 'overdue', 'upcoming'] as const;
export type DueStatus = (typeof dueStatuses)[number];

/** How many days ahead something counts as due now (the dashboard's "this week"). */
export const DUE_SOON_DAYS = 7;

/** Where a dated task stands today: done, overdue (due date passed), due (within 7 days) or upcoming. */
export function dueStatus(dueDate: string, doneOn: string | null, today: string): DueStatus {
  if (doneOn !== null) return 'done';
  const daysLeft = daysBetween(today, dueDate);
  if (daysLeft < 0) return 'overdue';
  return daysLeft <= DUE_SOON_DAYS ? 'due' : 'upcoming';
}
