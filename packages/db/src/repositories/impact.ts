// Published impact for supporters: read only from published (or superseded) snapshots, never from live case data.
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { notFound, type PublishedTable, type ReportPeriod } from '@kruosar/domain';
import { z } from 'zod';
import type { Db } from '../client';
import { impactSnapshots } from '../schema/index';
import { HeadlineFigure, SnapshotContent, cellText, type NamedTable } from './impact-content';
import { listUnitsByCodes } from './geography';
import { cambodiaToday } from './hive-facts';

export type PublishedSnapshotSummary = {
  id: string;
  quarter: string;
  revision: number;
  status: 'published' | 'superseded';
  publishedAt: string;
  correctionNote: string;
  correctsId: string | null;
  supersededById: string | null;
};
export type PublishedSnapshot = PublishedSnapshotSummary & { content: SnapshotContent };

const PUBLIC_STATUSES = ['published', 'superseded'] as const;
const summaryColumns = {
  id: impactSnapshots.id,
  quarter: impactSnapshots.quarter,
  revision: impactSnapshots.revision,
  status: impactSnapshots.status,
  publishedAt: impactSnapshots.publishedAt,
  correctionNote: impactSnapshots.correctionNote,
  correctsId: impactSnapshots.correctsId,
  supersededById: impactSnapshots.supersededById,
};
type SummaryRow = { [K in keyof typeof summaryColumns]: (typeof impactSnapshots.$inferSelect)[K] };
/** Supporters see the day of publication (Cambodia), never the time: the moment says when figures were worked on. */
export const publicationDay = (at: string | null) => (at ? cambodiaToday(new Date(at)) : '');
const summaryOf = (r: SummaryRow): PublishedSnapshotSummary => ({ ...r, status: r.status as 'published' | 'superseded', publishedAt: publicationDay(r.publishedAt) });
/** Older snapshots stored why a rate was held back; that bounds the hidden numbers, so it is served as "suppressed". */
const withoutReasons = (figures: HeadlineFigure[]): HeadlineFigure[] =>
  figures.map((f) => (f.note === 'count_below_10' || f.note === 'base_below_50' ? { ...f, note: 'suppressed' } : f));

/**
 * Published content never changes (the database refuses it), so each snapshot's parsed content is kept once
 * read. Bounded: the newest few are what the impact page asks for.
 */
const contentCaches = new WeakMap<Db, Map<string, SnapshotContent>>();
const CACHE_LIMIT = 16;
function contentOf(db: Db, id: string): SnapshotContent {
  if (!contentCaches.has(db)) contentCaches.set(db, new Map());
  const contentCache = contentCaches.get(db)!;
  const hit = contentCache.get(id);
  if (hit) return hit;
  const row = db.select({ tables: impactSnapshots.tables }).from(impactSnapshots).where(and(eq(impactSnapshots.id, id), inArray(impactSnapshots.status, PUBLIC_STATUSES))).get();
  if (!row) throw notFound('Published impact snapshot');
  const content = SnapshotContent.parse(row.tables);
  if (contentCache.size >= CACHE_LIMIT) contentCache.delete(contentCache.keys().next().value!);
  contentCache.set(id, content);
  return content;
}

/** Every snapshot ever published, the superseded ones too (with what replaced them), newest first. */
export function listPublishedSnapshots(db: Db): PublishedSnapshotSummary[] {
  return db
    .select(summaryColumns)
    .from(impactSnapshots)
    .where(inArray(impactSnapshots.status, PUBLIC_STATUSES))
    .orderBy(desc(impactSnapshots.quarter), desc(impactSnapshots.revision))
    .all()
    .map(summaryOf);
}

/** The current publication of the latest quarter, if any. */
export function findLatestPublishedSnapshot(db: Db, params: { year?: number } = {}): PublishedSnapshot | undefined {
  const row = db
    .select(summaryColumns)
    .from(impactSnapshots)
    .where(and(eq(impactSnapshots.status, 'published'), params.year ? sql`${impactSnapshots.quarter} like ${`${params.year}-Q%`}` : undefined))
    .orderBy(desc(impactSnapshots.quarter))
    .limit(1)
    .get();
  return row ? { ...summaryOf(row), content: contentOf(db, row.id) } : undefined;
}

/** A published or superseded snapshot; a draft answers not found, as if it did not exist. */
export function findPublishedSnapshot(db: Db, id: string): PublishedSnapshot {
  const row = db.select(summaryColumns).from(impactSnapshots).where(and(eq(impactSnapshots.id, id), inArray(impactSnapshots.status, PUBLIC_STATUSES))).get();
  if (!row) throw notFound('Published impact snapshot');
  return { ...summaryOf(row), content: contentOf(db, row.id) };
}

export type ImpactLatest = { id: string; quarter: string; revision: number; publishedAt: string; correctionNote: string; figures: HeadlineFigure[] } | null;

/**
 * The headline as the impact page shows it, for the same period as the chart's last point: each count for the
 * snapshot's latest quarter. Where that quarter's cell is hidden, the year so far stands in when it is published
 * (a coarser period, labelled with its own period), so a visitor never meets a bare "x" when a figure can be shown.
 * Rates, medians and hive counts cover the year so far and say so.
 */
export function headlineOfQuarter(content: SnapshotContent): HeadlineFigure[] {
  const latest = (f: HeadlineFigure) =>
    content.trend.find((t) => t.key === f.key && t.placeCode === f.placeCode && t.period.from === content.throughQuarter && t.period.to === content.throughQuarter);
  return content.headline.map((f) => {
    const quarter = f.cell ? latest(f) : undefined;
    if (!quarter || quarter.cell?.kind === 'suppressed') return f;
    return quarter;
  });
}

export function findImpactLatest(db: Db): ImpactLatest {
  const s = findLatestPublishedSnapshot(db);
  return s ? { id: s.id, quarter: s.quarter, revision: s.revision, publishedAt: s.publishedAt, correctionNote: s.correctionNote, figures: withoutReasons(headlineOfQuarter(s.content)) } : null;
}

export type TrendSeries = { key: string; placeCode: string; points: { quarter: string; snapshotId: string; figure: HeadlineFigure }[] };
const trendCaches = new WeakMap<Db, { key: string; series: TrendSeries[] }>();

/**
 * Quarter by quarter, oldest first: for each year, the quarters of its latest current publication (which restates
 * the year so far). Only that small part of each of those snapshots is read.
 */
export function findImpactTrends(db: Db): TrendSeries[] {
  const rows = db.select({ id: impactSnapshots.id, quarter: impactSnapshots.quarter }).from(impactSnapshots).where(eq(impactSnapshots.status, 'published')).orderBy(impactSnapshots.quarter).all();
  const latestOfYear = new Map<string, string>();
  for (const row of rows) latestOfYear.set(row.quarter.slice(0, 4), row.id);
  // Published content never changes: the same publications give the same trends.
  const key = [...latestOfYear.values()].join(',');
  const cached = trendCaches.get(db);
  if (cached?.key === key) return cached.series;
  const series = new Map<string, TrendSeries>();
  for (const id of latestOfYear.values()) {
    const trend = db.select({ trend: sql<string | null>`json_extract(${impactSnapshots.tables}, '$.trend')` }).from(impactSnapshots).where(eq(impactSnapshots.id, id)).get()?.trend;
    for (const figure of z.array(HeadlineFigure).parse(JSON.parse(trend ?? '[]'))) {
      const key = `${figure.key}@${figure.placeCode}`;
      if (!series.has(key)) series.set(key, { key: figure.key, placeCode: figure.placeCode, points: [] });
      series.get(key)!.points.push({ quarter: `${figure.period.year}-Q${figure.period.from}`, snapshotId: id, figure });
    }
  }
  const result = [...series.values()];
  trendCaches.set(db, { key, series: result });
  return result;
}

export type PlaceName = { code: string; nameKm: string; nameLatin: string };

export function placeNamesOf(db: Db, codes: string[]): PlaceName[] {
  return listUnitsByCodes(db, [...new Set(codes)]).map((u) => ({ code: u.code, nameKm: u.nameKm, nameLatin: u.nameLatin }));
}

export type PublishedTables = { snapshot: PublishedSnapshotSummary; tables: NamedTable[]; places: PlaceName[] };

/** The tables of a published snapshot, with the names of their places, for the download list. */
export function findPublishedTables(db: Db, params: { snapshotId: string }): PublishedTables {
  const { content, ...snapshot } = findPublishedSnapshot(db, params.snapshotId);
  const codes = content.tables.flatMap((t) => [...t.table.rows.map((r) => r.code), ...(t.table.columnTotal ? [t.table.columnTotal.code] : [])]);
  return { snapshot, tables: content.tables, places: placeNamesOf(db, codes) };
}

const periodLabel = (p: ReportPeriod) => (p.from === p.to ? `${p.year}-Q${p.from}` : `${p.year}-Q${p.from}-Q${p.to}`);

/** One CSV field: quoted when it must be, and never read as a formula by a spreadsheet. */
function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function tableCsv(table: PublishedTable, names: Map<string, PlaceName>): string {
  const header = ['code', 'name_latin', 'name_km', ...table.columns.map(periodLabel), ...(table.totalPeriod ? [`total ${periodLabel(table.totalPeriod)}`] : [])];
  const rows = [...table.rows, ...(table.columnTotal ? [table.columnTotal] : [])].map((row) => [
    row.code,
    names.get(row.code)?.nameLatin ?? '',
    names.get(row.code)?.nameKm ?? '',
    ...row.cells.map(cellText),
    ...(row.total ? [cellText(row.total)] : []),
  ]);
  return [header, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** A published table as CSV: "<10" for 1-9 and "x" for a hidden count, as on the page. */
export function publishedTableCsv(db: Db, params: { snapshotId: string; table: string }): { filename: string; csv: string } {
  const s = findPublishedSnapshot(db, params.snapshotId);
  const found = s.content.tables.find((t) => t.name === params.table);
  if (!found) throw notFound('Published table');
  const codes = [...found.table.rows.map((r) => r.code), ...(found.table.columnTotal ? [found.table.columnTotal.code] : [])];
  const names = new Map(placeNamesOf(db, codes).map((p) => [p.code, p]));
  return { filename: `kruosar-impact-${s.quarter}-r${s.revision}-${found.name}.csv`, csv: tableCsv(found.table, names) };
}
