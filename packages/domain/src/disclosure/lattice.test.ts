import { describe, expect, it } from 'vitest';
import { buildLattice, periodsOf } from './lattice';
import { reportCellKey } from './types';

const year = (from: number, to: number) => ({ year: 2025, from, to });

describe('the lattice of places and periods', () => {
  const lattice = buildLattice(['020101', '020102', '020201', '030101'], new Set(['02']), [2025], true);
  const relation = (whole: string, parts: string[]) =>
    lattice.relations.find(
      (r) => lattice.keys[r.whole] === whole && r.parts.map((p) => lattice.keys[p]).join() === parts.join(),
    );

  it('has every place of the chosen provinces, in every run of quarters', () => {
    expect(periodsOf(2025)).toHaveLength(10);
    expect(lattice.keys).toHaveLength(6 * 10); // 02, 0201, 020101, 020102, 0202, 020201; province 03 left out
    expect(lattice.index.has(reportCellKey('030101', year(1, 4)))).toBe(false);
  });

  it('relates a place to its parts at each level below, and a period to every way of cutting it', () => {
    expect(relation(reportCellKey('0201', year(1, 1)), [reportCellKey('020101', year(1, 1)), reportCellKey('020102', year(1, 1))])?.kind).toBe('sum');
    expect(relation(reportCellKey('02', year(2, 2)), ['0201', '0202'].map((d) => reportCellKey(d, year(2, 2))))).toBeDefined();
    expect(relation(reportCellKey('02', year(2, 2)), ['020101', '020102', '020201'].map((c) => reportCellKey(c, year(2, 2))))).toBeDefined();
    const quarters = [1, 2, 3, 4].map((q) => reportCellKey('020101', year(q, q)));
    expect(relation(reportCellKey('020101', year(1, 4)), quarters)).toBeDefined();
    expect(relation(reportCellKey('020101', year(1, 4)), [reportCellKey('020101', year(1, 3)), reportCellKey('020101', year(4, 4))])).toBeDefined();
    const splitsOfYear = lattice.relations.filter((r) => r.whole === lattice.index.get(reportCellKey('020101', year(1, 4))));
    expect(splitsOfYear).toHaveLength(7); // 2^3 - 1 ways to cut four quarters; a commune has no parts
  });

  it('reads periods of distinct people as a cover, places still as a sum', () => {
    const stock = buildLattice(['020101', '020102'], new Set(['02']), [2025], false);
    const placeOf = (node: number) => stock.keys[node]?.split('@')[0];
    for (const r of stock.relations) {
      const overTime = r.parts.every((p) => placeOf(p) === placeOf(r.whole));
      expect(r.kind).toBe(overTime ? 'cover' : 'sum');
    }
    expect(new Set(stock.relations.map((r) => r.kind))).toEqual(new Set(['cover', 'sum']));
  });
});
