import { describe, expect, it } from 'vitest';
import { recoverSuppressed } from './attack';
import { protectPublication } from './protect';
import { sumCommuneQuarters } from './raw';
import { communes, geo, inFamilyCare, needsRegistered, spec } from './test-data';
import type { PublishedTable, RawCount } from './types';

const off = { secondarySuppression: false };
const q1 = { year: 2025, from: 1, to: 1 };

/** District 0201 with quarters 1, 13, 13, 0: shown as "<10", 15, 15, 0 with a year of 25. */
const biasedRow: RawCount = sumCommuneQuarters(2025, { '020101': [1, 13, 13, 0] });
const districtQuarters = spec({ level: 'district', rows: ['0201'] });

describe('the attack on published tables', () => {
  it('pins a "<10" by subtraction along a row when nothing else is hidden', () => {
    const [table] = protectPublication({ specs: [districtQuarters], raw: { [needsRegistered.id]: biasedRow }, geo: geo() }, off);
    expect(table?.rows[0]?.cells.map((c) => (c.kind === 'count' ? c.value : c.kind))).toEqual(['small', 15, 15, 0]);
    expect(table?.rows[0]?.total).toEqual({ kind: 'count', value: 25 });
    const { recovered } = recoverSuppressed([table as PublishedTable], communes);
    expect(recovered).toEqual([expect.objectContaining({ geo: '0201', period: q1, published: 'small', lo: 1, hi: 1 })]);
  });

  it('pins a "<10" by subtraction across levels: districts within the province', () => {
    const raw = sumCommuneQuarters(2025, { '020101': [1, 0, 0, 0], '020201': [13, 0, 0, 0], '020301': [13, 0, 0, 0] });
    const districts = spec({ level: 'district', rows: ['0201', '0202', '0203'], grain: 'year', throughQuarter: 1 });
    const province = spec({ level: 'province', rows: ['02'], grain: 'year', throughQuarter: 1 });
    const tables = protectPublication({ specs: [districts, province], raw: { [needsRegistered.id]: raw }, geo: geo() }, off);
    const { recovered } = recoverSuppressed(tables, communes);
    expect(recovered.map((r) => [r.geo, r.lo])).toEqual([['0201', 1]]);
    // Either table alone gives nothing away.
    expect(recoverSuppressed([tables[0] as PublishedTable], communes).recovered).toEqual([]);
  });

  it('finds nothing once secondary suppression has run, and its ranges still hold the truth', () => {
    const tables = protectPublication({ specs: [districtQuarters], raw: { [needsRegistered.id]: biasedRow }, geo: geo() });
    const attack = recoverSuppressed(tables, communes);
    expect(attack.recovered).toEqual([]);
    expect(attack.ranges.length).toBeGreaterThanOrEqual(2);
    for (const r of attack.ranges) {
      const truth = biasedRow(r.geo, r.period);
      expect(truth).toBeGreaterThanOrEqual(r.lo);
      expect(truth).toBeLessThanOrEqual(r.hi);
    }
  });

  it('combines snapshots, and pins an unpublished commune as well as a "<10"', () => {
    // District 0202: communes 020201 and 020202 have a hive, 020203 has none and is never shown.
    const raw = sumCommuneQuarters(2025, { '020201': [0, 13, 0, 0], '020202': [0, 0, 13, 0], '020203': [1, 0, 0, 0] });
    const hive = geo(['020201', '020202']);
    const snapshot = (throughQuarter: 1 | 4) => [
      spec({ level: 'commune', rows: ['020201', '020202'], grain: 'year', throughQuarter }),
      spec({ level: 'district', rows: ['0202'], grain: throughQuarter === 1 ? 'quarter' : 'year', throughQuarter }),
    ];
    const first = protectPublication({ specs: snapshot(1), raw: { [needsRegistered.id]: raw }, geo: hive }, off);
    const fourth = protectPublication({ specs: snapshot(4), raw: { [needsRegistered.id]: raw }, geo: hive, earlier: first }, off);
    // Each snapshot alone is safe; together, Q1 shows the communes at 0 and the district at "<10", and the year
    // (25 against 15 + 15) leaves at most 1 for 020203.
    expect(recoverSuppressed(first, communes).recovered).toEqual([]);
    expect(recoverSuppressed(fourth, communes).recovered).toEqual([]);
    const both = recoverSuppressed([...first, ...fourth], communes).recovered;
    expect(both.map((r) => [r.geo, r.period.from, r.period.to, r.published, r.lo])).toEqual(
      expect.arrayContaining([
        ['0202', 1, 1, 'small', 1],
        ['020203', 1, 4, 'unpublished', 1],
      ]),
    );
    // Protected with the first snapshot in view, the fourth gives nothing away.
    const safe = protectPublication({ specs: snapshot(4), raw: { [needsRegistered.id]: raw }, geo: hive, earlier: first });
    expect(recoverSuppressed([...first, ...safe], communes).recovered).toEqual([]);
  });

  it('reads distinct children over time as "each quarter <= year <= sum of quarters", not as a sum', () => {
    // The same 12 children in care in Q1 and Q2: quarters 10, 10, 0, 0 and a year of 10.
    const stock: PublishedTable = {
      indicator: inFamilyCare,
      level: 'district',
      grain: 'quarter',
      columns: [1, 2, 3, 4].map((q) => ({ year: 2025, from: q, to: q })),
      totalPeriod: { year: 2025, from: 1, to: 4 },
      rows: [{ code: '0201', cells: [10, 10, 0, 0].map((value) => ({ kind: 'count', value })), total: { kind: 'count', value: 10 } }],
      columnTotal: null,
      totalsRoundedSeparately: true,
    };
    expect(recoverSuppressed([stock], communes).inconsistent).toEqual([]);
    // Read as a sum, the same figures contradict each other, and the attack claims nothing for that indicator.
    const asSum = recoverSuppressed([{ ...stock, indicator: { ...inFamilyCare, additiveOverTime: true } }], communes);
    expect(asSum.inconsistent).toEqual([inFamilyCare.id]);
    expect(asSum.recovered).toEqual([]);
  });
});
