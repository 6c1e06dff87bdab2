// A snapshot's quarter ("2026-Q3") in words, in the reader's language.
import type { Locale } from '@kruosar/domain';
import { formatNumber, formatYear } from '@kruosar/ui';

export function parseQuarter(quarter: string): { year: number; number: number } | null {
  const match = /^(\d{4})-Q([1-4])$/.exec(quarter);
  return match ? { year: Number(match[1]), number: Number(match[2]) } : null;
}

/** The interpolation values for supporters:impact.quarter, or null when the text is not yyyy-Qn. */
export function quarterWords(quarter: string, locale: Locale): { year: string; number: string } | null {
  const parsed = parseQuarter(quarter);
  return parsed ? { year: formatYear(parsed.year, locale), number: formatNumber(parsed.number, locale) } : null;
}
