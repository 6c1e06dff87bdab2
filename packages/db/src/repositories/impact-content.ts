// What a published impact snapshot holds (stored as JSON, read back through these shapes): tables already
// disclosure-controlled, rates and statistics already held back where small, hive progress, headline figures.
import { z } from 'zod';
import { IndependencePoint, IndependenceProgressShape, PublishedTable, ReportPeriod, TableCell, publishedGeoLevels } from '@kruosar/domain';

export const SnapshotQuarter = z.string().regex(/^\d{4}-Q[1-4]$/, 'A quarter looks like 2026-Q3');
export type SnapshotQuarter = z.infer<typeof SnapshotQuarter>;

export const NamedTable = z.object({
  /** `<indicator>.<level>` or `<indicator>.<level>.<parent>`: stable, used in CSV file names and links. */
  name: z.string().regex(/^[a-z0-9_.]+$/),
  table: PublishedTable,
});
export type NamedTable = z.infer<typeof NamedTable>;

/**
 * PublishedRate of the domain: a whole percent, or held back without saying why (which number was too small would
 * bound it). Earlier snapshots stored a reason; parsing drops it, so it is never served.
 */
export const PublishedRateShape = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('rate'), percent: z.number().int().min(0).max(100) }),
  z.object({ kind: z.literal('suppressed') }),
]);

export const SnapshotRate = z.object({
  id: z.string(),
  geo: z.string(),
  level: z.enum(publishedGeoLevels),
  period: ReportPeriod,
  rate: PublishedRateShape,
});
export type SnapshotRate = z.infer<typeof SnapshotRate>;

/** A statistic of a group (a median), shown only when the group is large enough. */
export const SnapshotStatistic = z.object({
  id: z.string(),
  geo: z.string(),
  level: z.enum(publishedGeoLevels),
  period: ReportPeriod,
  value: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('value'), value: z.number() }),
    z.object({ kind: z.literal('suppressed'), reason: z.literal('group_below_10') }),
  ]),
});
export type SnapshotStatistic = z.infer<typeof SnapshotStatistic>;

/** A commune's hive: public programme facts, not about any child. */
export const SnapshotHive = z.object({
  communeCode: z.string(),
  independenceIndex: z.number().nullable(),
  recordedOn: z.string().nullable(),
  history: z.array(IndependencePoint),
  progress: IndependenceProgressShape,
});
export type SnapshotHive = z.infer<typeof SnapshotHive>;

/** A headline number, as text already controlled ("<10", rounded to 5, a percent, a median). */
export const HeadlineFigure = z.object({
  key: z.string(),
  value: z.string(),
  /** Why the value looks as it does: small ("<10"), rounded, suppressed, rate, median, exact. */
  note: z.string().optional(),
  placeCode: z.string(),
  period: ReportPeriod,
  cell: TableCell.optional(),
});
export type HeadlineFigure = z.infer<typeof HeadlineFigure>;

export const SnapshotContent = z.object({
  quarter: SnapshotQuarter,
  year: z.number().int(),
  throughQuarter: z.number().int().min(1).max(4),
  /** The year the commune tables cover: commune figures are published for whole years only. */
  communeYear: z.number().int(),
  provinces: z.array(z.string()),
  tables: z.array(NamedTable),
  rates: z.array(SnapshotRate),
  statistics: z.array(SnapshotStatistic),
  hives: z.array(SnapshotHive),
  headline: z.array(HeadlineFigure),
  /** The headline counts of each quarter of the year so far: the latest publication of a year gives its trend. */
  trend: z.array(HeadlineFigure),
});
export type SnapshotContent = z.infer<typeof SnapshotContent>;

/** The true counts behind a draft, for analysts checking it: cell key (place@period) -> count, per indicator. */
export const SnapshotRawCounts = z.record(z.string(), z.record(z.string(), z.number()));
export type SnapshotRawCounts = z.infer<typeof SnapshotRawCounts>;

/** How a cell reads, the same in CSV, headline and map. */
export function cellText(cell: TableCell): string {
  if (cell.kind === 'small') return '<10';
  if (cell.kind === 'suppressed') return 'x';
  return String(cell.value);
}

/** Why a person count reads as it does, for the explanation next to it. */
export function cellNote(cell: TableCell, unit: 'person' | 'event'): string {
  if (cell.kind !== 'count') return cell.kind;
  return unit === 'event' || cell.value === 0 ? 'exact' : 'rounded';
}

export function quarterParts(quarter: string): { year: number; quarter: number } {
  const [year, q] = quarter.split('-Q') as [string, string];
  return { year: Number(year), quarter: Number(q) };
}
