// The attack test of docs/DESIGN.md §5: random small datasets, every table of four quarterly snapshots, attacked together.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recoverSuppressed } from './attack';
import { findTableSpecProblem } from './policy';
import type { DisclosurePolicy } from './protect';
import { DisclosureConflictError, protectPublication } from './protect';
import { sumCommuneQuarters } from './raw';
import { communes, geo, inFamilyCare, needsRegistered, reunified, spec } from './test-data';
import type { GeoContext, ImpactIndicator, ReportPeriod, PublishedTable, RawCount, TableSpec } from './types';

const districts = [...new Set(communes.map((c) => c.slice(0, 4)))];

/** Mostly zeros and 1-9, some 10-30, a few large enough for quarterly commune tables. */
const count = fc.oneof(
  { arbitrary: fc.constant(0), weight: 3 },
  { arbitrary: fc.integer({ min: 1, max: 9 }), weight: 4 },
  { arbitrary: fc.integer({ min: 10, max: 30 }), weight: 3 },
  { arbitrary: fc.integer({ min: 20, max: 60 }), weight: 1 },
);
const quarters = fc.array(count, { minLength: 4, maxLength: 4 });
const hiveSet = fc.subarray(communes);

/** Everything one quarterly snapshot publishes for an indicator, within the rules. */
function snapshotSpecs(indicator: ImpactIndicator, through: 1 | 2 | 3 | 4, g: GeoContext, raw: RawCount): TableSpec[] {
  const base = { indicator, throughQuarter: through };
  const specs = [
    spec({ ...base, level: 'province', rows: ['02'] }),
    spec({ ...base, level: 'district', rows: districts, columnTotals: true }),
  ];
  for (const district of districts) {
    const rows = communes.filter((c) => c.startsWith(district) && g.hiveCommunes.has(c));
    if (rows.length === 0) continue;
    const all = rows.length === communes.filter((c) => c.startsWith(district)).length;
    for (const grain of ['year', 'quarter'] as const) {
      const candidate = spec({ ...base, level: 'commune', rows, grain, columnTotals: all });
      if (findTableSpecProblem(candidate, g, raw) === null) specs.push(candidate);
    }
  }
  return specs;
}

/** Snapshots the rules refused (no cell could be hidden to keep every promise), out of all attempted. */
const refusals = { refused: 0, attempted: 0 };

/**
 * Protect four snapshots in turn, each with the earlier ones in view; returns every table. A snapshot may be
 * refused with the cells that conflict (the analyst then publishes fewer tables): later ones are still attempted.
 */
function publishYear(indicator: ImpactIndicator, raw: RawCount, g: GeoContext, policy?: DisclosurePolicy): PublishedTable[] {
  const published: PublishedTable[] = [];
  for (const through of [1, 2, 3, 4] as const) {
    const specs = snapshotSpecs(indicator, through, g, raw);
    refusals.attempted++;
    try {
      published.push(...protectPublication({ specs, raw: { [indicator.id]: raw }, geo: g, earlier: published }, policy));
    } catch (e) {
      if (!(e instanceof DisclosureConflictError) || e.conflicts.length === 0) throw e;
      refusals.refused++;
    }
  }
  return published;
}

function expectSafe(tables: PublishedTable[], raw: RawCount) {
  const attack = recoverSuppressed(tables, communes);
  expect(attack.inconsistent).toEqual([]);
  expect(attack.recovered).toEqual([]);
  expect(attack.narrowed).toEqual([]);
  for (const r of attack.ranges) {
    const truth = raw(r.geo, r.period);
    expect(truth >= r.lo && truth <= r.hi, `${r.geo} ${JSON.stringify(r.period)}: ${truth} outside ${r.lo}..${r.hi}`).toBe(true);
  }
}

const additiveCase = fc.record({
  counts: fc.array(quarters, { minLength: communes.length, maxLength: communes.length }),
  hive: hiveSet,
  indicator: fc.constantFrom(reunified, needsRegistered),
});
const rawOf = (counts: number[][]) => sumCommuneQuarters(2025, Object.fromEntries(communes.map((c, i) => [c, counts[i] ?? []])));

describe('the attack on every published table of a year', () => {
  it('recovers no hidden count from four snapshots of commune, district and province tables', () => {
    fc.assert(
      fc.property(additiveCase, ({ counts, hive, indicator }) => {
        const raw = rawOf(counts);
        expectSafe(publishYear(indicator, raw, geo(hive)), raw);
      }),
      { numRuns: 150 },
    );
  }, 90_000);

  it('refuses few snapshots: fewer than one in twenty', () => {
    expect(refusals.attempted).toBeGreaterThan(400);
    expect(refusals.refused / refusals.attempted).toBeLessThan(0.05);
  });

  it('would fail without secondary suppression: the same property breaks', () => {
    const property = fc.property(additiveCase, ({ counts, hive, indicator }) => {
      const raw = rawOf(counts);
      const attack = recoverSuppressed(publishYear(indicator, raw, geo(hive), { secondarySuppression: false }), communes);
      expect(attack.recovered).toEqual([]);
    });
    expect(() => fc.assert(property, { numRuns: 150, seed: 1 })).toThrow(/Property failed/);
  });

  it('recovers nothing for distinct children over time, where quarters do not add up to the year', () => {
    // Each child: a commune and the quarters they were in care; counts are distinct children per place and period.
    const child = fc.record({
      commune: fc.constantFrom(...communes),
      quarters: fc.subarray([1, 2, 3, 4], { minLength: 1 }),
    });
    fc.assert(
      fc.property(fc.array(child, { maxLength: 60 }), (children) => {
        const raw: RawCount = (place: string, p: ReportPeriod) =>
          children.filter((c) => c.commune.startsWith(place) && c.quarters.some((q) => q >= p.from && q <= p.to)).length;
        expectSafe(publishYear(inFamilyCare, raw, geo()), raw);
      }),
      { numRuns: 100 },
    );
  }, 90_000);
});
