// The attack across revisions: every publication still public, superseded ones too, each read as its own version of
// the data, linked to the next by what its correction says changed.
//
// Each revision gets its own copy of the indicator's lattice (lattice.ts). A link from one revision to the next adds,
// for every node, a change node with x(next) = x(earlier) + change. What a correction note states ("one late record
// in district X, quarter 1") fixes the change of every node it covers; every other change lies within the drift the
// attacker assumes. The attacker takes the smallest drift the publications allow (0: nothing else changed), then
// propagates and shaves as attack.ts does, and reads each published cell's range in each revision. Without stated
// changes, publications that agree read exactly as one version (drift 0), so protecting them together as one (as
// protect.ts does) bounds this attack too: a larger drift only widens every range.
import { cellsOf, knowledgeOf, narrowerThanPromised } from './attack';
import type { Lattice, Relation } from './lattice';
import { buildLattice } from './lattice';
import type { Bounds } from './propagate';
import { propagate, shave } from './propagate';
import type { CorrectionReason } from '../publication-text/correction-note';
import type { ImpactIndicator, PublishedTable, ReportPeriod, TableCell } from './types';

export interface PublicRevision {
  readonly id: string;
  readonly tables: readonly PublishedTable[];
}

/** A change a correction note gives away: the count of `indicator` in `geo` over `period` moved by `delta`. */
export interface StatedChange {
  readonly indicator: string;
  readonly geo: string;
  readonly period: ReportPeriod;
  readonly delta: number;
}

/** Revision `to` was built after `from` (a correction of it, or the next quarter); `stated` are the changes its note names. */
export interface RevisionLink {
  readonly from: string;
  readonly to: string;
  readonly stated: readonly StatedChange[];
  /** The correction's reason from the fixed list, public too: late records only ever add people. */
  readonly reason?: CorrectionReason;
}

export interface RevisionRange {
  readonly revision: string;
  readonly indicator: string;
  readonly geo: string;
  readonly period: ReportPeriod;
  readonly published: TableCell['kind'];
  readonly lo: number;
  readonly hi: number;
}

export interface RevisionAttack {
  /** The range of every published person count of every revision (hidden and rounded alike). */
  readonly ranges: RevisionRange[];
  /** Those narrowed below what their cell promises (attack.ts): each is a disclosure. */
  readonly narrowed: RevisionRange[];
  /** Per indicator, the smallest drift the publications allow, or null when none up to the limit does. */
  readonly drift: Record<string, number | null>;
}

const covers = (outer: ReportPeriod, inner: ReportPeriod) => outer.year === inner.year && outer.from <= inner.from && outer.to >= inner.to;
const overlaps = (a: ReportPeriod, b: ReportPeriod) => a.year === b.year && a.from <= b.to && b.from <= a.to;

/** The change of one node across a link: exact where a stated change covers it, within the drift elsewhere. */
export function changeBounds(geo: string, period: ReportPeriod, stated: readonly StatedChange[], drift: number): [number, number] {
  let lo = -drift;
  let hi = drift;
  for (const c of stated) {
    if (c.geo.startsWith(geo) && covers(period, c.period)) {
      lo += c.delta;
      hi += c.delta;
    } else if ((c.geo.startsWith(geo) || geo.startsWith(c.geo)) && overlaps(period, c.period)) {
      lo += Math.min(0, c.delta);
      hi += Math.max(0, c.delta);
    }
  }
  return [lo, hi];
}

/** Every revision's copy of the lattice and the change nodes of every link, as one lattice for propagation. */
function joined(base: Lattice, revisions: number, links: number): Lattice {
  const n = base.keys.length;
  const keys: string[] = [];
  for (let r = 0; r < revisions; r++) keys.push(...base.keys.map((k) => `${r}#${k}`));
  for (let l = 0; l < links; l++) keys.push(...base.keys.map((k) => `change${l}#${k}`));
  const relations: Relation[] = [];
  for (let r = 0; r < revisions; r++) {
    for (const rel of base.relations) relations.push({ whole: rel.whole + r * n, parts: rel.parts.map((p) => p + r * n), kind: rel.kind });
  }
  const relationsOf: number[][] = keys.map(() => []);
  const index = new Map(keys.map((k, i) => [k, i]));
  return { keys, index, relations, relationsOf };
}

function attackIndicator(indicator: ImpactIndicator, revisions: readonly PublicRevision[], links: readonly RevisionLink[], communes: readonly string[], maxDrift: number) {
  const all = revisions.flatMap((r) => r.tables).flatMap(cellsOf);
  const base = buildLattice(communes, new Set(all.map((c) => c.geo.slice(0, 2))), [...new Set(all.map((c) => c.period.year))], indicator.additiveOverTime);
  const n = base.keys.length;
  const known = revisions.map((r) => knowledgeOf(indicator, r.tables, communes, base));
  const order = new Map(revisions.map((r, i) => [r.id, i]));
  const usable = links.filter((l) => order.has(l.from) && order.has(l.to));
  const lattice = joined(base, revisions.length, usable.length);
  const relations = lattice.relations as Relation[];
  usable.forEach((link, l) => {
    const from = order.get(link.from) as number;
    const to = order.get(link.to) as number;
    for (let i = 0; i < n; i++) relations.push({ whole: to * n + i, parts: [from * n + i, (revisions.length + l) * n + i], kind: 'sum' });
  });
  relations.forEach((rel, i) => {
    for (const node of [rel.whole, ...rel.parts]) (lattice.relationsOf[node] as number[]).push(i);
  });
  for (let drift = 0; drift <= maxDrift; drift++) {
    const bounds: Bounds = { lo: [], hi: [] };
    for (const k of known) {
      bounds.lo.push(...k.bounds.lo);
      bounds.hi.push(...k.bounds.hi);
    }
    for (const link of usable) {
      const stated = link.stated.filter((c) => c.indicator === indicator.id);
      for (let i = 0; i < n; i++) {
        const [lo, hi] = changeBounds(known[0]?.geo[i] as string, known[0]?.period[i] as ReportPeriod, stated, drift);
        bounds.lo.push(lo);
        bounds.hi.push(hi);
      }
    }
    const result = solve(indicator, lattice, bounds, revisions, known, n);
    if (result) return { ...result, drift };
  }
  return { ranges: [], narrowed: [], drift: null };
}

/** Propagate and shave every published person count of every revision; null when the bounds contradict. */
function solve(indicator: ImpactIndicator, lattice: Lattice, bounds: Bounds, revisions: readonly PublicRevision[], known: ReturnType<typeof knowledgeOf>[], n: number) {
  const promised = bounds.lo.map((lo, i) => [lo, bounds.hi[i] as number] as const);
  if (!bounds.lo.every((lo, i) => lo <= (bounds.hi[i] as number)) || !propagate(lattice, bounds)) return null;
  const watched: { node: number; revision: number; i: number }[] = [];
  known.forEach((k, r) => k.shown.forEach((kind, i) => {
    if (kind !== undefined && (k.bounds.lo[i] as number) < (k.bounds.hi[i] as number)) watched.push({ node: r * n + i, revision: r, i });
  }));
  for (let again = true; again; ) {
    again = false;
    for (const { node } of watched) {
      if (shave(lattice, bounds, node, 40)) {
        again = true;
        if (!propagate(lattice, bounds, lattice.relationsOf[node])) return null;
      }
    }
  }
  const ranges: RevisionRange[] = [];
  const narrowed: RevisionRange[] = [];
  for (const { node, revision, i } of watched) {
    const k = known[revision] as ReturnType<typeof knowledgeOf>;
    const kind = k.shown[i] as TableCell['kind'];
    const found: RevisionRange = { revision: (revisions[revision] as PublicRevision).id, indicator: indicator.id, geo: k.geo[i] as string, period: k.period[i] as ReportPeriod, published: kind, lo: bounds.lo[node] as number, hi: bounds.hi[node] as number };
    ranges.push(found);
    if (narrowerThanPromised(kind, promised[node] as readonly [number, number], found.lo, found.hi)) narrowed.push(found);
  }
  return { ranges, narrowed };
}

/**
 * Attack every publication still public at once, each revision as its own version of the data. `links` say which
 * revision followed which and what its note stated; `maxDrift` is the largest unstated change per cell tried.
 */
export function attackRevisions(params: { revisions: readonly PublicRevision[]; links: readonly RevisionLink[]; communes: readonly string[]; maxDrift?: number }): RevisionAttack {
  const indicators = new Map<string, ImpactIndicator>();
  for (const t of params.revisions.flatMap((r) => r.tables)) if (t.indicator.unit === 'person') indicators.set(t.indicator.id, t.indicator);
  const result: RevisionAttack = { ranges: [], narrowed: [], drift: {} };
  for (const [id, indicator] of indicators) {
    const revisions = params.revisions.map((r) => ({ id: r.id, tables: r.tables.filter((t) => t.indicator.id === id) }));
    const found = attackIndicator(indicator, revisions, params.links, params.communes, params.maxDrift ?? 3);
    result.ranges.push(...found.ranges);
    result.narrowed.push(...found.narrowed);
    result.drift[id] = found.drift;
  }
  return result;
}
