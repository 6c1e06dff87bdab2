// Dates and numbers for people, through Intl in English or Khmer, optionally with Khmer digits.
import type { Locale } from '@kruosar/domain';

export type Digits = 'latin' | 'khmer';

/** The organisation works in Cambodia: times show in Phnom Penh time wherever the browser is. */
export const displayTimeZone = 'Asia/Phnom_Penh';

// English uses British day-month-year order, which matches how dates are written in Khmer.
function tag(locale: Locale, digits: Digits): string {
  const base = locale === 'km' ? 'km' : 'en-GB';
  return `${base}-u-nu-${digits === 'khmer' ? 'khmr' : 'latn'}`;
}

export type NumberOptions = {
  digits?: Digits;
  /** Thousands separators; turn off for years, references and other identifiers. */
  grouping?: boolean;
  maximumFractionDigits?: number;
  style?: 'decimal' | 'percent';
};

export function formatNumber(value: number, locale: Locale, options: NumberOptions = {}): string {
  return new Intl.NumberFormat(tag(locale, options.digits ?? 'latin'), {
    useGrouping: options.grouping ?? true,
    maximumFractionDigits: options.maximumFractionDigits ?? 2,
    style: options.style ?? 'decimal',
  }).format(value);
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
  return new Intl.DateTimeFormat(tag(locale, options.digits ?? 'latin'), {
    dateStyle: options.style ?? 'medium',
    timeStyle: options.withTime && !isCalendarDate ? 'short' : undefined,
    timeZone: isCalendarDate ? 'UTC' : (options.timeZone ?? displayTimeZone),
  }).format(date);
}
