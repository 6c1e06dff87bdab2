// Turn the frozen facts into a snapshot's content: which tables to publish, protected by the disclosure rules.
import {
  DomainError,
  isSensitiveIndicator,
  progressTo2032,
  protectPublication,
  rate,
  rateMinimumCount,
  reportCellKey,
  type GeoContext,
  type PublishedTable,
  type RawCount,
  type ReportPeriod,
  type TableCell,
  type TableSpec,
} from '@kruosar/domain';
import { cellNote, cellText, quarterParts, type HeadlineFigure, type NamedTable, type SnapshotContent, type SnapshotHive, type SnapshotRate, type SnapshotRawCounts, type SnapshotStatistic } from './impact-content';
import { periodDays, rawCountOf, type PublishedQuarters } from './snapshot-counts';
import type { IndicatorSource, SnapshotFacts } from './snapshot-facts';

export type SnapshotComputation = { content: SnapshotContent; raw: SnapshotRawCounts };

type Layout = {
  year: number;
  throughQuarter: number;
  communeYear: number;
  provinces: string[];
  districtsOf: Map<string, string[]>;
  geo: GeoContext;
  hiveCommunes: string[];
};

const uniqueSorted = (xs: Iterable<string>) => [...new Set(xs)].sort();

/** Provinces the organisation works in: where its cases, needs and hives are (all of the gazetteer if none yet). */
function layoutOf(facts: SnapshotFacts, quarter: string): Layout {
  const { year, quarter: throughQuarter } = quarterParts(quarter);
  const quarterEnd = periodDays({ year, from: throughQuarter, to: throughQuarter }).end;
  const known = new Set(facts.communes);
  const used = [...facts.sources.flatMap((s) => s.spells.map((x) => x.commune)), ...facts.needs.map((n) => n.commune), ...facts.hives.map((h) => h.communeCode)];
  let provinces = uniqueSorted(used.filter((c) => known.has(c)).map((c) => c.slice(0, 2)));
  if (provinces.length === 0) provinces = uniqueSorted(facts.communes.map((c) => c.slice(0, 2)));
  if (provinces.length === 0) {
    throw new DomainError('INVALID', 'errors.snapshotNoGeography', 'There are no communes in the geography yet; import the gazetteer first.', 'quarter');
  }
  const communes = facts.communes.filter((c) => provinces.includes(c.slice(0, 2)));
  const hiveCommunes = facts.hives.filter((h) => h.since <= quarterEnd && communes.includes(h.communeCode)).map((h) => h.communeCode);
  const districtsOf = new Map(provinces.map((p) => [p, uniqueSorted(communes.filter((c) => c.startsWith(p)).map((c) => c.slice(0, 4)))]));
  return {
    year,
    throughQuarter,
    // Commune figures cover whole years only: the year that ends with this quarter, or else the one before.
    communeYear: throughQuarter === 4 ? year : year - 1,
    provinces,
    districtsOf,
    geo: { communes, hiveCommunes: new Set(hiveCommunes) },
    hiveCommunes,
  };
}

/** The tables of one indicator; `coarse`: the province table only (a correction that finer tables would contradict). */
function specsOf(source: IndicatorSource, l: Layout, coarse: boolean): { name: string; spec: TableSpec }[] {
  const { indicator } = source;
  const base = { indicator, year: l.year, throughQuarter: l.throughQuarter, grain: 'quarter' as const, rowTotals: true };
  const specs: { name: string; spec: TableSpec }[] = [{ name: `${indicator.id}.province`, spec: { ...base, level: 'province' as const, rows: l.provinces, columnTotals: false } }];
  if (coarse) return specs;
  for (const [province, districts] of l.districtsOf) {
    specs.push({ name: `${indicator.id}.district.${province}`, spec: { ...base, level: 'district' as const, rows: districts, columnTotals: true } });
  }
  if (source.byCommune && !isSensitiveIndicator(indicator) && l.hiveCommunes.length > 0) {
    const spec = { indicator, year: l.communeYear, throughQuarter: 4, grain: 'year' as const, rowTotals: false, level: 'commune' as const, rows: l.hiveCommunes, columnTotals: false };
    specs.push({ name: `${indicator.id}.commune`, spec });
  }
  return specs;
}

const ytd = (l: Layout): ReportPeriod => ({ year: l.year, from: 1, to: l.throughQuarter });

/** Headline counts by province: the year so far, or (for trends) each quarter of the year so far. */
function headlineOf(tables: NamedTable[], sources: IndicatorSource[], which: 'year' | 'quarters'): HeadlineFigure[] {
  return sources.filter((s) => s.headline).flatMap((s) => {
    const table = tables.find((t) => t.name === `${s.indicator.id}.province`)?.table;
    if (!table) return [];
    const last = table.columns.length - 1;
    const figure = (placeCode: string, cell: TableCell, period: ReportPeriod): HeadlineFigure => ({ key: s.indicator.id, value: cellText(cell), note: cellNote(cell, s.indicator.unit), placeCode, period, cell });
    return table.rows.flatMap((row) =>
      which === 'year'
        ? [figure(row.code, row.total ?? row.cells[last]!, table.totalPeriod ?? table.columns[last]!)]
        : row.cells.map((cell, i) => figure(row.code, cell, table.columns[i]!)),
    );
  });
}

/** Share of the needs reported in the year so far that were resolved, by province and by district with a hive. */
function resolvedShares(facts: SnapshotFacts, l: Layout, raw: SnapshotRawCounts): SnapshotRate[] {
  const period = ytd(l);
  const { start, end } = periodDays(period);
  const inScope = facts.needs.filter((n) => n.reportedOn >= start && n.reportedOn <= end && l.geo.communes.includes(n.commune));
  const hiveDistricts = uniqueSorted(l.hiveCommunes.map((c) => c.slice(0, 4)));
  const places: [string, 'province' | 'district'][] = [...l.provinces.map((p) => [p, 'province'] as [string, 'province']), ...hiveDistricts.map((d) => [d, 'district'] as [string, 'district'])];
  raw.hive_needs_resolved_share = {};
  return places.map(([geo, level]) => {
    const needs = inScope.filter((n) => n.commune.startsWith(geo));
    const resolved = needs.filter((n) => n.status === 'resolved').length;
    raw.hive_needs_resolved_share![reportCellKey(geo, period)] = resolved;
    raw.hive_needs_resolved_share![`${reportCellKey(geo, period)}#base`] = needs.length;
    return { id: 'hive_needs_resolved_share', geo, level, period, rate: rate(resolved, needs.length) };
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Median days from registration to first contact, for cases registered in each quarter and the year so far. */
function firstResponseMedians(facts: SnapshotFacts, l: Layout, raw: SnapshotRawCounts): SnapshotStatistic[] {
  const periods: ReportPeriod[] = [...Array.from({ length: l.throughQuarter }, (_, i) => ({ year: l.year, from: i + 1, to: i + 1 })), ytd(l)];
  raw.median_days_to_first_response = {};
  return l.provinces.flatMap((province) =>
    periods.map((period): SnapshotStatistic => {
      const { start, end } = periodDays(period);
      const days = facts.cases
        .filter((c) => c.commune.startsWith(province) && c.registeredOn >= start && c.registeredOn <= end && c.firstContactAt !== null)
        .map((c) => (Date.parse(c.firstContactAt!) - Date.parse(c.registeredAt)) / 86_400_000);
      raw.median_days_to_first_response![`${reportCellKey(province, period)}#n`] = days.length;
      // A statistic of fewer than 10 cases says too much about each of them.
      const value = days.length < rateMinimumCount ? { kind: 'suppressed' as const, reason: 'group_below_10' as const } : { kind: 'value' as const, value: Math.round(median(days) * 10) / 10 };
      return { id: 'median_days_to_first_response', geo: province, level: 'province', period, value };
    }),
  );
}

function hivesAt(facts: SnapshotFacts, l: Layout, today: string): SnapshotHive[] {
  const quarterEnd = periodDays({ year: l.year, from: l.throughQuarter, to: l.throughQuarter }).end;
  const asOf = quarterEnd < today ? quarterEnd : today;
  return facts.hives
    .filter((h) => l.geo.hiveCommunes.has(h.communeCode))
    .map((h) => {
      const history = h.history.filter((p) => p.date <= asOf);
      const latest = history.at(-1);
      return { communeCode: h.communeCode, independenceIndex: latest?.index ?? null, recordedOn: latest?.date ?? null, history, progress: progressTo2032(history, asOf) };
    });
}

function extraHeadline(rates: SnapshotRate[], statistics: SnapshotStatistic[], hives: SnapshotHive[], l: Layout): HeadlineFigure[] {
  const period = ytd(l);
  const figures: HeadlineFigure[] = [];
  for (const r of rates.filter((x) => x.level === 'province')) {
    figures.push({ key: r.id, value: r.rate.kind === 'rate' ? `${r.rate.percent}%` : '—', note: r.rate.kind === 'rate' ? 'rate' : 'suppressed', placeCode: r.geo, period });
  }
  for (const s of statistics.filter((x) => x.period.from === 1 && x.period.to === l.throughQuarter && x.level === 'province')) {
    figures.push({ key: s.id, value: s.value.kind === 'value' ? String(s.value.value) : '—', note: s.value.kind === 'value' ? 'median' : s.value.reason, placeCode: s.geo, period });
  }
  for (const province of l.provinces) {
    // Communes with a hive are facts about the programme, not people: shown exactly.
    const count = hives.filter((h) => h.communeCode.startsWith(province)).length;
    figures.push({ key: 'active_hive_communes', value: String(count), note: 'exact', placeCode: province, period });
  }
  return figures;
}

/**
 * Compute a snapshot of `quarter` from frozen facts. `earlier` are the tables of every publication still public:
 * their cells stand, and the attack sees them with the new ones. `restated` (a correction's year) are attacked too
 * but do not bind; a cell that disagrees with them throws DisclosureConflictError. `published` says which quarters
 * of this year are out and when they were frozen, so late records count as recorded.
 */
export function computeSnapshot(
  facts: SnapshotFacts,
  params: { quarter: string; earlier: readonly PublishedTable[]; restated?: readonly PublishedTable[]; published?: PublishedQuarters; coarse?: boolean; today: string },
): SnapshotComputation {
  const l = layoutOf(facts, params.quarter);
  const communeSet = new Set(l.geo.communes);
  const raw: SnapshotRawCounts = {};
  const rawById: Record<string, RawCount> = {};
  const late: Record<string, number> = {};
  for (const s of facts.sources) {
    const cells: Record<string, number> = (raw[s.indicator.id] = {});
    const record = (geo: string, period: ReportPeriod, n: number) => {
      cells[reportCellKey(geo, period)] = n;
    };
    const counts = rawCountOf(s.spells, s.indicator.additiveOverTime, communeSet, { record, published: params.published });
    rawById[s.indicator.id] = counts;
    if (counts.lateRecords > 0) late[s.indicator.id] = counts.lateRecords;
  }
  // For the analyst: records entered after their quarter was published, counted in the first open quarter.
  raw.late_records = late;
  const named = facts.sources.flatMap((s) => specsOf(s, l, params.coarse ?? false));
  // Only tables that share a year with these can share a cell with them.
  const years = new Set([l.year, l.communeYear]);
  const sharing = (t: PublishedTable) => t.columns.some((c) => years.has(c.year));
  const earlier = params.earlier.filter(sharing);
  const restated = (params.restated ?? []).filter(sharing);
  const protectedTables = protectPublication({ specs: named.map((n) => n.spec), raw: rawById, geo: l.geo, earlier, restated });
  const tables = named.map((n, i) => ({ name: n.name, table: protectedTables[i]! }));
  const rates = resolvedShares(facts, l, raw);
  const statistics = firstResponseMedians(facts, l, raw);
  const hives = hivesAt(facts, l, params.today);
  return {
    content: {
      quarter: params.quarter,
      year: l.year,
      throughQuarter: l.throughQuarter,
      communeYear: l.communeYear,
      provinces: l.provinces,
      tables,
      rates,
      statistics,
      hives,
      headline: [...headlineOf(tables, facts.sources, 'year'), ...extraHeadline(rates, statistics, hives, l)],
      trend: headlineOf(tables, facts.sources, 'quarters'),
    },
    raw,
  };
}
