// Rates for supporters (share of needs resolved, ...): shown only where both numbers are large enough (docs/DESIGN.md §5).
import { invalid } from '../errors';

export const rateMinimumCount = 10;
export const rateMinimumBase = 50;

export type PublishedRate =
  | { kind: 'rate'; percent: number }
  // Never why: "count too small" against "base too small" would bound the hidden numbers.
  | { kind: 'suppressed' };

/**
 * count / base as a whole percent, from the true counts. Whole percents, not exact fractions: next to a rounded
 * count, an exact fraction would give the true count back.
 */
export function rate(count: number, base: number): PublishedRate {
  if (!Number.isInteger(count) || !Number.isInteger(base) || count < 0 || base < 0 || count > base) {
    throw invalid('rate', `A rate needs whole counts with 0 <= count <= base, not ${count} of ${base}.`);
  }
  if (count < rateMinimumCount || base < rateMinimumBase) return { kind: 'suppressed' };
  return { kind: 'rate', percent: Math.round((100 * count) / base) };
}
