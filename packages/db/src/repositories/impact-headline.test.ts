import { describe, expect, it } from 'vitest';
import type { TableCell } from '@kruosar/domain';
import { headlineOfQuarter } from './impact';
import { cellText, type HeadlineFigure, type SnapshotContent } from './impact-content';

const q = (from: number, to = from) => ({ year: 2026, from, to });
const figure = (key: string, cell: TableCell, from: number, to = from): HeadlineFigure => ({ key, value: cellText(cell), note: cell.kind, placeCode: '02', period: q(from, to), cell });
const content = (headline: HeadlineFigure[], trend: HeadlineFigure[]): SnapshotContent => ({
  quarter: '2026-Q2',
  year: 2026,
  throughQuarter: 2,
  communeYear: 2025,
  provinces: ['02'],
  tables: [],
  rates: [],
  statistics: [],
  hives: [],
  headline,
  trend,
});
const rate: HeadlineFigure = { key: 'hive_needs_resolved_share', value: '40%', note: 'rate', placeCode: '02', period: q(1, 2) };

describe('the headline of the impact page', () => {
  it('shows each count for the latest quarter, the period of the chart\'s last point', () => {
    const families = content(
      [figure('families_supported', { kind: 'count', value: 265 }, 1, 2), rate],
      [figure('families_supported', { kind: 'count', value: 25 }, 1), figure('families_supported', { kind: 'count', value: 240 }, 2)],
    );
    expect(headlineOfQuarter(families).map((f) => [f.key, f.value, f.period])).toEqual([
      ['families_supported', '240', q(2)],
      // Rates cover the year so far and say so.
      ['hive_needs_resolved_share', '40%', q(1, 2)],
    ]);
  });

  it('shows the year so far where the quarter is hidden, instead of a bare "x"', () => {
    const reunified = content(
      [figure('children_reunified', { kind: 'count', value: 20 }, 1, 2)],
      [figure('children_reunified', { kind: 'count', value: 10 }, 1), figure('children_reunified', { kind: 'suppressed' }, 2)],
    );
    expect(headlineOfQuarter(reunified).map((f) => [f.value, f.period])).toEqual([['20', q(1, 2)]]);
    // "<10" can be shown, so it is.
    const small = content(
      [figure('children_reunified', { kind: 'count', value: 20 }, 1, 2)],
      [figure('children_reunified', { kind: 'count', value: 15 }, 1), figure('children_reunified', { kind: 'small' }, 2)],
    );
    expect(headlineOfQuarter(small).map((f) => [f.value, f.period])).toEqual([['<10', q(2)]]);
  });
});
