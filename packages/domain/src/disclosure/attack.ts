// The attack every publication must withstand: recover hidden counts from all published tables together.
//
// How: each indicator's places and periods form a lattice (communes within districts within the province; quarters
// within runs of quarters within the year; see lattice.ts), with a relation wherever one count is made of others.
// Every published cell bounds its node (knownRange: a rounded r is r-2..r+2 and at least 10, "<10" is 1..9, a
// suppressed cell is 10 or more, 0 is 0); nodes nobody published start at 0..Infinity. A cell published more than
// once (in several snapshots; a district as a row here and a total there) gets the intersection. Interval
// propagation over every relation then runs to a fixed point, and every hidden node with a small range is shaved:
// each end value is tried, and dropped if propagation from it ends in a contradiction. A hidden count is recovered
// when a single value is left: for a "<10" or suppressed cell, any value; for a place or period nobody published
// (a commune without a hive, a half-year, a quarter between two snapshots' years to date), a value of 1-9.
//
// Limits: it reasons with intervals, not as a complete integer solver. On tiny publications (16 commune-quarters)
// attack.exact.test.ts checks it against an exhaustive search and it has pinned exactly the same counts, but on
// larger ones an LP/ILP attacker could in principle narrow a range further. It assumes the counts did not change
// between snapshots (it reports contradicting tables and claims nothing there), links no two indicators (children
// vs families, a count vs a rate), and does not use the knowledge of which cell secondary suppression would choose.
import type { Lattice } from './lattice';
import { buildLattice } from './lattice';
import { knownRange } from './primary';
import type { Bounds } from './propagate';
import { propagate, shave } from './propagate';
import type { TableCell, ImpactIndicator, ReportPeriod, PublishedTable } from './types';
import { reportCellKey } from './types';

export interface Recovery {
  readonly indicator: string;
  readonly geo: string;
  readonly period: ReportPeriod;
  readonly published: 'small' | 'suppressed' | 'unpublished' | 'count';
  readonly lo: number;
  readonly hi: number;
}

export interface AttackResult {
  /** Hidden counts the attacker pins to one value: each is a disclosure. */
  readonly recovered: Recovery[];
  /**
   * Published person counts whose range the attacker narrows below what their cell promises: a rounded count to
   * less than its r-2..r+2, a "<10" to less than 1..9 (beyond what the "<10" cells alone imply: see beyondStructure), a
   * suppressed cell to fewer than three values.
   */
  readonly narrowed: Recovery[];
  /** The range the attacker gets for every published hidden cell; for tests and reports. */
  readonly ranges: Recovery[];
  /** Indicators whose tables contradict each other (the data changed between snapshots): nothing is claimed there. */
  readonly inconsistent: string[];
}

/** Shaving is tried on ranges up to this wide: "<10" cells and what they leave of their neighbours. */
const shaveWidth = 40;
/**
 * A suppressed cell (10 or more) must keep at least three values. Its upper bound always comes from differencing
 * (the total minus what is shown), and what it hides is never small; the "<10" it protects is held to its own rule.
 */
const suppressedMinimumValues = 3;
/** Whether the attacker's range for a published node is narrower than what its cells promise. */
export function narrowerThanPromised(shown: TableCell['kind'] | undefined, promised: readonly [number, number], lo: number, hi: number) {
  if (shown === 'suppressed') return hi - lo + 1 < suppressedMinimumValues;
  if (shown === 'small') return lo > promised[0] || hi < promised[1];
  // An exact count (0, events) promises nothing.
  // A rounded r keeps all of r-2..r+2 (from 10): totals rounded on their own, or the parts' "10 or more", would
  // otherwise narrow it, and across corrections such narrowing adds up to a pinned count.
  if (shown === 'count') return promised[0] < promised[1] && (lo > promised[0] || hi < promised[1]);
  return false;
}

/** Every published cell of a table with its place and period. */
export function cellsOf(table: PublishedTable): { geo: string; period: ReportPeriod; cell: TableCell }[] {
  const out: { geo: string; period: ReportPeriod; cell: TableCell }[] = [];
  const rows = table.columnTotal ? [...table.rows, table.columnTotal] : table.rows;
  for (const row of rows) {
    row.cells.forEach((cell, i) => out.push({ geo: row.code, period: table.columns[i] as ReportPeriod, cell }));
    if (row.total && table.totalPeriod) out.push({ geo: row.code, period: table.totalPeriod, cell: row.total });
  }
  return out;
}

/** What the published tables say about every node of one indicator's lattice, before any reasoning. */
export interface Knowledge {
  lattice: Lattice;
  bounds: Bounds;
  shown: (TableCell['kind'] | undefined)[];
  period: ReportPeriod[];
  geo: string[];
}

export function knowledgeOf(indicator: ImpactIndicator, tables: readonly PublishedTable[], communes: readonly string[], lattice?: Lattice): Knowledge {
  const cells = tables.flatMap(cellsOf);
  const provinces = new Set(cells.map((c) => c.geo.slice(0, 2)));
  const years = [...new Set(cells.map((c) => c.period.year))];
  lattice ??= buildLattice(communes, provinces, years, indicator.additiveOverTime);
  const n = lattice.keys.length;
  const bounds: Bounds = { lo: new Array<number>(n).fill(0), hi: new Array<number>(n).fill(Number.POSITIVE_INFINITY) };
  const shown: (TableCell['kind'] | undefined)[] = new Array<TableCell['kind'] | undefined>(n).fill(undefined);
  for (const { geo, period, cell } of cells) {
    const node = lattice.index.get(reportCellKey(geo, period));
    if (node === undefined) continue; // a place outside the gazetteer: nothing to relate it to
    const [lo, hi] = knownRange(cell, indicator.unit);
    bounds.lo[node] = Math.max(bounds.lo[node] as number, lo);
    bounds.hi[node] = Math.min(bounds.hi[node] as number, hi);
    // A count shown anywhere is what the node is known as; otherwise the strongest hint.
    if (shown[node] !== 'count') shown[node] = cell.kind;
  }
  const period: ReportPeriod[] = [];
  const geo: string[] = [];
  for (const key of lattice.keys) {
    const [g, p] = key.split('@') as [string, string];
    const [year, range] = p.split('Q') as [string, string];
    const [from, to] = range.split('-').map(Number) as [number, number];
    geo.push(g);
    period.push({ year: Number(year), from, to });
  }
  return { lattice, bounds, shown, period, geo };
}

function attackIndicator(indicator: ImpactIndicator, tables: readonly PublishedTable[], communes: readonly string[]) {
  const k = knowledgeOf(indicator, tables, communes);
  const { lattice, bounds } = k;
  // What each published node's cells promise, before any reasoning narrows it.
  const promised = lattice.keys.map((_, i) => [bounds.lo[i], bounds.hi[i]] as const);
  const consistent =
    bounds.lo.every((lo, i) => lo <= (bounds.hi[i] as number)) && propagate(lattice, bounds);
  const none = { recovered: [], narrowed: [], ranges: [], consistent: false };
  if (!consistent) return none;
  // Rounded counts are shaved too: the promise covers them (r-2..r+2), and exact counts need no shaving.
  const hidden = lattice.keys.map((_, i) => i).filter((i) => k.shown[i] !== 'count' || (promised[i] as readonly number[])[0] !== (promised[i] as readonly number[])[1]);
  for (let again = true; again; ) {
    again = false;
    for (const node of hidden) {
      // An unpublished count known to be 10 or more can no longer be pinned to 1-9: not worth shaving.
      if (k.shown[node] === undefined && (bounds.lo[node] as number) >= 10) continue;
      if (shave(lattice, bounds, node, shaveWidth)) {
        again = true;
        if (!propagate(lattice, bounds, lattice.relationsOf[node])) return none;
      }
    }
  }
  const recovered: Recovery[] = [];
  const narrowed: Recovery[] = [];
  const ranges: Recovery[] = [];
  for (const node of hidden) {
    const lo = bounds.lo[node] as number;
    const hi = bounds.hi[node] as number;
    const shown = k.shown[node];
    const published: Recovery['published'] = shown ?? 'unpublished';
    const found: Recovery = { indicator: indicator.id, geo: k.geo[node] as string, period: k.period[node] as ReportPeriod, published, lo, hi };
    if (published === 'small' || published === 'suppressed') ranges.push(found);
    const pinned = lo === hi && published !== 'count' && (published !== 'unpublished' || (lo >= 1 && lo <= 9));
    if (pinned) recovered.push(found);
    else if (narrowerThanPromised(shown, promised[node] as readonly [number, number], lo, hi)) narrowed.push(found);
  }
  return { recovered, narrowed, ranges, consistent: true };
}

/** Every shown non-zero count hidden: what the "<10" cells and zeros say on their own. */
const maskCounts = (table: PublishedTable): PublishedTable => {
  const mask = (cell: TableCell): TableCell => (cell.kind === 'count' && cell.value > 0 ? { kind: 'suppressed' } : cell);
  const row = (r: PublishedTable['rows'][number]) => ({ ...r, cells: r.cells.map(mask), total: r.total ? mask(r.total) : null });
  return { ...table, rows: table.rows.map(row), columnTotal: table.columnTotal ? row(table.columnTotal) : null };
};

/**
 * The narrowed cells that the shown counts narrow, not the "<10" cells alone. Two "<10" communes of a "<10" district
 * bound each other (each at most 8) whatever else is shown or hidden, so hiding more cannot help there: that
 * narrowing is in the published structure itself, and counted against the promise only beyond it.
 */
function beyondStructure(narrowed: Recovery[], tables: readonly PublishedTable[], communes: readonly string[]): Recovery[] {
  if (narrowed.length === 0) return narrowed;
  const floor = attackIndicator((tables[0] as PublishedTable).indicator, tables.map(maskCounts), communes);
  const widths = new Map([...floor.ranges, ...floor.narrowed, ...floor.recovered].map((r) => [reportCellKey(r.geo, r.period), r.hi - r.lo]));
  return narrowed.filter((r) => r.published !== 'small' || r.hi - r.lo < (widths.get(reportCellKey(r.geo, r.period)) ?? Number.POSITIVE_INFINITY));
}

/**
 * Attack a set of published tables (every table of every snapshot so far, all levels and periods). `communes` is
 * the public gazetteer: the attacker knows which communes make up each district, published or not.
 */
export function recoverSuppressed(tables: readonly PublishedTable[], communes: readonly string[]): AttackResult {
  const byIndicator = new Map<string, PublishedTable[]>();
  for (const t of tables) {
    if (t.indicator.unit === 'event') continue; // exact by design: nothing hidden
    byIndicator.set(t.indicator.id, [...(byIndicator.get(t.indicator.id) ?? []), t]);
  }
  const result: AttackResult = { recovered: [], narrowed: [], ranges: [], inconsistent: [] };
  for (const [id, group] of byIndicator) {
    const found = attackIndicator((group[0] as PublishedTable).indicator, group, communes);
    result.recovered.push(...found.recovered);
    result.narrowed.push(...beyondStructure(found.narrowed, group, communes));
    result.ranges.push(...found.ranges);
    if (!found.consistent) result.inconsistent.push(id);
  }
  return result;
}
