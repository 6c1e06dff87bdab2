// Encrypt a database made by a release before encryption at rest: `kruosar encrypt`. Its audit history is checked
// as it was written (plain SHA-256), then signed with the installation's audit key, and the file is swapped in whole.
import { chmodSync, closeSync, copyFileSync, existsSync, openSync, renameSync, rmSync, statSync } from 'node:fs';
import Database from 'better-sqlite3-multiple-ciphers';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { DomainError } from '@kruosar/domain';
import { closeDatabase, databaseFileState, inTransaction, openDatabase, openSqlite, type Db } from './client';
import type { InstallationKeys } from './keys';
import { appendAudit } from './repositories/audit';
import { rekeyChain, verifyChain } from './repositories/audit-chain';
import * as schema from './schema/index';

const sidecars = ['-wal', '-shm', '-journal'];

/** Fold the WAL of the plain file in and check its audit chain as the earlier release wrote it. */
function settlePlain(file: string): number {
  const plain = openSqlite(file, null);
  try {
    const chain = verifyChain(drizzle(plain, { schema }) as unknown as Db, null);
    if (!chain.ok) {
      throw new DomainError('CONFLICT', 'errors.auditBroken', `The audit log of ${file} breaks at entry ${chain.brokenAt}: it was altered before encryption. Nothing was changed.`);
    }
    plain.pragma('wal_checkpoint(TRUNCATE)');
    return chain.entries;
  } finally {
    plain.close();
  }
}

export function encryptDatabase(file: string, keys: InstallationKeys, now: Date = new Date()): { auditEntries: number } {
  const state = databaseFileState(file);
  if (state === 'new') throw new DomainError('NOT_FOUND', 'errors.notFound', `No database at ${file}`);
  if (state === 'encrypted') throw new DomainError('CONFLICT', 'errors.conflict', `${file} is already encrypted`);
  const auditEntries = settlePlain(file);
  if (existsSync(`${file}-wal`) && statSync(`${file}-wal`).size > 0) {
    throw new DomainError('CONFLICT', 'errors.conflict', `${file} is still in use (its WAL could not be folded in): stop the server first.`);
  }
  const work = `${file}.encrypting`;
  for (const suffix of ['', ...sidecars]) rmSync(`${work}${suffix}`, { force: true });
  closeSync(openSync(work, 'wx', 0o600));
  copyFileSync(file, work);
  chmodSync(work, 0o600);
  try {
    // SQLite3 Multiple Ciphers encrypts a plain file in place with rekey (not in WAL mode).
    const raw = new Database(work);
    raw.pragma('journal_mode = DELETE');
    raw.pragma("cipher = 'sqlcipher'");
    raw.pragma('legacy = 4');
    raw.pragma(`rekey = "x'${keys.database.toString('hex')}'"`);
    raw.close();
    const db = openDatabase(work, { keys, migrate: false });
    try {
      inTransaction(db, (tx) => {
        rekeyChain(tx, null, keys.audit);
        appendAudit(tx, { actorId: null, portal: 'cli', action: 'database.encrypt', entity: 'database', detail: { auditEntriesSigned: auditEntries } }, now);
      });
      const integrity = db.$client.pragma('integrity_check', { simple: true });
      if (integrity !== 'ok') throw new DomainError('INVALID', 'errors.invalid', `The encrypted copy failed its integrity check (${String(integrity)}); ${file} was left as it was.`);
      db.$client.pragma('journal_mode = DELETE');
    } finally {
      closeDatabase(db);
    }
    for (const suffix of sidecars) rmSync(`${file}${suffix}`, { force: true });
    renameSync(work, file);
  } finally {
    for (const suffix of ['', ...sidecars]) rmSync(`${work}${suffix}`, { force: true });
  }
  return { auditEntries };
}
