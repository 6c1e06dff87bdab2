// Published impact snapshots: the only thing the supporters portal reads about the work.
import { desc, eq } from 'drizzle-orm';
import type { Db } from '../client';
import { impactSnapshots } from '../schema/index';

export type PublishedSnapshot = { id: string; quarter: string; revision: number; publishedAt: string; tables: unknown; correctionNote: string };

export function findLatestPublishedSnapshot(db: Db): PublishedSnapshot | undefined {
  const row = db
    .select()
    .from(impactSnapshots)
    .where(eq(impactSnapshots.status, 'published'))
    .orderBy(desc(impactSnapshots.quarter), desc(impactSnapshots.revision))
    .limit(1)
    .get();
  if (!row || !row.publishedAt) return undefined;
  return { id: row.id, quarter: row.quarter, revision: row.revision, publishedAt: row.publishedAt, tables: row.tables, correctionNote: row.correctionNote };
}
