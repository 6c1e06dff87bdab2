// Build the tables of a publication from true counts with every disclosure rule applied (docs/DESIGN.md §5).
import { invalid } from '../errors';
import { cellsOf, recoverSuppressed } from './attack';
import type { Lattice } from './lattice';
import { buildLattice } from './lattice';
import { findTableSpecProblem, parentOfRows, quarterColumns } from './policy';
import { protectCount, smallCountLimit } from './primary';
import type { Decisions } from './secondary';
import { hideNear, suppressComplements } from './secondary';
import type { GeoContext, ImpactIndicator, ReportPeriod, PublishedTable, RawCount, TableRow, TableSpec } from './types';
import { reportCellKey } from './types';

export interface PublicationRequest {
  readonly specs: readonly TableSpec[];
  /** True counts by indicator id, for every place and period the tables show (totals included, never summed here). */
  readonly raw: Readonly<Record<string, RawCount>>;
  readonly geo: GeoContext;
  /** Tables of earlier snapshots: their cells stand as published, and the attack sees them with the new ones. */
  readonly earlier?: readonly PublishedTable[];
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
): Decisions {
  const decisions: Decisions = new Array(lattice.keys.length).fill(undefined);
  // An earlier cell is never hidden again, so only whether it is zero matters, and the cell itself tells that.
  for (const { geo: code, period, cell } of earlier.flatMap(cellsOf)) {
    const node = lattice.index.get(reportCellKey(code, period));
    if (node !== undefined) decisions[node] = { raw: cell.kind === 'count' ? cell.value : smallCountLimit, cell, fixed: true };
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
  return decisions;
}

/** Secondary suppression, then the attack on everything published; hide more around what it pins, until it fails. */
function hideUntilSafe(
  lattice: Lattice,
  decisions: Decisions,
  render: () => PublishedTable[],
  earlier: readonly PublishedTable[],
  communes: readonly string[],
): PublishedTable[] {
  for (;;) {
    suppressComplements(lattice, decisions);
    const tables = render();
    const attack = recoverSuppressed([...earlier, ...tables], communes);
    const id = tables[0]?.indicator.id ?? '';
    if (attack.inconsistent.length > 0) {
      throw invalid('earlier', `Earlier ${id} tables disagree with these counts; publish a corrected version instead.`);
    }
    if (attack.recovered.length === 0) return tables;
    const nodes = attack.recovered.map((r) => lattice.index.get(reportCellKey(r.geo, r.period)) as number);
    if (!nodes.map((node) => hideNear(lattice, decisions, node)).includes(true)) {
      throw invalid('specs', `These ${id} tables would reveal a small count whatever is hidden; ask for fewer or coarser tables.`);
    }
  }
}

/** Protect the tables of one indicator together, so that no level, period or snapshot undoes another's suppression. */
function protectIndicator(
  specs: readonly TableSpec[],
  raw: RawCount,
  geo: GeoContext,
  earlier: readonly PublishedTable[],
  policy: DisclosurePolicy,
): PublishedTable[] {
  const indicator = (specs[0] as TableSpec).indicator;
  if ([...specs.map((s) => s.indicator), ...earlier.map((t) => t.indicator)].some((i) => !sameIndicator(i, indicator))) {
    throw invalid('indicator', `Indicator ${indicator.id} is described in two different ways.`);
  }
  const codes = [...specs.flatMap((s) => s.rows), ...earlier.flatMap((t) => t.rows.map((r) => r.code))];
  const years = [...new Set([...specs.map((s) => s.year), ...earlier.flatMap((t) => t.columns.map((p) => p.year))])];
  const lattice = buildLattice(geo.communes, new Set(codes.map((c) => c.slice(0, 2))), years, indicator.additiveOverTime);
  const decisions = decideCells(lattice, specs, raw, geo, earlier);
  const renderAll = () => specs.map((s) => render(s, geo, lattice, decisions));
  if (indicator.unit === 'event' || !policy.secondarySuppression) return renderAll();
  return hideUntilSafe(lattice, decisions, renderAll, earlier, geo.communes);
}

/**
 * Apply the disclosure rules to every requested table, in order: geography and time limits per indicator; person
 * counts 1-9 as "<10" and the rest rounded to 5, totals taken from the true counts and rounded on their own; then
 * secondary suppression across rows, columns, levels, periods and earlier snapshots, checked by the attack.
 * Throws DomainError('INVALID') for a request the rules refuse. Tables come back in the order of `specs`.
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
    const done = protectIndicator(specs, request.raw[id] as RawCount, request.geo, earlier, policy);
    specs.forEach((s, i) => tables.set(s, done[i] as PublishedTable));
  }
  return request.specs.map((s) => tables.get(s) as PublishedTable);
}

/** One table on its own; prefer protectPublication for tables published together. */
export function protectTable(spec: TableSpec, raw: RawCount, geo: GeoContext, policy: DisclosurePolicy = disclosurePolicy) {
  return protectPublication({ specs: [spec], raw: { [spec.indicator.id]: raw }, geo }, policy)[0] as PublishedTable;
}
