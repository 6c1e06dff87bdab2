// Published impact for donors and the public: read from frozen snapshots, never from live case data.
import { z } from 'zod';
import { findLatestPublishedSnapshot } from '@kruosar/db';
import { publicProcedure, router } from '../trpc';

export const PublishedFigure = z.object({ key: z.string(), value: z.string(), note: z.string().optional() });
export const LatestImpact = z.object({ id: z.string(), quarter: z.string(), publishedAt: z.string(), figures: z.array(PublishedFigure) }).nullable();

const SnapshotTables = z.object({ headline: z.array(PublishedFigure) });

export const impactRouter = router({
  latest: publicProcedure
    .input(z.void())
    .output(LatestImpact)
    .query(({ ctx }) => {
      const snapshot = findLatestPublishedSnapshot(ctx.db);
      if (!snapshot) return null;
      const tables = SnapshotTables.safeParse(snapshot.tables);
      return { id: snapshot.id, quarter: snapshot.quarter, publishedAt: snapshot.publishedAt, figures: tables.success ? tables.data.headline : [] };
    }),
});
