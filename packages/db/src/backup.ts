// Online backup and restore through SQLite's backup API: consistent copies while the server runs.
import Database from 'better-sqlite3';
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { DomainError } from '@kruosar/domain';
import type { Db } from './client';

export async function backupDatabase(db: Db, destination: string, onProgress?: (done: number, total: number) => void) {
  if (existsSync(destination)) throw new DomainError('CONFLICT', 'errors.conflict', `${destination} already exists; choose a new file name`);
  await db.$client.backup(destination, {
    progress: ({ totalPages, remainingPages }) => {
      onProgress?.(totalPages - remainingPages, totalPages);
      return 200;
    },
  });
}

/** Replace the database at `target` with a verified backup. The server must be stopped. */
export async function restoreDatabase(source: string, target: string, opts: { force: boolean }) {
  if (!existsSync(source)) throw new DomainError('NOT_FOUND', 'errors.notFound', `No backup at ${path.resolve(source)}`);
  const backup = new Database(source, { readonly: true, fileMustExist: true });
  try {
    const integrity = backup.pragma('integrity_check', { simple: true });
    const tables = backup.prepare("select count(*) as n from sqlite_master where name in ('__drizzle_migrations', 'cases', 'audit_log')").get() as { n: number };
    if (integrity !== 'ok' || tables.n < 3) throw new DomainError('INVALID', 'errors.invalid', `${source} is not an intact Kruosar backup (integrity check: ${String(integrity)})`);
    if (existsSync(target) && !opts.force) throw new DomainError('CONFLICT', 'errors.conflict', `${target} exists; stop the server and pass --force to replace it`);
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${target}${suffix}`, { force: true });
    await backup.backup(target);
  } finally {
    backup.close();
  }
}
