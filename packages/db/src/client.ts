// Opens the SQLite file the platform runs on, with the settings that make acknowledged writes durable.
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { accessSync, constants, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as schema from './schema/index';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

const migrationsFolder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../drizzle');

export class DatabaseOpenError extends Error {
  override readonly name = 'DatabaseOpenError';
}

/**
 * Refuse early, with a clear message, rather than let SQLite fail half-way through a start.
 * `access` is the file system's permission check; tests pass one that refuses, since root passes every check.
 */
export function checkWritable(file: string, access: (target: string, mode: number) => void = accessSync) {
  if (file === ':memory:') return;
  const dir = path.dirname(path.resolve(file));
  if (!existsSync(dir)) throw new DatabaseOpenError(`The database folder ${dir} does not exist. Create it or choose another --db path.`);
  try {
    access(dir, constants.W_OK);
    if (existsSync(file)) access(file, constants.R_OK | constants.W_OK);
  } catch {
    throw new DatabaseOpenError(`The database ${path.resolve(file)} is not writable by this user. Fix its permissions or choose another --db path.`);
  }
}

export function openDatabase(file: string, options: { migrate?: boolean } = {}): Db {
  checkWritable(file);
  const sqlite = new Database(file);
  sqlite.pragma('journal_mode = WAL');
  // NORMAL in WAL mode: a committed write survives kill -9 of the server (the WAL is on disk before we answer);
  // only an OS crash or power cut can lose the last commits. FULL fsyncs every commit, and every audited read
  // is a commit, which costs more than the query itself on a busy machine (docs/DESIGN.md §6 says why).
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = drizzle(sqlite, { schema }) as Db;
  if (options.migrate !== false) migrate(db, { migrationsFolder });
  // Gives the query planner fresh statistics where they are missing or stale (cheap; SQLite's advice at open).
  sqlite.pragma('optimize = 0x10002');
  return db;
}

export function closeDatabase(db: Db) {
  db.$client.close();
}

/** Run `work` in one write transaction (BEGIN IMMEDIATE, so two writers never deadlock on upgrade). */
export function inTransaction<T>(db: Db, work: (tx: Db) => T): T {
  return db.$client.transaction(() => work(db)).immediate();
}
