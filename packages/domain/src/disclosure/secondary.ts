// Secondary suppression: hide more cells so that no "<10" can be worked out by subtraction.
//
// The rule: every relation whose members are all published (a row and its total, a column and its total, the
// communes of a district and the district, the quarters and the year; across all tables of the publication and of
// earlier snapshots) that has exactly one hidden cell gets a second one: a shown non-zero cell, the one that leaves
// the fewest other relations with a lone hidden cell, then the smallest (so complements close into rectangles rather
// than cascading along a staircase). A zero never protects (everyone knows it); an earlier snapshot's cell cannot
// be hidden any more. When a relation's only non-zero parts are two hidden cells, the total gives their sum, so the
// total is hidden too. All this repeats until nothing changes, since each new hidden cell may leave another
// relation with a lone one.
//
// Why that is not enough on its own: rounding leaks, and relations with an unpublished member (a commune without a
// hive) are not covered by the rule. A "<10" next to two 13s shows as "<10", 15, 15 with a year of 25, and
// 25+2 - (13+13) pins the "<10" at 1. So protect.ts then runs the attack (attack.ts) on everything published and,
// for every count it pins, hides one more cell of a relation around that count, until the attack finds nothing.
// The result is as safe as that attack is strong: see the limits at the top of attack.ts. The cost is utility: in
// the random tests, about two complementary cells per "<10", more in short tables where the total must go too.
import type { Lattice, Relation } from './lattice';
import type { TableCell } from './types';

/** What a published node shows and the true count behind it; `fixed` when an earlier snapshot already showed it. */
export interface Decision {
  readonly raw: number;
  cell: TableCell;
  readonly fixed: boolean;
}

/** Decisions by lattice node; undefined where nothing is published. */
export type Decisions = (Decision | undefined)[];

const isHidden = (d: Decision | undefined) => d !== undefined && d.cell.kind !== 'count';
const canHide = (d: Decision | undefined): d is Decision => d !== undefined && !d.fixed && d.cell.kind === 'count' && d.raw > 0;

function hide(d: Decision) {
  d.cell = { kind: 'suppressed' };
}

/**
 * The cell to hide among `nodes`: the one that leaves the fewest relations with a lone hidden cell (hiding it may
 * fix some and start others), then the smallest. Choosing only by size hides cell after cell along a staircase;
 * this way complements close up into rectangles.
 */
function bestToHide(nodes: readonly number[], lattice: Lattice, decisions: Decisions): Decision | undefined {
  let best: { d: Decision; score: number } | undefined;
  for (const n of new Set(nodes)) {
    const d = decisions[n];
    if (!canHide(d)) continue;
    let score = 0;
    for (const i of lattice.relationsOf[n] ?? []) {
      const r = lattice.relations[i] as Relation;
      const members = [r.whole, ...r.parts];
      if (members.some((m) => decisions[m] === undefined)) continue;
      const hidden = members.filter((m) => isHidden(decisions[m])).length;
      if (hidden === 0) score++;
      else if (hidden === 1) score--;
    }
    if (!best || score < best.score || (score === best.score && d.raw < best.d.raw)) best = { d, score };
  }
  return best?.d;
}

/** One pass over every relation; returns whether anything was hidden. */
function complementOnce(lattice: Lattice, decisions: Decisions): boolean {
  let changed = false;
  for (const r of lattice.relations) {
    const members = [r.whole, ...r.parts];
    if (members.some((m) => decisions[m] === undefined)) continue; // an unpublished count already blocks subtraction
    if (members.filter((m) => isHidden(decisions[m])).length === 1) {
      const pick = bestToHide(members, lattice, decisions);
      if (pick) {
        hide(pick);
        changed = true;
      }
    }
    const whole = decisions[r.whole];
    const hiddenParts = r.parts.filter((p) => isHidden(decisions[p]));
    const othersZero = r.parts.every((p) => isHidden(decisions[p]) || decisions[p]?.raw === 0);
    if (r.kind === 'sum' && hiddenParts.length === 2 && othersZero && canHide(whole)) {
      hide(whole);
      changed = true;
    }
  }
  return changed;
}

/** Hide complementary cells until every fully published relation has no hidden cell or at least two. */
export function suppressComplements(lattice: Lattice, decisions: Decisions): void {
  while (complementOnce(lattice, decisions));
}

/**
 * After the attack pinned or narrowed `node`: hide the best shown non-zero cell of a relation around it; when every
 * cell around it is fixed (an earlier publication showed it) or zero, look one relation further out, up to `reach`.
 */
export function hideNear(lattice: Lattice, decisions: Decisions, node: number, reach = 8): boolean {
  let frontier = [node];
  const seen = new Set(frontier);
  for (let step = 0; step < reach && frontier.length > 0; step++) {
    const around = frontier.flatMap((n) =>
      (lattice.relationsOf[n] ?? []).flatMap((i) => {
        const r = lattice.relations[i];
        return r ? [r.whole, ...r.parts] : [];
      }),
    );
    const pick = bestToHide(around, lattice, decisions);
    if (pick) {
      hide(pick);
      return true;
    }
    frontier = around.filter((n) => !seen.has(n));
    for (const n of frontier) seen.add(n);
  }
  return false;
}
