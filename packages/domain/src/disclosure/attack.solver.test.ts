// The attack as an exact integer program (HiGHS in WebAssembly) on every publication still public, superseded
// revisions and their correction reasons included: it finds the reported leak on naive correction logic, and none
// on the publishing rules as they are.
import loadHighs from 'highs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LinearSolver } from './milp';
import { brokenPromises, highsSolver, solveRevisions } from './milp';
import { DisclosureConflictError, protectPublication } from './protect';
import { correctedRaw, fivePublications, lateRecordQ1, lateRecordQ3, rawOf, shownQ1, snapshot } from './revision-fixtures';
import type { PublicRevision, RevisionLink } from './revisions';
import { communes, geo, reunified } from './test-data';
import type { PublishedTable } from './types';

let solver: LinearSolver;
beforeAll(async () => {
  solver = highsSolver(await loadHighs());
});

const isQ1Of0201 = (r: { geo: string; period: { from: number; to: number } }) => r.geo === '0201' && r.period.from === 1 && r.period.to === 1;
const attack = (revisions: readonly PublicRevision[], links: readonly RevisionLink[], watch?: Parameters<typeof solveRevisions>[0]['watch']) => {
  const params = { revisions, links, communes, solver, watch };
  const found = solveRevisions(params);
  return { ...found, broken: brokenPromises(found, params) };
};

/** The four quarterly snapshots as the rules publish them, each beside the ones before. */
function quarterly(): PublicRevision[] {
  const revisions: PublicRevision[] = [];
  for (const through of [1, 2, 3, 4] as const) {
    const earlier = revisions.flatMap((r) => r.tables);
    revisions.push({ id: `Q${through}`, tables: protectPublication({ specs: snapshot(through), raw: { [reunified.id]: rawOf() }, geo: geo(), earlier }) });
  }
  return revisions;
}
const quarterLinks: RevisionLink[] = [
  { from: 'Q1', to: 'Q2', stated: [] },
  { from: 'Q2', to: 'Q3', stated: [] },
  { from: 'Q3', to: 'Q4', stated: [] },
];

describe('the exact attack on every publication still public', () => {
  it('pins the reported "<10" at 9 when a correction is suppressed again on its own (naive correction logic)', () => {
    const { revisions, links } = fivePublications();
    const naive = protectPublication({ specs: snapshot(4), raw: { [reunified.id]: correctedRaw() }, geo: geo() });
    expect(shownQ1(naive)?.kind).not.toBe('small');
    // Each publication alone keeps every promise.
    for (const r of [...revisions, { id: 'Q4r3', tables: naive }]) expect(attack([r], []).broken).toEqual([]);
    const all = [...revisions, { id: 'Q4r3', tables: naive }];
    const stated = attack(all, [...links, { from: 'Q4r2', to: 'Q4r3', stated: [lateRecordQ1], reason: 'late_records' }]);
    const pinned = stated.broken.filter((r) => isQ1Of0201(r) && r.published === 'small');
    expect(pinned.map((r) => [r.revision, r.lo, r.hi])).toEqual(['Q1', 'Q2', 'Q3', 'Q4', 'Q4r2'].map((id) => [id, 9, 9]));
    // With a note that names no count, the publications only agree if something changed; the least change they
    // allow still narrows the "<10" (the interval attack of revisions.test.ts finds this too).
    const unstated = attack(all, [...links, { from: 'Q4r2', to: 'Q4r3', stated: [], reason: 'late_records' }], isQ1Of0201);
    expect(unstated.drift[reunified.id]).toBe(1);
    expect(unstated.broken.some((r) => isQ1Of0201(r) && r.published === 'small')).toBe(true);
  });

  it('keeps every promise of the four quarterly snapshots as published today: "<10" 1..9, rounded counts their full +/-2', () => {
    const found = attack(quarterly(), quarterLinks);
    expect(found.drift[reunified.id]).toBe(0);
    expect(found.broken).toEqual([]);
    const q1 = found.ranges.filter((r) => isQ1Of0201(r));
    expect(q1.map((r) => [r.revision, r.lo, r.hi])).toEqual(['Q1', 'Q2', 'Q3', 'Q4'].map((id) => [id, 1, 9]));
    for (const r of found.ranges.filter((x) => x.published === 'count')) expect([r.lo, r.hi]).toEqual(r.promised);
  });

  it('keeps every promise when a correction is protected beside every publication still public', () => {
    const revisions = quarterly();
    const restated = revisions.flatMap((r) => r.tables);
    // The late record in 0202 Q3 (13 -> 14) reads the same once rounded: the correction is published.
    const correction = protectPublication({ specs: snapshot(4), raw: { [reunified.id]: rawOf({ '020201': [3, 1] }) }, geo: geo(), restated });
    const all = [...revisions, { id: 'Q4r2', tables: correction }];
    // Its note gives a reason from the list and no number: the attacker knows only that records were added.
    const found = attack(all, [...quarterLinks, { from: 'Q4', to: 'Q4r2', stated: [], reason: 'late_records' }]);
    expect(found.broken).toEqual([]);
    for (const r of found.ranges.filter((x) => x.published === 'count')) expect([r.lo, r.hi]).toEqual(r.promised);
    // A note naming the change ("one late record in district 0202, quarter 3") would narrow 13..17 to 13..16 in
    // the four earlier publications: why notes may carry no digits and no place below the province.
    const told = attack(all, [...quarterLinks, { from: 'Q4', to: 'Q4r2', stated: [lateRecordQ3], reason: 'late_records' }]);
    expect(told.broken.filter((r) => r.geo === '0202').map((r) => [r.revision, r.lo, r.hi])).toEqual([['Q3', 13, 16], ['Q4', 13, 16], ['Q4r2', 14, 17]]);
  });
});

describe('the reported case: "<10" five times, then a correction that moves it to 10 with a note naming the change', () => {
  /** Five publications showing 0201 Q1 as "<10", all made by today's rules. */
  function fiveToday() {
    const revisions = quarterly();
    const restated = revisions.flatMap((r) => r.tables);
    const q4r2 = protectPublication({ specs: snapshot(4), raw: { [reunified.id]: rawOf({ '020201': [3, 1] }) }, geo: geo(), restated });
    const all = [...revisions, { id: 'Q4r2', tables: q4r2 }];
    const links: RevisionLink[] = [...quarterLinks, { from: 'Q4', to: 'Q4r2', stated: [], reason: 'late_records' }];
    return { revisions: all, links };
  }

  it('shows the cell as "<10" in all five', () => {
    for (const r of fiveToday().revisions) expect(shownQ1(r.tables)).toEqual({ kind: 'small' });
  });

  it('refuses the correction beside them, naming the cell', () => {
    const restated = fiveToday().revisions.flatMap((r) => r.tables);
    let refused: unknown;
    try {
      protectPublication({ specs: snapshot(4), raw: { [reunified.id]: correctedRaw() }, geo: geo(), restated });
    } catch (e) {
      refused = e;
    }
    expect(refused).toBeInstanceOf(DisclosureConflictError);
    const cells = (refused as DisclosureConflictError).conflicts.map((c) => `${c.geo}@${c.period.from}-${c.period.to}`);
    expect(cells).toContain('0201@1-1');
  });

  it('publishes it at province level instead, and the exact attack, note and all, still finds 1..9 in every publication', () => {
    const { revisions, links } = fiveToday();
    const restated = revisions.flatMap((r) => r.tables);
    const coarse: PublishedTable[] = protectPublication({ specs: snapshot(4, ['province']), raw: { [reunified.id]: correctedRaw() }, geo: geo(), restated });
    const all = [...revisions, { id: 'Q4r3', tables: coarse }];
    const reported = (found: ReturnType<typeof attack>) => found.ranges.filter((r) => isQ1Of0201(r)).map((r) => [r.revision, r.lo, r.hi]);
    const everywhere = ['Q1', 'Q2', 'Q3', 'Q4', 'Q4r2'].map((id) => [id, 1, 9]);
    // With the note as the rules allow it (a reason, no number): every promise kept.
    const allowed = attack(all, [...links, { from: 'Q4r2', to: 'Q4r3', stated: [], reason: 'late_records' }]);
    expect(allowed.broken).toEqual([]);
    expect(reported(allowed)).toEqual(everywhere);
    // Even with the note that named the change (one more in 0201, quarter 1), the "<10" stays 1..9 everywhere.
    const named = attack(all, [...links, { from: 'Q4r2', to: 'Q4r3', stated: [lateRecordQ1], reason: 'late_records' }]);
    expect(reported(named)).toEqual(everywhere);
    expect(named.broken.filter((r) => r.published === 'small')).toEqual([]);
  });

  it('once the five are withdrawn, publishes the full correction alone, which keeps every promise', () => {
    const alone = protectPublication({ specs: snapshot(4), raw: { [reunified.id]: correctedRaw() }, geo: geo() });
    expect(attack([{ id: 'Q4r3', tables: alone }], []).broken).toEqual([]);
  });
});
