import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors';
import { cellsOf, recoverSuppressed } from './attack';
import { protectPublication, protectTable } from './protect';
import { sumCommuneQuarters } from './raw';
import { communes, geo, needsRegistered, reunified, sessionsHeld, spec } from './test-data';
import type { RawCount, TableCell, TableRow } from './types';
import { PublishedTable } from './types';

const show = (c: TableCell | null) => (c === null ? null : c.kind === 'count' ? c.value : c.kind === 'small' ? '<10' : 'x');
const line = (row: TableRow | null | undefined) => (row ? [...row.cells.map(show), show(row.total)] : null);
const districts = ['0201', '0202', '0203'];
const byDistrict = (rows: Record<string, number[]>): RawCount =>
  sumCommuneQuarters(2025, Object.fromEntries(Object.entries(rows).map(([d, qs]) => [`${d}01`, qs])));

describe('protecting a publication', () => {
  it('rounds each count and each total from the true counts, on its own', () => {
    const raw = byDistrict({ '0201': [11, 11, 11, 11], '0202': [20, 20, 20, 20], '0203': [30, 30, 30, 30] });
    const table = protectTable(spec({ level: 'district', rows: districts, columnTotals: true }), raw, geo());
    expect(table.rows.map(line)).toEqual([
      [10, 10, 10, 10, 45],
      [20, 20, 20, 20, 80],
      [30, 30, 30, 30, 120],
    ]);
    expect(table.columnTotal?.code).toBe('02');
    expect(line(table.columnTotal)).toEqual([60, 60, 60, 60, 245]);
    expect(table.totalsRoundedSeparately).toBe(true);
    expect(table.columns).toEqual([1, 2, 3, 4].map((q) => ({ year: 2025, from: q, to: q })));
    expect(table.totalPeriod).toEqual({ year: 2025, from: 1, to: 4 });
    // What is stored in a snapshot reads back the same through the schema.
    expect(PublishedTable.parse(JSON.parse(JSON.stringify(table)))).toEqual(table);
  });

  it('hides rounded counts a separately rounded total would pin: four 12s shown as 10 with a total of 50', () => {
    const raw = byDistrict({ '0201': [12, 12, 12, 12], '0202': [20, 20, 20, 20], '0203': [31, 31, 31, 31] });
    const table = protectTable(spec({ level: 'district', rows: districts, columnTotals: true }), raw, geo());
    expect(line(table.rows[0])).not.toEqual([10, 10, 10, 10, 50]);
    expect(recoverSuppressed([table], communes).narrowed).toEqual([]);
  });

  it('hides a second, non-zero cell in every row and column with a "<10", never a zero', () => {
    const raw = byDistrict({ '0201': [3, 0, 40, 25], '0202': [20, 30, 20, 20], '0203': [50, 0, 30, 35] });
    const table = protectTable(spec({ level: 'district', rows: districts, columnTotals: true }), raw, geo());
    const rows = [...table.rows, table.columnTotal as TableRow];
    expect(show(rows[0]?.cells[0] ?? null)).toBe('<10');
    expect(show(rows[0]?.cells[1] ?? null)).toBe(0);
    expect(show(rows[2]?.cells[1] ?? null)).toBe(0);
    const hiddenIn = (cells: (TableCell | null | undefined)[]) => cells.filter((c) => c && c.kind !== 'count').length;
    for (const row of rows) expect([0, 2, 3, 4, 5]).toContain(hiddenIn([...row.cells, row.total]));
    for (let q = 0; q < 4; q++) expect([0, 2, 3, 4]).toContain(hiddenIn(rows.map((r) => r.cells[q])));
    // Every complementary cell hides a count of 10 or more, as the attack assumes.
    for (const { geo: code, period, cell } of cellsOf(table)) {
      if (cell.kind === 'suppressed') expect(raw(code, period)).toBeGreaterThanOrEqual(10);
    }
  });

  it('hides the total too when the "<10" and its complement are the only non-zero parts', () => {
    const raw = byDistrict({ '0201': [3, 0, 0, 25] });
    const table = protectTable(spec({ level: 'district', rows: ['0201'] }), raw, geo());
    expect(line(table.rows[0])).toEqual(['<10', 0, 0, 'x', 'x']);
  });

  it('shows counts that are not about people exactly, hiding nothing', () => {
    const raw = byDistrict({ '0201': [3, 0, 13, 1] });
    const table = protectTable(spec({ indicator: sessionsHeld, level: 'district', rows: ['0201'] }), raw, geo());
    expect(line(table.rows[0])).toEqual([3, 0, 13, 1, 17]);
    expect(table.totalsRoundedSeparately).toBe(false);
  });

  it('keeps what earlier snapshots showed and gives one answer for a place shown in two tables', () => {
    const raw = byDistrict({ '0201': [44, 7, 12, 0], '0202': [0, 0, 0, 0], '0203': [0, 59, 2, 0] });
    const request = (throughQuarter: 2 | 3, earlier: PublishedTable[] = []) =>
      protectPublication({
        specs: [
          spec({ indicator: reunified, level: 'district', rows: districts, columnTotals: true, throughQuarter }),
          spec({ indicator: reunified, level: 'province', rows: ['02'], grain: 'year', throughQuarter }),
        ],
        raw: { [reunified.id]: raw },
        geo: geo(),
        earlier,
      });
    const first = request(2);
    const second = request(3, first);
    const firstTwoQuarters = (tables: PublishedTable[]) => tables[0]?.rows.map((r) => r.cells.slice(0, 2));
    expect(firstTwoQuarters(second)).toEqual(firstTwoQuarters(first));
    // Protected on its own, the third-quarter snapshot would hide other Q1-Q2 cells than the first one did.
    expect(firstTwoQuarters(request(3))).not.toEqual(firstTwoQuarters(first));
    // The province's year to date is the districts' column total and the province table's only cell.
    expect(second[0]?.columnTotal?.total).toEqual(second[1]?.rows[0]?.cells[0]);
    expect(second[1]?.level).toBe('province');
  });

  it('refuses what the rules forbid, with a DomainError INVALID', () => {
    const raw = byDistrict({ '0201': [3, 0, 0, 25] });
    const refused = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return error instanceof DomainError ? [error.code, error.messageKey] : error;
      }
      return 'accepted';
    };
    const communeReunified = spec({ indicator: reunified, level: 'commune', rows: ['020101'], grain: 'year' });
    expect(refused(() => protectTable(communeReunified, raw, geo()))).toEqual(['INVALID', 'errors.disclosure.sensitiveBelowDistrict']);
    const district = spec({ level: 'district', rows: ['0201'] });
    expect(refused(() => protectTable(district, () => -1, geo()))).toEqual(['INVALID', 'errors.invalid']);
    expect(refused(() => protectTable(district, () => 2.5, geo()))).toEqual(['INVALID', 'errors.invalid']);
    expect(refused(() => protectPublication({ specs: [district], raw: {}, geo: geo() }))).toEqual(['INVALID', 'errors.invalid']);
    const twoWays = [district, { ...district, indicator: { ...needsRegistered, additiveOverTime: false } }];
    expect(refused(() => protectPublication({ specs: twoWays, raw: { [needsRegistered.id]: raw }, geo: geo() }))).toEqual([
      'INVALID',
      'errors.invalid',
    ]);
  });
});
