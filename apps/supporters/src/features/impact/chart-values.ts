// How a published cell is drawn: a count as itself, "<10" as a hatched bar up to 9 (never a guess inside 1-9),
// a hidden count as no bar at all. The label on the bar always says what the table says.
import type { TableCell } from '@kruosar/domain';

export const SMALL_COUNT_CEILING = 9;

export type ChartPoint = {
  /** Bar length: the count, 9 for "<10", null when hidden (no bar). */
  value: number | null;
  kind: TableCell['kind'];
  /** The text the published table shows: "45", "<10" or "x". */
  label: string;
};

export function chartPointOf(cell: TableCell | undefined): ChartPoint {
  if (!cell) return { value: null, kind: 'suppressed', label: '' };
  if (cell.kind === 'count') return { value: cell.value, kind: 'count', label: String(cell.value) };
  if (cell.kind === 'small') return { value: SMALL_COUNT_CEILING, kind: 'small', label: '<10' };
  return { value: null, kind: 'suppressed', label: 'x' };
}

/** Bubble radius by area, so a bubble twice the size means about twice as many; "<10" gets the size of 9. */
export function bubbleRadius(point: ChartPoint, largest: number, maxRadius: number, minRadius = 5): number {
  if (point.value === null || point.value === 0 || largest <= 0) return minRadius;
  return Math.max(minRadius, maxRadius * Math.sqrt(point.value / largest));
}

/** The largest drawn value, for scales (0 when nothing is drawn). */
export const largestOf = (points: readonly ChartPoint[]) => points.reduce((max, p) => Math.max(max, p.value ?? 0), 0);
