import { describe, expect, it } from 'vitest';
import { DisclosureConflictError, protectPublication } from './protect';
import { attackRevisions } from './revisions';
import type { RevisionLink, StatedChange } from './revisions';
import { sumCommuneQuarters } from './raw';
import { communes, geo, reunified, spec } from './test-data';
import type { PublishedTable, RawCount, TableSpec } from './types';

const districts = ['0201', '0202', '0203'];
/** District 0201 has 9 reunifications in Q1 (shown "<10"); every total keeps its rounding through +2. */
const quarters = { '020101': [9, 12, 0, 14], '020201': [11, 0, 13, 12], '020301': [0, 13, 11, 0] };
const rawOf = (changes: Record<string, [number, number]> = {}): RawCount => {
  const byCommune = Object.fromEntries(Object.entries(quarters).map(([c, qs]) => [c, [...qs]]));
  for (const [commune, [q, delta]] of Object.entries(changes)) (byCommune[commune] as number[])[q - 1]! += delta;
  return sumCommuneQuarters(2025, byCommune);
};
const snapshot = (through: 1 | 2 | 3 | 4, levels: ('province' | 'district')[] = ['province', 'district']): TableSpec[] =>
  levels.map((level) => spec({ indicator: reunified, throughQuarter: through, level, rows: level === 'province' ? ['02'] : districts, columnTotals: level === 'district' }));
const q1 = { year: 2025, from: 1, to: 1 };
const lateRecordQ3: StatedChange = { indicator: reunified.id, geo: '0202', period: { year: 2025, from: 3, to: 3 }, delta: 1 };
const lateRecordQ1: StatedChange = { indicator: reunified.id, geo: '0201', period: q1, delta: 1 };

/** Four quarterly snapshots, then a correction (a late record in 0202, Q3): five publications show 0201 Q1 as "<10". */
function fivePublications() {
  const revisions: { id: string; tables: PublishedTable[] }[] = [];
  const earlier = () => revisions.flatMap((r) => r.tables);
  for (const through of [1, 2, 3, 4] as const) {
    revisions.push({ id: `Q${through}`, tables: protectPublication({ specs: snapshot(through), raw: { [reunified.id]: rawOf() }, geo: geo(), earlier: earlier() }) });
  }
  // Today's correction logic: the year is protected again from scratch, without the publications it replaces.
  revisions.push({ id: 'Q4r2', tables: protectPublication({ specs: snapshot(4), raw: { [reunified.id]: rawOf({ '020201': [3, 1] }) }, geo: geo() }) });
  const links: RevisionLink[] = [
    { from: 'Q1', to: 'Q2', stated: [] },
    { from: 'Q2', to: 'Q3', stated: [] },
    { from: 'Q3', to: 'Q4', stated: [] },
    { from: 'Q4', to: 'Q4r2', stated: [lateRecordQ3] },
  ];
  return { revisions, links };
}
const correctedRaw = () => rawOf({ '020201': [3, 1], '020101': [1, 1] });
const shownQ1 = (tables: PublishedTable[]) => tables.find((t) => t.level === 'district')?.rows[0]?.cells[0];

describe('the attack across revisions', () => {
  it('pins the reported "<10" at 9 on today\'s correction logic: five times "<10", then 10 with a note naming the change', () => {
    const { revisions, links } = fivePublications();
    for (const r of revisions) expect(shownQ1(r.tables)).toEqual({ kind: 'small' });
    const correction = protectPublication({ specs: snapshot(4), raw: { [reunified.id]: correctedRaw() }, geo: geo() });
    expect(shownQ1(correction)).toEqual({ kind: 'count', value: 10 });
    // Each publication alone gives nothing away.
    for (const r of [...revisions, { id: 'Q4r3', tables: correction }]) {
      expect(attackRevisions({ revisions: [r], links: [], communes }).narrowed).toEqual([]);
    }
    const all = [...revisions, { id: 'Q4r3', tables: correction }];
    const attack = attackRevisions({ revisions: all, links: [...links, { from: 'Q4r2', to: 'Q4r3', stated: [lateRecordQ1] }], communes });
    const pinned = attack.narrowed.filter((r) => r.geo === '0201' && r.period.from === 1 && r.period.to === 1 && r.published === 'small');
    expect(pinned.map((r) => [r.revision, r.lo, r.hi])).toEqual(['Q1', 'Q2', 'Q3', 'Q4', 'Q4r2'].map((id) => [id, 9, 9]));
    // Without the note, the two versions contradict unless something changed: the attacker reads the smallest
    // change they allow, and still narrows the "<10".
    const unstated = attackRevisions({ revisions: all, links: [...links, { from: 'Q4r2', to: 'Q4r3', stated: [] }], communes });
    expect(unstated.drift[reunified.id]).toBe(1);
    expect(unstated.narrowed.some((r) => r.geo === '0201' && r.published === 'small')).toBe(true);
  });

  it('refuses the same correction beside the publications still public, naming the cell', () => {
    const { revisions } = fivePublications();
    const restated = revisions.flatMap((r) => r.tables);
    const attempt = () => protectPublication({ specs: snapshot(4), raw: { [reunified.id]: correctedRaw() }, geo: geo(), restated });
    expect(attempt).toThrow(DisclosureConflictError);
    try {
      attempt();
    } catch (e) {
      const cells = (e as DisclosureConflictError).conflicts.map((c) => `${c.geo}@${c.period.from}-${c.period.to}`);
      expect(cells).toContain('0201@1-1');
    }
  });

  it('publishes it at a coarser level, or alone once the earlier ones are withdrawn, and then the "<10" stays wide', () => {
    const { revisions, links } = fivePublications();
    const restated = revisions.flatMap((r) => r.tables);
    const coarse = protectPublication({ specs: snapshot(4, ['province']), raw: { [reunified.id]: correctedRaw() }, geo: geo(), restated });
    const withCoarse = [...revisions, { id: 'Q4r3', tables: coarse }];
    for (const stated of [[], [lateRecordQ1]]) {
      const attack = attackRevisions({ revisions: withCoarse, links: [...links.map((l) => ({ ...l, stated: [] })), { from: 'Q4r2', to: 'Q4r3', stated }], communes });
      expect(attack.narrowed).toEqual([]);
      const range = attack.ranges.find((r) => r.revision === 'Q1' && r.geo === '0201' && r.period.to === 1);
      expect([range?.lo, range?.hi]).toEqual([1, 9]);
    }
    // Withdrawn, the five stop being served; the full correction alone narrows nothing.
    const alone = protectPublication({ specs: snapshot(4), raw: { [reunified.id]: correctedRaw() }, geo: geo() });
    expect(attackRevisions({ revisions: [{ id: 'Q4r3', tables: alone }], links: [], communes }).narrowed).toEqual([]);
  });
});
