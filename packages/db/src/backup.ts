// Online backup and verified restore. A backup is a copy of the encrypted file itself (so it stays encrypted, with the
// same key), taken in about the time the copy takes, checked before it gets its name, and anchored by its own checkpoint.
import { chmodSync, closeSync, copyFileSync, existsSync, openSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { DomainError } from '@kruosar/domain';
import { keysOf, openSqlite, type Db } from './client';
import type { InstallationKeys } from './keys';
import { checkpointFileOf, matchCheckpoint, readCheckpoint, verifyChain, writeCheckpoint } from './repositories/audit-chain';
import * as schema from './schema/index';

const REQUIRED_TABLES = ['__drizzle_migrations', 'cases', 'audit_log'];

/** Seconds: waiting for the write lock, copying under it (writers wait that long), and the whole backup with its checks. */
export type BackupSummary = { file: string; bytes: number; auditEntries: number; lockWaitSeconds: number; copySeconds: number; totalSeconds: number };

/** A new owner-only file; copyFileSync then fills it without widening its mode. */
function createPrivate(file: string) {
  closeSync(openSync(file, 'wx', 0o600));
}

function copyPrivate(from: string, to: string) {
  createPrivate(to);
  copyFileSync(from, to);
  chmodSync(to, 0o600);
}

const removeWithSidecars = (file: string) => {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${file}${suffix}`, { force: true });
};

/**
 * Copy the database file and its WAL while holding the write lock: no commit can land mid-copy and the WAL cannot be
 * restarted, so the two copies together are one consistent state. Writers wait only for the copy (their busy timeout
 * covers it); readers never wait. The WAL is folded into the copy afterwards, away from the live database.
 */
function copyUnderWriteLock(db: Db, to: string): { lockWaitSeconds: number; copySeconds: number } {
  const live = db.$client.name;
  // Fold what the WAL holds into the file first, so there is little WAL to copy (best effort: readers may hold some).
  db.$client.pragma('wal_checkpoint(PASSIVE)');
  const asked = performance.now();
  db.$client.prepare('BEGIN IMMEDIATE').run();
  const locked = performance.now();
  try {
    copyPrivate(live, to);
    if (existsSync(`${live}-wal`) && statSync(`${live}-wal`).size > 0) copyPrivate(`${live}-wal`, `${to}-wal`);
  } finally {
    db.$client.prepare('ROLLBACK').run();
  }
  return { lockWaitSeconds: (locked - asked) / 1000, copySeconds: (performance.now() - locked) / 1000 };
}

/** Fold the copied WAL in, leave one self-contained file, and prove it is whole: integrity, tables, audit chain. */
function checkBackupFile(file: string, keys: InstallationKeys | null, opts: { fold: boolean }): { auditEntries: number } {
  const copy = openSqlite(file, keys, { readonly: !opts.fold });
  try {
    if (opts.fold) {
      copy.pragma('wal_checkpoint(TRUNCATE)');
      copy.pragma('journal_mode = DELETE');
    }
    const integrity = copy.pragma('integrity_check', { simple: true });
    const tables = copy.prepare(`select count(*) as n from sqlite_master where type = 'table' and name in (${REQUIRED_TABLES.map(() => '?').join(', ')})`).get(...REQUIRED_TABLES) as { n: number };
    if (integrity !== 'ok' || tables.n < REQUIRED_TABLES.length) {
      throw new DomainError('INVALID', 'errors.invalid', `${file} is not an intact Kruosar backup (integrity check: ${String(integrity)})`);
    }
    const chain = verifyChain(drizzle(copy, { schema }) as unknown as Db, keys?.audit ?? null);
    if (!chain.ok) throw new DomainError('INVALID', 'errors.auditBroken', `${file}: its audit chain breaks at entry ${chain.brokenAt}`);
    return { auditEntries: chain.entries };
  } finally {
    copy.close();
  }
}

/** Back the live database up to a new file, encrypted like it, verified, with a signed audit checkpoint beside it. */
export async function backupDatabase(db: Db, destination: string, now: Date = new Date()): Promise<BackupSummary> {
  if (existsSync(destination)) throw new DomainError('CONFLICT', 'errors.conflict', `${destination} already exists; choose a new file name`);
  const keys = keysOf(db);
  const partial = path.join(path.dirname(path.resolve(destination)), `.${path.basename(destination)}.partial`);
  removeWithSidecars(partial);
  const started = performance.now();
  try {
    const { lockWaitSeconds, copySeconds } = copyUnderWriteLock(db, partial);
    const { auditEntries } = checkBackupFile(partial, keys, { fold: true });
    renameSync(partial, destination);
    if (keys) {
      const backup = openSqlite(destination, keys, { readonly: true });
      try {
        writeCheckpoint(drizzle(backup, { schema }) as unknown as Db, checkpointFileOf(destination), keys.audit, now);
      } finally {
        backup.close();
      }
    }
    return { file: path.resolve(destination), bytes: statSync(destination).size, auditEntries, lockWaitSeconds, copySeconds, totalSeconds: (performance.now() - started) / 1000 };
  } finally {
    removeWithSidecars(partial);
  }
}

/**
 * Check a backup without touching the live database: intact, a Kruosar database, audit chain whole under the key, and
 * still matching the checkpoint written with it (when there is one).
 */
export function verifyBackup(source: string, keys: InstallationKeys | null): { auditEntries: number; checkpointed: boolean } {
  if (!existsSync(source)) throw new DomainError('NOT_FOUND', 'errors.notFound', `No backup at ${path.resolve(source)}`);
  const { auditEntries } = checkBackupFile(source, keys, { fold: false });
  if (!keys) return { auditEntries, checkpointed: false };
  const checkpoint = readCheckpoint(checkpointFileOf(source), keys.audit);
  if (!checkpoint) return { auditEntries, checkpointed: false };
  const copy = openSqlite(source, keys, { readonly: true });
  try {
    const match = matchCheckpoint(drizzle(copy, { schema }) as unknown as Db, checkpoint);
    if (!match.ok) throw new DomainError('INVALID', 'errors.auditBroken', `${source} does not match the checkpoint written with it: ${match.reason}`);
  } finally {
    copy.close();
  }
  return { auditEntries, checkpointed: true };
}

/**
 * Replace the database at `target` with a verified backup. The server must be stopped. The target's old audit
 * checkpoint (of the log being replaced) is kept aside, renamed, and a new one is written for the restored log.
 */
export async function restoreDatabase(source: string, target: string, opts: { force: boolean; keys?: InstallationKeys | null; now?: Date }) {
  const keys = opts.keys ?? null;
  const verified = verifyBackup(source, keys);
  if (existsSync(target) && !opts.force) throw new DomainError('CONFLICT', 'errors.conflict', `${target} exists; stop the server and pass --force to replace it`);
  const now = opts.now ?? new Date();
  const incoming = `${target}.restoring`;
  removeWithSidecars(incoming);
  copyPrivate(source, incoming);
  removeWithSidecars(target);
  renameSync(incoming, target);
  if (keys) {
    const checkpoint = checkpointFileOf(target);
    if (existsSync(checkpoint)) renameSync(checkpoint, `${checkpoint}.before-restore-${now.toISOString().replace(/[:.]/g, '-')}`);
    const restored = openSqlite(target, keys, { readonly: true });
    try {
      writeCheckpoint(drizzle(restored, { schema }) as unknown as Db, checkpoint, keys.audit, now);
    } finally {
      restored.close();
    }
  }
  return verified;
}
