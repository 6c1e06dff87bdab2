// Dates and numbers for people, in English or Khmer, optionally with Khmer digits.
//
// English goes through Intl ('en-GB': day-month-year, as dates are written in Khmer). Khmer is
// assembled here from Intl's numeric parts plus the Khmer month names, because browsers differ:
// Debian's Chromium has no Khmer locale data at all (Intl silently falls back to US English,
// "Nov 12, 2026"), and where ICU has it, its patterns carry zero-width spaces and a 12-hour "PM".
// Khmer digits are a mapping of the Latin ones, so they work in every browser.
import { asciiToKhmerDigits, type Locale } from '@kruosar/domain';

export type Digits = 'latin' | 'khmer';

/** The organisation works in Cambodia: times show in Phnom Penh time wherever the browser is. */
export const displayTimeZone = 'Asia/Phnom_Penh';

/** CLDR's Khmer month names (the same ICU uses where it has Khmer). */
export const khmerMonths = ['មករា', 'កុម្ភៈ', 'មីនា', 'មេសា', 'ឧសភា', 'មិថុនា', 'កក្កដា', 'សីហា', 'កញ្ញា', 'តុលា', 'វិច្ឆិកា', 'ធ្នូ'] as const;

const withDigits = (text: string, digits: Digits) => (digits === 'khmer' ? asciiToKhmerDigits(text) : text);

export type NumberOptions = {
  digits?: Digits;
  /** Thousands separators; turn off for years, references and other identifiers. */
  grouping?: boolean;
  maximumFractionDigits?: number;
  style?: 'decimal' | 'percent';
};

export function formatNumber(value: number, _locale: Locale, options: NumberOptions = {}): string {
  // Khmer writes numbers like English (1,235 and 45%); only the digits may differ.
  const text = new Intl.NumberFormat('en-GB', {
    useGrouping: options.grouping ?? true,
    maximumFractionDigits: options.maximumFractionDigits ?? 2,
    style: options.style ?? 'decimal',
  }).format(value);
  return withDigits(text, options.digits ?? 'latin');
}

/** A year or an identifier: never grouped ("2032", not "2,032"). */
export function formatYear(year: number, locale: Locale, digits: Digits = 'latin'): string {
  return formatNumber(year, locale, { digits, grouping: false, maximumFractionDigits: 0 });
}

export type DateOptions = {
  digits?: Digits;
  style?: 'short' | 'medium' | 'long';
  withTime?: boolean;
  timeZone?: string;
};

const dateOnly = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A calendar date ("2015-03-07", e.g. a date of birth) is shown as written, with no time-zone
 * shift; an instant (ISO timestamp) is shown in Phnom Penh time.
 */
export function formatDate(value: string | Date, locale: Locale, options: DateOptions = {}): string {
  const isCalendarDate = typeof value === 'string' && dateOnly.test(value);
  const date = typeof value === 'string' ? new Date(isCalendarDate ? `${value}T00:00:00Z` : value) : value;
  if (Number.isNaN(date.getTime())) return typeof value === 'string' ? value : '';
  const timeZone = isCalendarDate ? 'UTC' : (options.timeZone ?? displayTimeZone);
  const withTime = Boolean(options.withTime) && !isCalendarDate;
  const style = options.style ?? 'medium';
  const text =
    locale === 'km'
      ? khmerDate(date, { style, withTime, timeZone })
      : new Intl.DateTimeFormat('en-GB', { dateStyle: style, timeStyle: withTime ? 'short' : undefined, timeZone }).format(date);
  return withDigits(text, options.digits ?? 'latin');
}

function khmerDate(date: Date, { style, withTime, timeZone }: { style: 'short' | 'medium' | 'long'; withTime: boolean; timeZone: string }): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone })
      .formatToParts(date)
      .map((p) => [p.type, p.value]),
  ) as Record<'year' | 'month' | 'day' | 'hour' | 'minute', string>;
  const day = String(Number(parts.day));
  const month = Number(parts.month);
  const dateText =
    style === 'short' ? `${parts.day}/${String(month).padStart(2, '0')}/${parts.year}` : `${day} ${khmerMonths[month - 1]} ${parts.year}`;
  return withTime ? `${dateText}, ${parts.hour}:${parts.minute}` : dateText;
}
