// How the CLI opens a database with its key, and keeps the audit checkpoint outside it up to date.
import path from 'node:path';
import {
  AuditCheckpointError, DatabaseOpenError, checkWritable, checkpointFileOf, closeDatabase, databaseFileState, defaultKeyFile, loadInstallationKeys, openDatabase, readCheckpoint, writeCheckpoint,
  type Db, type InstallationKeys,
} from '@kruosar/db';
import { dbKeyFromEnv } from './config';

export type DbTarget = { dbPath: string; keyFile?: string | undefined };

/**
 * The keys of the database at `dbPath`: KRUOSAR_DB_KEY, else its key file (--key-file, or beside the database).
 * Only a database that does not exist yet (or a plain one being encrypted) gets a new key file.
 */
export function keysFor(target: DbTarget, opts: { create: boolean; forEncrypt?: boolean }): InstallationKeys {
  // A missing or read-only folder is explained before any key file is looked for or made there.
  checkWritable(target.dbPath);
  const state = databaseFileState(target.dbPath);
  if (state === 'plain' && !opts.forEncrypt) {
    throw new DatabaseOpenError(`The database ${path.resolve(target.dbPath)} is not encrypted (an earlier release made it). Stop the server, back the file up, then run: kruosar encrypt --db ${target.dbPath}`);
  }
  const keyFile = target.keyFile ?? defaultKeyFile(target.dbPath);
  const mayCreate = opts.create && (state === 'new' || (state === 'plain' && opts.forEncrypt === true));
  const { keys, created } = loadInstallationKeys({ envSecret: dbKeyFromEnv(), keyFile, createIfMissing: mayCreate });
  if (created) {
    console.log(`Created the key of this database: ${path.resolve(keyFile)} (readable by you only). Keep a copy apart from the backups: without it neither the database nor its backups can be read.`);
  }
  return keys;
}

export function openKeyed(target: DbTarget, opts: { create: boolean; migrate?: boolean }): { db: Db; keys: InstallationKeys } {
  const keys = keysFor(target, opts);
  return { db: openDatabase(target.dbPath, { keys, migrate: opts.migrate }), keys };
}

/** Sign the latest audit entry into the checkpoint beside the database; say so, loudly, when the log refuses it. */
function checkpoint(db: Db, target: DbTarget, keys: InstallationKeys, report: (message: string) => void = console.error): boolean {
  try {
    return writeCheckpoint(db, checkpointFileOf(target.dbPath), keys.audit, new Date());
  } catch (error) {
    if (!(error instanceof AuditCheckpointError)) throw error;
    report(`kruosar: WARNING ${error.message} Run \`kruosar audit verify\` and investigate.`);
    return false;
  }
}

export function checkpointOnClose(db: Db, target: DbTarget, keys: InstallationKeys) {
  try {
    checkpoint(db, target, keys);
  } finally {
    closeDatabase(db);
  }
}

/**
 * The server's checkpoints: one at start, then every `seconds` while entries are appended, and one at stop. Rows
 * deleted from the end of the log after a checkpoint show in `kruosar audit verify`.
 */
export function startCheckpoints(db: Db, target: DbTarget, keys: InstallationKeys, seconds: number): { stop: () => void } {
  const file = checkpointFileOf(target.dbPath);
  let missing = false;
  try {
    missing = readCheckpoint(file, keys.audit) === undefined;
  } catch {
    // An unreadable or foreign checkpoint: writeCheckpoint below refuses it and reports.
  }
  const entries = (db.$client.prepare('select count(*) as n from audit_log').get() as { n: number }).n;
  if (missing && entries > 0) {
    console.error(`kruosar: WARNING there was no audit checkpoint at ${file} for a log of ${entries} entries; a new one is written now. Unless it was removed on purpose, entries deleted from the end before now cannot be seen.`);
  }
  checkpoint(db, target, keys);
  let lastWarning = '';
  const timer = setInterval(() => {
    checkpoint(db, target, keys, (message) => {
      if (message !== lastWarning) console.error(message);
      lastWarning = message;
    });
  }, seconds * 1000);
  timer.unref();
  return {
    stop: () => {
      clearInterval(timer);
      checkpoint(db, target, keys);
    },
  };
}
