// The property of issue 14: whatever the data, the late changes and the corrections, no published cell of any
// publication still public narrows below its promise under the exact attack (milp.ts) on all of them together.
import fc from 'fast-check';
import loadHighs from 'highs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LinearSolver } from './milp';
import { brokenPromises, highsSolver, solveRevisions } from './milp';
import { DisclosureConflictError, protectPublication } from './protect';
import { sumCommuneQuarters } from './raw';
import type { PublicRevision, RevisionLink } from './revisions';
import { communes, geo, needsRegistered, reunified, spec } from './test-data';
import type { ImpactIndicator, PublishedTable, TableSpec } from './types';

let solver: LinearSolver;
beforeAll(async () => {
  solver = highsSolver(await loadHighs());
});

const districts = [...new Set(communes.map((c) => c.slice(0, 4)))];
const specsOf = (indicator: ImpactIndicator, through: 1 | 2 | 3 | 4, levels: readonly ('province' | 'district')[]): TableSpec[] =>
  levels.map((level) => spec({ indicator, throughQuarter: through, level, rows: level === 'province' ? ['02'] : districts, columnTotals: level === 'district' }));

/** Zeros, "<10" counts, and counts that round across a midpoint when a record or two moves them. */
const count = fc.oneof(
  { arbitrary: fc.constant(0), weight: 2 },
  { arbitrary: fc.integer({ min: 1, max: 9 }), weight: 3 },
  { arbitrary: fc.integer({ min: 8, max: 30 }), weight: 3 },
);
/** A change to a commune-quarter that becomes known after publication `after` (5: after the first correction). */
const change = fc.record({
  commune: fc.constantFrom(...communes),
  quarter: fc.integer({ min: 1, max: 4 }),
  delta: fc.constantFrom(-1, 1, 1, 2, 3),
  after: fc.integer({ min: 1, max: 5 }),
});
const scenario = fc.record({
  counts: fc.array(fc.array(count, { minLength: 4, maxLength: 4 }), { minLength: communes.length, maxLength: communes.length }),
  changes: fc.array(change, { minLength: 1, maxLength: 4 }),
  indicator: fc.constantFrom(reunified, needsRegistered),
});
type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

/** How corrections are published: today's rules, or the naive way (protected again on their own). */
type Corrections = 'beside everything public' | 'on their own';

/**
 * Publish four quarterly snapshots and one or two corrections of the year. A change to a quarter already published
 * counts in the first open quarter (published figures stand); a correction restates the year with every change in
 * its own quarter. A correction the rules refuse is published at province level; if that is refused too, the
 * analyst withdraws the year's publications and publishes it alone.
 */
function publish({ counts, changes, indicator }: Scenario, corrections: Corrections) {
  const truth = counts.map((qs) => [...qs]);
  const booked = counts.map((qs) => [...qs]);
  const apply = (rows: number[][], c: number, q: number, delta: number) => {
    const row = rows[c] as number[];
    if ((row[q - 1] as number) + delta < 0) return false;
    row[q - 1] = (row[q - 1] as number) + delta;
    return true;
  };
  const rawOf = (rows: number[][]) => ({ [indicator.id]: sumCommuneQuarters(2025, Object.fromEntries(communes.map((c, i) => [c, rows[i] ?? []]))) });
  let revisions: PublicRevision[] = [];
  let links: RevisionLink[] = [];
  const link = (to: string, reason?: RevisionLink['reason']) => {
    const from = revisions.at(-1);
    if (from) links.push({ from: from.id, to, stated: [], reason });
  };
  const learn = (after: number) => {
    let negative = false;
    for (const ch of changes.filter((x) => x.after === after)) {
      const c = communes.indexOf(ch.commune);
      if (!apply(truth, c, ch.quarter, ch.delta)) continue;
      negative ||= ch.delta < 0;
      // Late for a published quarter: counted when recorded, in the next quarter still open.
      const booking = ch.quarter <= after ? Math.min(after + 1, 4) : ch.quarter;
      if (after < 4 && !apply(booked, c, booking, ch.delta)) apply(truth, c, ch.quarter, -ch.delta);
      if (after >= 4) apply(booked, c, ch.quarter, ch.delta);
    }
    return negative;
  };
  for (const through of [1, 2, 3, 4] as const) {
    const earlier = revisions.flatMap((r) => r.tables);
    const tables = protectPublication({ specs: specsOf(indicator, through, ['province', 'district']), raw: rawOf(booked), geo: geo(), earlier });
    link(`Q${through}`);
    revisions.push({ id: `Q${through}`, tables });
    learn(through);
  }
  for (let n = 2; n <= 3; n++) {
    const id = `Q4r${n}`;
    const reason = n === 3 && learn(5) ? 'data_fix' : 'late_records';
    const restated = revisions.flatMap((r) => r.tables);
    let tables: PublishedTable[] | null = null;
    if (corrections === 'on their own') tables = protectPublication({ specs: specsOf(indicator, 4, ['province', 'district']), raw: rawOf(truth), geo: geo() });
    else {
      for (const levels of [['province', 'district'], ['province']] as const) {
        try {
          tables = protectPublication({ specs: specsOf(indicator, 4, levels), raw: rawOf(truth), geo: geo(), restated });
          break;
        } catch (e) {
          if (!(e instanceof DisclosureConflictError)) throw e;
        }
      }
      if (!tables) {
        // Withdrawn: no longer served, so no longer part of what an attacker has.
        revisions = [];
        links = [];
        tables = protectPublication({ specs: specsOf(indicator, 4, ['province', 'district']), raw: rawOf(truth), geo: geo() });
      }
    }
    link(id, reason);
    revisions.push({ id, tables });
  }
  return { revisions, links };
}

function broken(data: Scenario, corrections: Corrections, watch?: Parameters<typeof solveRevisions>[0]['watch']) {
  const { revisions, links } = publish(data, corrections);
  const params = { revisions, links, communes, solver, watch };
  const attack = solveRevisions(params);
  return { drift: attack.drift[data.indicator.id], broken: brokenPromises(attack, params) };
}

describe('corrections and late changes under the exact attack', () => {
  it('narrow no cell of any publication still public below its promise ("<10" 1..9, rounded r-2..r+2)', () => {
    fc.assert(
      fc.property(scenario, (data) => {
        const found = broken(data, 'beside everything public');
        expect(found.drift).toBe(0);
        expect(found.broken).toEqual([]);
      }),
      { numRuns: 10, seed: 14 },
    );
  }, 120_000);

  it('would fail if corrections were protected on their own, beside publications they replace', () => {
    const property = fc.property(scenario, (data) => {
      // Only the "<10" cells are looked at here: the leak the issue reported, and enough to fail.
      expect(broken(data, 'on their own', (cell) => cell.published === 'small').broken).toEqual([]);
    });
    // No shrinking: the first failure is enough.
    expect(() => fc.assert(property, { numRuns: 10, seed: 14, endOnFailure: true })).toThrow(/Property failed/);
  }, 120_000);
});
