// Published impact for donors and the public: read from published snapshots (fixed tables), never from live case data.
import { z } from 'zod';
import { IndependencePoint, IndependenceProgressShape, ReportPeriod, TableCell, independenceStatuses, serviceTypes } from '@kruosar/domain';
import {
  findAnnualSummary,
  findHiveProgress,
  findImpactLatest,
  findImpactMap,
  findImpactTrends,
  findPublishedTables,
  findServicesByType,
  HeadlineFigure,
  listPublishedSnapshots,
  NamedTable,
  publishedTableCsv,
} from '@kruosar/db';
import { publicProcedure, router } from '../trpc';

/** A headline number as text already controlled ("<10", rounded, a percent); key is the indicator id. */
export const PublishedFigure = HeadlineFigure;
export const LatestImpact = z
  .object({ id: z.string(), quarter: z.string(), revision: z.number().int(), publishedAt: z.string(), correctionNote: z.string(), figures: z.array(PublishedFigure) })
  .nullable();

export const PublishedSnapshotSummary = z.object({
  id: z.string(),
  quarter: z.string(),
  revision: z.number().int(),
  status: z.enum(['published', 'superseded']),
  publishedAt: z.string(),
  correctionNote: z.string(),
  correctsId: z.string().nullable(),
  supersededById: z.string().nullable(),
});

const Shown = z.object({ cell: TableCell, value: z.string() });
const PlaceName = z.object({ code: z.string(), nameKm: z.string(), nameLatin: z.string() });
const SnapshotId = z.string().trim().min(1).max(64);

const Trends = z.array(z.object({ key: z.string(), placeCode: z.string(), points: z.array(z.object({ quarter: z.string(), snapshotId: z.string(), figure: PublishedFigure })) }));

const ServiceRow = z.object({ serviceType: z.enum(serviceTypes), placeCode: z.string(), cells: z.array(Shown), total: Shown.nullable() });
const ServicesByType = z.object({ snapshot: PublishedSnapshotSummary, columns: z.array(ReportPeriod), totalPeriod: ReportPeriod.nullable(), rows: z.array(ServiceRow) }).nullable();

const MapPlace = PlaceName.extend({
  level: z.enum(['province', 'district', 'commune']),
  parentCode: z.string().nullable(),
  lat: z.number().nullable(),
  lng: z.number().nullable(),
  hive: z.object({ independenceIndex: z.number().nullable(), status: z.enum(independenceStatuses) }).nullable(),
  values: z.array(Shown.extend({ key: z.string() })),
});
const ImpactMap = z
  .object({ snapshot: PublishedSnapshotSummary, provincePeriod: ReportPeriod, districtPeriod: ReportPeriod, communePeriod: ReportPeriod, places: z.array(MapPlace) })
  .nullable();

const HiveView = PlaceName.omit({ code: true }).extend({
  communeCode: z.string(),
  districtCode: z.string(),
  independenceIndex: z.number().nullable(),
  recordedOn: z.string().nullable(),
  history: z.array(IndependencePoint),
  progress: IndependenceProgressShape,
});
const HiveProgress = z.object({ snapshot: PublishedSnapshotSummary, deadline: z.string(), hives: z.array(HiveView) }).nullable();

const PublishedTables = z.object({ snapshot: PublishedSnapshotSummary, tables: z.array(NamedTable), places: z.array(PlaceName) });

const AnnualSummary = z
  .object({
    year: z.number().int(),
    snapshot: PublishedSnapshotSummary,
    complete: z.boolean(),
    period: ReportPeriod,
    figures: z.array(PublishedFigure),
    services: z.array(ServiceRow),
    hives: z.array(HiveView),
    provinces: z.array(PlaceName),
    /** Who publishes it (the server's organisation setting), printed at the top. */
    organisation: z.string(),
  })
  .nullable();

export const impactRouter = router({
  latest: publicProcedure.input(z.void()).output(LatestImpact).query(({ ctx }) => findImpactLatest(ctx.db)),
  /** Every publication, superseded ones too, so a correction can be seen next to what it replaced. */
  snapshots: publicProcedure.input(z.void()).output(z.array(PublishedSnapshotSummary)).query(({ ctx }) => listPublishedSnapshots(ctx.db)),
  trends: publicProcedure.input(z.void()).output(Trends).query(({ ctx }) => findImpactTrends(ctx.db)),
  servicesByType: publicProcedure
    .input(z.object({ snapshotId: SnapshotId.optional() }).optional())
    .output(ServicesByType)
    .query(({ ctx, input }) => findServicesByType(ctx.db, { snapshotId: input?.snapshotId })),
  map: publicProcedure.input(z.void()).output(ImpactMap).query(({ ctx }) => findImpactMap(ctx.db)),
  hiveProgress: publicProcedure.input(z.void()).output(HiveProgress).query(({ ctx }) => findHiveProgress(ctx.db)),
  tables: publicProcedure.input(z.object({ snapshotId: SnapshotId })).output(PublishedTables).query(({ ctx, input }) => findPublishedTables(ctx.db, input)),
  tablesCsv: publicProcedure
    .input(z.object({ snapshotId: SnapshotId, table: z.string().regex(/^[a-z0-9_.]{1,120}$/) }))
    .output(z.object({ filename: z.string(), csv: z.string() }))
    .query(({ ctx, input }) => publishedTableCsv(ctx.db, input)),
  annualSummary: publicProcedure
    .input(z.object({ year: z.number().int().min(2000).max(2100) }))
    .output(AnnualSummary)
    .query(({ ctx, input }) => {
      const summary = findAnnualSummary(ctx.db, input);
      return summary && { ...summary, organisation: ctx.organisationName };
    }),
});
