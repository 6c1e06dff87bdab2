// The audit log: every write and every read of a child's record, hash-chained so tampering shows.
import type Database from 'better-sqlite3-multiple-ciphers';
import { desc } from 'drizzle-orm';
import type { Db } from '../client';
import { auditLog } from '../schema/index';
import { GENESIS, auditKeyOf, chainHash, verifyChain, type ChainCheck } from './audit-chain';

export type AuditEntry = {
  actorId: string | null;
  portal: string | null;
  action: string;
  entity: string;
  entityId?: string | null;
  /** Set for everything that happens to a case or its parts, so it shows on the case timeline. */
  caseId?: string | null;
  detail?: Record<string, unknown>;
};

const insertStatements = new WeakMap<Db['$client'], Database.Statement>();
/** One prepared insert per connection: appends are on every write and every read of a child's record. */
function insertStatementOf(db: Db): Database.Statement {
  let statement = insertStatements.get(db.$client);
  if (!statement) {
    statement = db.$client.prepare(
      'insert into audit_log (at, actor_id, portal, action, entity, entity_id, case_id, detail, prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    insertStatements.set(db.$client, statement);
  }
  return statement;
}

/** Append one entry. Call inside the same transaction as the write it records. */
export function appendAudit(db: Db, entry: AuditEntry, at: Date) {
  appendAuditEntries(db, [{ entry, at }]);
}

/**
 * Append several entries in order, reading the chain's end once (a seed's thousands of registrations, a batch of
 * read entries). Call inside one transaction, so nothing else appends between the read and the inserts.
 */
export function appendAuditEntries(db: Db, entries: readonly { entry: AuditEntry; at: Date }[]) {
  if (entries.length === 0) return;
  const last = db.select({ hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.seq)).limit(1).get();
  let prevHash = last?.hash ?? GENESIS;
  const insert = insertStatementOf(db);
  const key = auditKeyOf(db);
  for (const { entry, at } of entries) {
    const row = {
      at: at.toISOString(),
      actorId: entry.actorId,
      portal: entry.portal,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId ?? null,
      caseId: entry.caseId ?? null,
      detail: JSON.stringify(entry.detail ?? {}),
    };
    const hash = chainHash(key, prevHash, row);
    insert.run(row.at, row.actorId, row.portal, row.action, row.entity, row.entityId, row.caseId, row.detail, prevHash, hash);
    prevHash = hash;
  }
}

type ReadAuditQueue = { entries: { entry: AuditEntry; at: Date }[]; scheduled: boolean; maxEntries: number };
const readAuditQueues = new WeakMap<Db['$client'], ReadAuditQueue>();

/**
 * Let this connection append read entries in batches: those of one turn of the event loop (up to `maxEntries`) go in
 * one transaction, instead of one commit per page viewed. The server turns it on; a read entry then reaches the
 * disk within a turn of the loop (flushReadAudits at shutdown), and the chain is the same as if each were alone.
 */
export function batchReadAudits(db: Db, options: { maxEntries?: number } = {}) {
  readAuditQueues.set(db.$client, { entries: [], scheduled: false, maxEntries: options.maxEntries ?? 500 });
}

/** Write any waiting read entries now. */
export function flushReadAudits(db: Db) {
  const queue = readAuditQueues.get(db.$client);
  if (!queue || queue.entries.length === 0) return;
  const entries = queue.entries.splice(0);
  db.$client.transaction(() => appendAuditEntries(db, entries)).immediate();
}

/**
 * Record that someone read a child's record. Without batchReadAudits it is written at once in its own transaction
 * (as a write's entry is); with it, at the end of this turn of the event loop together with the others.
 */
export function appendReadAudit(db: Db, entry: AuditEntry, at: Date) {
  const queue = readAuditQueues.get(db.$client);
  if (!queue) {
    db.$client.transaction(() => appendAudit(db, entry, at)).immediate();
    return;
  }
  queue.entries.push({ entry, at });
  if (queue.entries.length >= queue.maxEntries) flushReadAudits(db);
  else if (!queue.scheduled) {
    queue.scheduled = true;
    setImmediate(() => {
      queue.scheduled = false;
      flushReadAudits(db);
    });
  }
}

/** Walk the chain under this connection's audit key; report the first entry whose hash or link does not match. */
export function verifyAuditChain(db: Db): ChainCheck {
  return verifyChain(db, auditKeyOf(db));
}
