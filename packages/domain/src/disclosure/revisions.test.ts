import { describe, expect, it } from 'vitest';
import { DisclosureConflictError, protectPublication } from './protect';
import { attackRevisions } from './revisions';
import { correctedRaw, fivePublications, lateRecordQ1, shownQ1, snapshot } from './revision-fixtures';
import { communes, geo, reunified } from './test-data';

describe('the attack across revisions', () => {
  it('pins the reported "<10" at 9 on today\'s correction logic: five times "<10", then 10 with a note naming the change', () => {
    const { revisions, links } = fivePublications();
    for (const r of revisions) expect(shownQ1(r.tables)).toEqual({ kind: 'small' });
    const correction = protectPublication({ specs: snapshot(4), raw: { [reunified.id]: correctedRaw() }, geo: geo() });
    // 10 now: shown as a number, or hidden as 10 or more; either way no longer "<10".
    expect(shownQ1(correction)?.kind).not.toBe('small');
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
