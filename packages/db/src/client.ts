// Opens the SQLite file the platform runs on: encrypted with the installation's key, readable by its owner only,
// with the settings that make acknowledged writes durable.
import Database from 'better-sqlite3-multiple-ciphers';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { accessSync, chmodSync, closeSync, constants, existsSync, openSync, readSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { InstallationKeys } from './keys';
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

/** What is at a database path: nothing yet, a plain SQLite file (an earlier release), or an encrypted one. */
export type DatabaseFileState = 'new' | 'plain' | 'encrypted';

const PLAIN_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

export function databaseFileState(file: string): DatabaseFileState {
  if (file === ':memory:' || !existsSync(file) || statSync(file).size === 0) return 'new';
  const header = Buffer.alloc(PLAIN_HEADER.length);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, header, 0, header.length, 0);
  } finally {
    closeSync(fd);
  }
  return header.equals(PLAIN_HEADER) ? 'plain' : 'encrypted';
}

/** Owner-only files: a new database is created 0600 (SQLite gives its WAL and SHM the same mode); older ones are tightened. */
function restrictToOwner(file: string) {
  if (!existsSync(file)) closeSync(openSync(file, 'wx', 0o600));
  for (const part of [file, `${file}-wal`, `${file}-shm`]) {
    try {
      if (existsSync(part) && (statSync(part).mode & 0o077) !== 0) chmodSync(part, 0o600);
    } catch {
      // Not ours to change (another owner): SQLite's own open reports what matters.
    }
  }
}

/**
 * SQLCipher 4 format (AES-256 pages, each with an HMAC), so the standard `sqlcipher` tool opens a copy with the raw
 * key. The key is raw 256 bits (random, derived), so no password stretching runs on every open.
 */
export function applyKey(sqlite: Database.Database, key: Buffer) {
  sqlite.pragma("cipher = 'sqlcipher'");
  sqlite.pragma('legacy = 4');
  sqlite.pragma(`key = "x'${key.toString('hex')}'"`);
}

/** A raw connection to a Kruosar database file: keyed, and proved to open (a wrong key only shows on first read). */
export function openSqlite(file: string, keys: InstallationKeys | null, options: { readonly?: boolean } = {}): Database.Database {
  const state = databaseFileState(file);
  const where = path.resolve(file);
  if (keys && state === 'plain') {
    throw new DatabaseOpenError(`The database ${where} is not encrypted (an earlier release made it). Stop the server, back the file up, then run: kruosar encrypt --db ${file}`);
  }
  if (!keys && state === 'encrypted') throw new DatabaseOpenError(`The database ${where} is encrypted: give its key with --key-file <file> or KRUOSAR_DB_KEY.`);
  if (file !== ':memory:' && !options.readonly) restrictToOwner(file);
  const sqlite = new Database(file, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  try {
    if (keys) applyKey(sqlite, keys.database);
    sqlite.prepare('select count(*) from sqlite_master').get();
  } catch (error) {
    sqlite.close();
    if (error instanceof Error && 'code' in error && error.code === 'SQLITE_NOTADB') {
      throw new DatabaseOpenError(`The database ${where} cannot be opened with this key: it was made with another key, or it is not a Kruosar database.`);
    }
    throw error;
  }
  return sqlite;
}

/** The keys a connection was opened with, for work that opens a copy of it (backups, frozen copies, the audit chain). */
const connectionKeys = new WeakMap<Database.Database, InstallationKeys>();

export function keysOf(db: Db): InstallationKeys | null {
  return connectionKeys.get(db.$client) ?? null;
}

export type OpenOptions = {
  migrate?: boolean;
  /**
   * The installation's keys. The CLI always passes them; without them the file is plain and the audit chain
   * unkeyed, which only tests and tools on throwaway files should want.
   */
  keys?: InstallationKeys | null;
};

export function openDatabase(file: string, options: OpenOptions = {}): Db {
  checkWritable(file);
  const keys = options.keys ?? null;
  const sqlite = openSqlite(file, keys);
  if (keys) connectionKeys.set(sqlite, keys);
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
