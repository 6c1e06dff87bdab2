// Primary disclosure control of one count (docs/DESIGN.md §5), and what a published cell tells anyone who knows the rule.
import type { TableCell, CountUnit } from './types';

/** Person counts below this show as "<10". */
export const smallCountLimit = 10;
/** Other person counts are rounded to the nearest multiple of this. */
export const roundingBase = 5;

/** Integers never fall half-way between multiples of 5, so there are no ties to break. */
export const roundToBase = (count: number) => Math.round(count / roundingBase) * roundingBase;

/** Person counts: 0 shows, 1-9 become "<10", the rest are rounded to 5. Event counts are exempt and shown as they are. */
export function protectCount(count: number, unit: CountUnit): TableCell {
  if (unit === 'event' || count === 0) return { kind: 'count', value: count };
  if (count < smallCountLimit) return { kind: 'small' };
  return { kind: 'count', value: roundToBase(count) };
}

/**
 * The true counts consistent with a published cell, for someone who knows these rules: a rounded r came from
 * r-2..r+2 (and at least 10, or it would be "<10"); "<10" is 1..9; a suppressed cell is 10 or more, because only
 * shown non-zero counts are ever chosen to hide.
 */
export function knownRange(cell: TableCell, unit: CountUnit): readonly [number, number] {
  if (cell.kind === 'small') return [1, smallCountLimit - 1];
  if (cell.kind === 'suppressed') return [smallCountLimit, Number.POSITIVE_INFINITY];
  if (unit === 'event' || cell.value === 0) return [cell.value, cell.value];
  const spread = Math.floor(roundingBase / 2);
  return [Math.max(smallCountLimit, cell.value - spread), cell.value + spread];
}
