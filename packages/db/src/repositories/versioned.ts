// Optimistic concurrency: an update names the version it was based on; a stale version is refused, never merged.
import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { conflict, notFound } from '@kruosar/domain';
import type { Db } from '../client';

type Versioned = SQLiteTable & { id: SQLiteColumn; version: SQLiteColumn };

/**
 * Apply `set` to the row `id` only if its version is still `expectedVersion`, and bump the version.
 * Throws CONFLICT (someone saved first) or NOT_FOUND. Returns the new version.
 */
export function updateVersioned<T extends Versioned>(
  db: Db,
  params: { table: T; id: string; expectedVersion: number; set: Record<string, unknown>; what: string; extraWhere?: SQL },
): number {
  const { table } = params;
  const result = db
    .update(table)
    .set({ ...params.set, version: sql`${table.version} + 1` } as never)
    .where(and(eq(table.id, params.id), eq(table.version, params.expectedVersion), params.extraWhere))
    .run();
  if (result.changes === 1) return params.expectedVersion + 1;
  const exists = db.select({ v: table.version }).from(table as SQLiteTable).where(eq(table.id, params.id)).get();
  if (!exists) throw notFound(params.what);
  throw conflict(params.what);
}
