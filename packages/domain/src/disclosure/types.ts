// Shapes of the anonymised tables the supporters portal publishes, and of the requests to build them (docs/DESIGN.md §5).
import { z } from 'zod';
import { geoLevels } from '../geography/schemas';

/** person: distinct children or families (controlled). event: things not about people, e.g. sessions held (exempt). */
export const countUnits = ['person', 'event'] as const;
export type CountUnit = (typeof countUnits)[number];

/** What an indicator is about; the sensitive topics may not be shown below district level. */
export const indicatorTopics = [
  'reunification', 'abuse', 'placement', 'family_support', 'services', 'hive_needs', 'hive_activity',
] as const;
export type IndicatorTopic = (typeof indicatorTopics)[number];
export const sensitiveTopics: readonly IndicatorTopic[] = ['reunification', 'abuse', 'placement'];

/** Tables never go below communes, whatever the request says; villages and points stay private. */
export const publishedGeoLevels = ['province', 'district', 'commune'] as const;
export type PublishedGeoLevel = (typeof publishedGeoLevels)[number];

/** Quarters are the finest grain; a year column covers quarters 1 to `throughQuarter` (year to date). */
export const timeGrains = ['quarter', 'year'] as const;
export type TimeGrain = (typeof timeGrains)[number];

export const ImpactIndicator = z.object({
  /** Stable id, also the i18n key of its label (e.g. `children_reunified`). */
  id: z.string().regex(/^[a-z][a-z0-9_.]*$/),
  topic: z.enum(indicatorTopics),
  unit: z.enum(countUnits),
  /**
   * True when a person is counted in one quarter only (reunifications, new registrations), so quarters add up to the
   * year. False for stocks such as "children in family-based care", where the year counts each child once.
   * Geography always adds up: the snapshot attributes each person to one commune per period.
   */
  additiveOverTime: z.boolean(),
});
export type ImpactIndicator = z.infer<typeof ImpactIndicator>;

export const ReportQuarter = z.number().int().min(1).max(4);
export type ReportQuarter = z.infer<typeof ReportQuarter>;

/** Quarters `from`..`to` of one year: a quarter, a year to date, or the whole year. */
export const ReportPeriod = z
  .object({ year: z.number().int().min(2000).max(2100), from: ReportQuarter, to: ReportQuarter })
  .refine((p) => p.from <= p.to, { message: 'A period ends after it starts' });
export type ReportPeriod = z.infer<typeof ReportPeriod>;

export const TableCell = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('count'), value: z.number().int().min(0) }),
  /** A person count of 1-9, shown as "<10". */
  z.object({ kind: z.literal('small') }),
  /** A count of 10 or more hidden so that a "<10" cannot be worked out by subtraction. */
  z.object({ kind: z.literal('suppressed') }),
]);
export type TableCell = z.infer<typeof TableCell>;

/** What an analyst asks to publish: one indicator, rows of places at one level, columns of periods. */
export const TableSpec = z.object({
  indicator: ImpactIndicator,
  level: z.enum(geoLevels),
  /** NCDD codes of the places, one per row. */
  rows: z.array(z.string().regex(/^\d+$/)).min(1),
  grain: z.enum(timeGrains),
  year: z.number().int().min(2000).max(2100),
  /** The snapshot's last quarter: quarter columns run 1..throughQuarter, a year column covers them. */
  throughQuarter: ReportQuarter,
  /** One more column: each row over all its periods. */
  rowTotals: z.boolean(),
  /** One more row: the place the rows make up; the rows must be all its parts. */
  columnTotals: z.boolean(),
});
export type TableSpec = z.infer<typeof TableSpec>;

export const TableRow = z.object({ code: z.string(), cells: z.array(TableCell), total: TableCell.nullable() });
export type TableRow = z.infer<typeof TableRow>;

/** A table as stored in a published snapshot and shown to supporters. */
export const PublishedTable = z.object({
  indicator: ImpactIndicator,
  level: z.enum(publishedGeoLevels),
  grain: z.enum(timeGrains),
  columns: z.array(ReportPeriod).min(1),
  /** The period of the row totals, when there are some. */
  totalPeriod: ReportPeriod.nullable(),
  rows: z.array(TableRow),
  /** The parent place, when the rows are all its parts. */
  columnTotal: TableRow.nullable(),
  /** Totals were rounded on their own, so the shown parts may not add up to them. */
  totalsRoundedSeparately: z.boolean(),
});
export type PublishedTable = z.infer<typeof PublishedTable>;

/** The places the rules know about: every commune of the gazetteer in scope, and which of them run a hive. */
export interface GeoContext {
  readonly communes: readonly string[];
  readonly hiveCommunes: ReadonlySet<string>;
}

/** The true, unrounded count of an indicator for a place (any level) and period; supplied by the snapshot builder. */
export type RawCount = (geo: string, period: ReportPeriod) => number;

export const reportPeriodKey = (p: ReportPeriod) => `${p.year}Q${p.from}-${p.to}`;
export const reportCellKey = (geo: string, p: ReportPeriod) => `${geo}@${reportPeriodKey(p)}`;
export const isSensitiveIndicator = (indicator: Pick<ImpactIndicator, 'topic'>) => sensitiveTopics.includes(indicator.topic);
