// Build the tables of a publication from true counts with every disclosure rule applied (docs/DESIGN.md §5).
import { DomainError, invalid } from '../errors';
import { cellsOf, knowledgeOf, recoverSuppressed } from './attack';
import type { Lattice } from './lattice';
import { buildLattice } from './lattice';
import { findTableSpecProblem, parentOfRows, quarterColumns } from './policy';
import { knownRange, protectCount, smallCountLimit } from './primary';
import type { Decisions } from './secondary';
import { hideNear, suppressComplements } from './secondary';
import { propagate } from './propagate';
import type { GeoContext, ImpactIndicator, ReportPeriod, PublishedTable, RawCount, TableCell, TableRow, TableSpec } from './types';
import { reportCellKey } from './types';

export interface PublicationRequest {
  readonly specs: readonly TableSpec[];
  /** True counts by indicator id, for every place and period the tables show (totals included, never summed here). */
  readonly raw: Readonly<Record<string, RawCount>>;
  readonly geo: GeoContext;
  /** Tables of earlier snapshots: their cells stand as published, and the attack sees them with the new ones. */
  readonly earlier?: readonly PublishedTable[];
  /**
   * Tables still public that this publication restates (a correction's predecessors, superseded revisions): their
   * cells do not stand, but they stay public, so the attack sees them with the new ones as if all described the same
   * counts. A cell the new tables show differently (a "<10" now 10, a 15 now 20) then contradicts them: a change
   * an attacker would read as small pins both versions, so it is refused as a conflict, not published.
   */
  readonly restated?: readonly PublishedTable[];
}

/** A cell a publication cannot show safely beside the publications still public. */
export interface CellConflict {
  readonly indicator: string;
  readonly geo: string;
  readonly period: ReportPeriod;
  /** disagrees: shown differently from what the public tables say; narrowed: would narrow a public cell's range. */
  readonly kind: 'disagrees' | 'narrowed';
  /** What the public tables allow for it (lo..hi), and what the new publication would show. */
  readonly publicRange: readonly [number, number];
  readonly now: TableCell | null;
}

/** Thrown when a publication cannot be made safe beside the publications still public; says which cells conflict. */
export class DisclosureConflictError extends DomainError {
  constructor(readonly conflicts: readonly CellConflict[]) {
    const list = conflicts.slice(0, 8).map((c) => `${c.indicator} ${reportCellKey(c.geo, c.period)}`).join(', ');
    super('INVALID', 'errors.disclosure.conflict', `These cells conflict with publications still public: ${list}. Withdraw those publications or publish at a coarser level.`, 'earlier');
  }
}

export interface DisclosurePolicy {
  /** Off only to show that the attack test can fail; never off in a real publication. */
  readonly secondarySuppression: boolean;
}
export const disclosurePolicy: DisclosurePolicy = { secondarySuppression: true };

/** The columns, total period and total row a request asks for. */
function layoutOf(spec: TableSpec, geo: GeoContext) {
  const columns: ReportPeriod[] =
    spec.grain === 'quarter' ? quarterColumns(spec) : [{ year: spec.year, from: 1, to: spec.throughQuarter }];
  const totalPeriod = spec.rowTotals && columns.length > 1 ? { year: spec.year, from: 1, to: spec.throughQuarter } : null;
  const parent = spec.columnTotals ? parentOfRows(spec, geo) : null;
  return { columns, totalPeriod, parent };
}

function rawCountOf(raw: RawCount, geo: string, period: ReportPeriod): number {
  const count = raw(geo, period);
  if (!Number.isInteger(count) || count < 0) {
    throw invalid('raw', `The count for ${reportCellKey(geo, period)} is ${count}; counts are whole numbers from 0.`);
  }
  return count;
}

function render(spec: TableSpec, geo: GeoContext, lattice: Lattice, decisions: Decisions): PublishedTable {
  const { columns, totalPeriod, parent } = layoutOf(spec, geo);
  const cellAt = (code: string, period: ReportPeriod) => {
    const d = decisions[lattice.index.get(reportCellKey(code, period)) as number];
    if (!d) throw new Error(`no decision for ${reportCellKey(code, period)}`);
    return d.cell;
  };
  const rowOf = (code: string): TableRow => ({
    code,
    cells: columns.map((p) => cellAt(code, p)),
    total: totalPeriod ? cellAt(code, totalPeriod) : null,
  });
  return {
    indicator: spec.indicator,
    level: spec.level as PublishedTable['level'],
    grain: spec.grain,
    columns,
    totalPeriod,
    rows: spec.rows.map(rowOf),
    columnTotal: parent ? rowOf(parent) : null,
    totalsRoundedSeparately: spec.indicator.unit === 'person' && (totalPeriod !== null || parent !== null),
  };
}

function sameIndicator(a: ImpactIndicator, b: ImpactIndicator) {
  return a.id === b.id && a.topic === b.topic && a.unit === b.unit && a.additiveOverTime === b.additiveOverTime;
}

/** Primary control of every cell the tables show; cells earlier snapshots showed stand as they were. */
function decideCells(
  lattice: Lattice,
  specs: readonly TableSpec[],
  raw: RawCount,
  geo: GeoContext,
  earlier: readonly PublishedTable[],
  restated: readonly PublishedTable[],
): Decisions {
  const decisions: Decisions = new Array(lattice.keys.length).fill(undefined);
  // An earlier cell is never hidden again, so only whether it is zero matters, and the cell itself tells that.
  for (const { geo: code, period, cell } of earlier.flatMap(cellsOf)) {
    const node = lattice.index.get(reportCellKey(code, period));
    if (node === undefined || decisions[node]?.cell.kind === 'count') continue; // a shown count says the most
    decisions[node] = { raw: cell.kind === 'count' ? cell.value : smallCountLimit, cell, fixed: true };
  }
  for (const spec of specs) {
    const { columns, totalPeriod, parent } = layoutOf(spec, geo);
    const periods = totalPeriod ? [...columns, totalPeriod] : columns;
    for (const code of parent ? [...spec.rows, parent] : spec.rows) {
      for (const period of periods) {
        const node = lattice.index.get(reportCellKey(code, period)) as number;
        if (decisions[node]) continue;
        const count = rawCountOf(raw, code, period);
        decisions[node] = { raw: count, cell: protectCount(count, spec.indicator.unit), fixed: false };
      }
    }
  }
  // A count a public table hid stays hidden when it would read the same: showing it could undo that table's
  // protection, and hiding it again costs nothing that table has not already cost.
  for (const { geo: code, period, cell } of restated.flatMap(cellsOf)) {
    const d = decisions[lattice.index.get(reportCellKey(code, period)) ?? -1];
    if (cell.kind === 'suppressed' && d && !d.fixed && d.cell.kind === 'count' && d.raw >= smallCountLimit) d.cell = { kind: 'suppressed' };
  }
  return decisions;
}

/**
 * The new cells that contradict what the public tables say: ranges from those tables alone (with propagation),
 * against what each new cell promises.
 */
function disagreements(indicator: ImpactIndicator, tables: readonly PublishedTable[], public_: readonly PublishedTable[], communes: readonly string[]): CellConflict[] {
  const k = knowledgeOf(indicator, public_, communes);
  propagate(k.lattice, k.bounds);
  return tables.flatMap(cellsOf).flatMap(({ geo, period, cell }) => {
    const node = k.lattice.index.get(reportCellKey(geo, period));
    if (node === undefined) return [];
    const [lo, hi] = knownRange(cell, indicator.unit);
    const publicRange = [k.bounds.lo[node] as number, k.bounds.hi[node] as number] as const;
    if (hi >= publicRange[0] && lo <= publicRange[1]) return [];
    return [{ indicator: indicator.id, geo, period, kind: 'disagrees' as const, publicRange, now: cell }];
  });
}

/**
 * Secondary suppression, then the attack on everything public (earlier, restated and new tables together); hide
 * more around every cell it pins or narrows below its promise, until it finds nothing.
 */
function hideUntilSafe(
  lattice: Lattice,
  decisions: Decisions,
  render: () => PublishedTable[],
  public_: { earlier: readonly PublishedTable[]; restated: readonly PublishedTable[] },
  communes: readonly string[],
): PublishedTable[] {
  const publicTables = [...public_.earlier, ...public_.restated];
  for (;;) {
    suppressComplements(lattice, decisions);
    const tables = render();
    const indicator = (tables[0] as PublishedTable).indicator;
    const attack = recoverSuppressed([...publicTables, ...tables], communes);
    if (attack.inconsistent.length > 0) {
      const conflicts = disagreements(indicator, tables, publicTables, communes);
      if (public_.restated.length > 0 || conflicts.length > 0) throw new DisclosureConflictError(conflicts);
      throw invalid('earlier', `Earlier ${indicator.id} tables disagree with these counts; publish a corrected version instead.`);
    }
    const found = [...attack.recovered, ...attack.narrowed];
    if (found.length === 0) return tables;
    const nodes = found.map((r) => lattice.index.get(reportCellKey(r.geo, r.period)) as number);
    if (!nodes.map((node) => hideNear(lattice, decisions, node)).includes(true)) {
      if (publicTables.length > 0) {
        const conflicts = found.map((r): CellConflict => ({ indicator: r.indicator, geo: r.geo, period: r.period, kind: 'narrowed', publicRange: [r.lo, r.hi], now: null }));
        throw new DisclosureConflictError(conflicts);
      }
      throw invalid('specs', `These ${indicator.id} tables would reveal a small count whatever is hidden; ask for fewer or coarser tables.`);
    }
  }
}

/** Protect the tables of one indicator together, so that no level, period or snapshot undoes another's suppression. */
function protectIndicator(
  specs: readonly TableSpec[],
  raw: RawCount,
  geo: GeoContext,
  earlier: readonly PublishedTable[],
  restated: readonly PublishedTable[],
  policy: DisclosurePolicy,
): PublishedTable[] {
  const indicator = (specs[0] as TableSpec).indicator;
  if ([...specs.map((s) => s.indicator), ...earlier.map((t) => t.indicator), ...restated.map((t) => t.indicator)].some((i) => !sameIndicator(i, indicator))) {
    throw invalid('indicator', `Indicator ${indicator.id} is described in two different ways.`);
  }
  const seen = [...earlier, ...restated];
  const codes = [...specs.flatMap((s) => s.rows), ...seen.flatMap((t) => t.rows.map((r) => r.code))];
  const years = [...new Set([...specs.map((s) => s.year), ...seen.flatMap((t) => t.columns.map((p) => p.year))])];
  const lattice = buildLattice(geo.communes, new Set(codes.map((c) => c.slice(0, 2))), years, indicator.additiveOverTime);
  const decisions = decideCells(lattice, specs, raw, geo, earlier, restated);
  const renderAll = () => specs.map((s) => render(s, geo, lattice, decisions));
  if (indicator.unit === 'event' || !policy.secondarySuppression) return renderAll();
  return hideUntilSafe(lattice, decisions, renderAll, { earlier, restated }, geo.communes);
}

/**
 * Apply the disclosure rules to every requested table, in order: geography and time limits per indicator; person
 * counts 1-9 as "<10" and the rest rounded to 5, totals taken from the true counts and rounded on their own; then
 * secondary suppression across rows, columns, levels, periods and earlier snapshots, checked by the attack on
 * every publication still public. Throws DomainError('INVALID') for a request the rules refuse, and
 * DisclosureConflictError (naming the cells) when it cannot be made safe beside the publications still public. Tables come back in the order of `specs`.
 */
export function protectPublication(request: PublicationRequest, policy: DisclosurePolicy = disclosurePolicy): PublishedTable[] {
  const byIndicator = new Map<string, TableSpec[]>();
  for (const spec of request.specs) {
    const raw = request.raw[spec.indicator.id];
    if (!raw) throw invalid('raw', `No counts were given for ${spec.indicator.id}.`);
    const problem = findTableSpecProblem(spec, request.geo, raw);
    if (problem) throw problem;
    byIndicator.set(spec.indicator.id, [...(byIndicator.get(spec.indicator.id) ?? []), spec]);
  }
  const tables = new Map<TableSpec, PublishedTable>();
  for (const [id, specs] of byIndicator) {
    const earlier = (request.earlier ?? []).filter((t) => t.indicator.id === id);
    const restated = (request.restated ?? []).filter((t) => t.indicator.id === id);
    const done = protectIndicator(specs, request.raw[id] as RawCount, request.geo, earlier, restated, policy);
    specs.forEach((s, i) => tables.set(s, done[i] as PublishedTable));
  }
  return request.specs.map((s) => tables.get(s) as PublishedTable);
}

/** One table on its own; prefer protectPublication for tables published together. */
export function protectTable(spec: TableSpec, raw: RawCount, geo: GeoContext, policy: DisclosurePolicy = disclosurePolicy) {
  return protectPublication({ specs: [spec], raw: { [spec.indicator.id]: raw }, geo }, policy)[0] as PublishedTable;
}
