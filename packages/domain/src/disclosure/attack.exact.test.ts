// A check on the attack itself: on tiny publications, an exact integer search finds no more than the interval attack.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { knowledgeOf, recoverSuppressed } from './attack';
import type { Lattice } from './lattice';
import { findTableSpecProblem } from './policy';
import type { Bounds } from './propagate';
import { copyBounds, propagate } from './propagate';
import { protectPublication } from './protect';
import { sumCommuneQuarters } from './raw';
import { needsRegistered, reunified, spec } from './test-data';
import type { GeoContext, ImpactIndicator, PublishedTable, RawCount, TableSpec } from './types';
import { reportCellKey } from './types';

/** Two districts of two communes: 16 commune-quarters, few enough to search exhaustively. */
const communes = ['020101', '020102', '020201', '020202'];
const districts = ['0201', '0202'];
/** Above any commune-quarter count generated here. */
const atomCap = 60;

/** Depth-first search over commune-quarter counts with propagation: is there any dataset these bounds allow? */
function anyDataset(lattice: Lattice, b: Bounds, atoms: readonly number[], steps: { left: number }): boolean {
  if (steps.left-- <= 0) throw new Error('search too long');
  let atom = -1;
  for (const a of atoms) {
    const width = (b.hi[a] as number) - (b.lo[a] as number);
    if (width > 0 && (atom < 0 || width < (b.hi[atom] as number) - (b.lo[atom] as number))) atom = a;
  }
  if (atom < 0) return true; // every commune-quarter fixed and propagation found no contradiction: a real dataset
  for (let v = b.lo[atom] as number; v <= (b.hi[atom] as number); v++) {
    const trial = copyBounds(b);
    trial.lo[atom] = v;
    trial.hi[atom] = v;
    if (propagate(lattice, trial, lattice.relationsOf[atom]) && anyDataset(lattice, trial, atoms, steps)) return true;
  }
  return false;
}

/** Hidden counts that only one value fits, found by exhaustive search. */
function exactRecoveries(tables: PublishedTable[], indicator: ImpactIndicator): string[] {
  const k = knowledgeOf(indicator, tables, communes);
  if (!propagate(k.lattice, k.bounds)) throw new Error('tables contradict each other');
  const atoms = k.lattice.keys.map((_, i) => i).filter((i) => k.geo[i]?.length === 6 && k.period[i]?.from === k.period[i]?.to);
  // A commune-quarter nothing bounds from above is capped; a cap can only remove alternatives, so it never hides a
  // recovery, it could only invent one (and fail this test for nothing).
  for (const a of atoms) k.bounds.hi[a] = Math.min(k.bounds.hi[a] as number, atomCap);
  if (!propagate(k.lattice, k.bounds)) throw new Error('cap too low');
  const found: string[] = [];
  k.lattice.keys.forEach((key, node) => {
    const shown = k.shown[node];
    if (shown === 'count') return;
    const fits: number[] = [];
    for (let v = k.bounds.lo[node] as number; v <= (k.bounds.hi[node] as number) && fits.length < 2; v++) {
      const trial = copyBounds(k.bounds);
      trial.lo[node] = v;
      trial.hi[node] = v;
      const ok = propagate(k.lattice, trial, k.lattice.relationsOf[node]) && anyDataset(k.lattice, trial, atoms, { left: 200_000 });
      if (ok) fits.push(v);
    }
    const pinned = fits.length === 1 && (shown !== undefined || ((fits[0] as number) >= 1 && (fits[0] as number) <= 9));
    if (pinned) found.push(`${key}=${fits[0]}`);
  });
  return found.sort();
}

function snapshotSpecs(indicator: ImpactIndicator, through: 1 | 2 | 3 | 4, g: GeoContext, raw: RawCount): TableSpec[] {
  const base = { indicator, throughQuarter: through };
  const specs = [spec({ ...base, level: 'province', rows: ['02'] }), spec({ ...base, level: 'district', rows: districts, columnTotals: true })];
  for (const district of districts) {
    const rows = communes.filter((c) => c.startsWith(district) && g.hiveCommunes.has(c));
    const candidate = spec({ ...base, level: 'commune', rows, grain: 'year', columnTotals: rows.length === 2 });
    if (rows.length > 0 && findTableSpecProblem(candidate, g, raw) === null) specs.push(candidate);
  }
  return specs;
}

/** Small counts, zeros, and counts that round up by 2 (13, 18, ...), which rounding attacks feed on. */
const count = fc.oneof(
  fc.constant(0),
  fc.integer({ min: 1, max: 9 }),
  fc.integer({ min: 2, max: 6 }).map((k) => 5 * k + 3),
  fc.integer({ min: 10, max: 30 }),
);
const dataset = fc.record({
  counts: fc.array(fc.array(count, { minLength: 4, maxLength: 4 }), { minLength: 4, maxLength: 4 }),
  hive: fc.subarray(communes),
  indicator: fc.constantFrom(reunified, needsRegistered),
});

type DatasetOf<A> = A extends fc.Arbitrary<infer T> ? T : never;

function publishYear({ counts, hive, indicator }: DatasetOf<typeof dataset>, secondarySuppression: boolean) {
  const raw = sumCommuneQuarters(2025, Object.fromEntries(communes.map((c, i) => [c, counts[i] ?? []])));
  const g: GeoContext = { communes, hiveCommunes: new Set(hive) };
  const published: PublishedTable[] = [];
  for (const through of [1, 2, 3, 4] as const) {
    const specs = snapshotSpecs(indicator, through, g, raw);
    published.push(...protectPublication({ specs, raw: { [indicator.id]: raw }, geo: g, earlier: published }, { secondarySuppression }));
  }
  return published;
}

const intervalRecoveries = (tables: PublishedTable[]) =>
  recoverSuppressed(tables, communes).recovered.map((r) => `${reportCellKey(r.geo, r.period)}=${r.lo}`).sort();

describe('the interval attack against an exact search', () => {
  it('finds, by exact search, the "<10" that rounding gives away in a row left alone', () => {
    // 1, 13, 13, 0 shows as "<10", 15, 15, 0 with a year of 25: the "<10" can only be 1.
    const raw = sumCommuneQuarters(2025, { '020101': [1, 13, 13, 0] });
    const g: GeoContext = { communes, hiveCommunes: new Set() };
    const tables = protectPublication(
      { specs: [spec({ level: 'district', rows: ['0201'] })], raw: { [needsRegistered.id]: raw }, geo: g },
      { secondarySuppression: false },
    );
    expect(exactRecoveries(tables, needsRegistered)).toEqual(['0201@2025Q1-1=1']);
    expect(intervalRecoveries(tables)).toEqual(['0201@2025Q1-1=1']);
  });

  it('misses nothing an exhaustive search over the commune-quarters would find', () => {
    fc.assert(
      fc.property(dataset, fc.boolean(), (data, secondary) => {
        const tables = publishYear(data, secondary);
        const exact = exactRecoveries(tables, data.indicator);
        // Exact search pins at least what the interval attack pins; it must pin nothing more.
        expect(exact).toEqual(intervalRecoveries(tables));
        if (secondary) expect(exact).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });
});
