// How the audit log is made tamper-evident: each entry's hash is an HMAC (keyed outside the database) over the entry
// and the previous hash, so rows cannot be rewritten and re-chained without the key; a signed checkpoint of the
// latest entry, kept outside the database, shows rows deleted from the end.
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { asc, count, desc, eq, lte } from 'drizzle-orm';
import { keysOf, type Db } from '../client';
import { auditLog } from '../schema/index';

export const GENESIS = '0'.repeat(64);

/** What an entry's hash covers. */
export type ChainedFields = { at: string; actorId: string | null; portal: string | null; action: string; entity: string; entityId: string | null; caseId: string | null; detail: string };

/**
 * The audit key of a connection, from the keys it was opened with. A connection opened without keys (tests, tools
 * on a plain file) chains with plain SHA-256, as releases before the key did.
 */
export function auditKeyOf(db: Db): Buffer | null {
  return keysOf(db)?.audit ?? null;
}

export function chainHash(key: Buffer | null, prevHash: string, row: ChainedFields): string {
  const fields = [prevHash, row.at, row.actorId ?? '', row.portal ?? '', row.action, row.entity, row.entityId ?? '', row.caseId ?? '', row.detail].join('\u001f');
  return (key ? createHmac('sha256', key) : createHash('sha256')).update(fields).digest('hex');
}

export type ChainCheck = { ok: true; entries: number } | { ok: false; entries: number; brokenAt: number };

/** Walk the chain from the start (or from a verified entry); report the first entry whose hash or link does not match. */
export function verifyChain(db: Db, key: Buffer | null, from: { seq: number; hash: string; entries: number } = { seq: 0, hash: GENESIS, entries: 0 }): ChainCheck {
  let prev = from.hash;
  let entries = from.entries;
  // Streamed row by row: the log only grows, and must never have to fit in memory to be checked.
  const rows = db.$client
    .prepare('select seq, at, actor_id as actorId, portal, action, entity, entity_id as entityId, case_id as caseId, detail, prev_hash as prevHash, hash from audit_log where seq > ? order by seq')
    .iterate(from.seq) as IterableIterator<ChainedFields & { seq: number; prevHash: string; hash: string }>;
  for (const row of rows) {
    entries++;
    if (row.prevHash !== prev || chainHash(key, prev, row) !== row.hash) return { ok: false, entries, brokenAt: row.seq };
    prev = row.hash;
  }
  return { ok: true, entries };
}

/**
 * Sign every entry with `key`, after checking the whole chain as it was (unkeyed, as an earlier release wrote it).
 * For `kruosar encrypt`: the log of a database made before the key keeps its history, now under the key.
 */
export function rekeyChain(db: Db, from: Buffer | null, to: Buffer): ChainCheck {
  const before = verifyChain(db, from);
  if (!before.ok) return before;
  let prev = GENESIS;
  const update = db.$client.prepare('update audit_log set prev_hash = ?, hash = ? where seq = ?');
  for (const row of db.select().from(auditLog).orderBy(asc(auditLog.seq)).all()) {
    const hash = chainHash(to, prev, row);
    update.run(prev, hash, row.seq);
    prev = hash;
  }
  return before;
}

/** The latest entry, signed, in a file outside the database: rows deleted from the end no longer match it. */
export type AuditCheckpoint = { seq: number; hash: string; entries: number; writtenAt: string; mac: string };

export class AuditCheckpointError extends Error {
  override readonly name = 'AuditCheckpointError';
}

/** The checkpoint of a database file (or of a backup): beside it, `kruosar.db` -> `kruosar.db.audit-checkpoint`. */
export const checkpointFileOf = (dbFile: string) => `${dbFile}.audit-checkpoint`;

function checkpointMac(key: Buffer, c: Omit<AuditCheckpoint, 'mac'>) {
  return createHmac('sha256', key).update(['kruosar-audit-checkpoint-1', c.seq, c.hash, c.entries, c.writtenAt].join('\u001f')).digest('hex');
}

function sameHex(a: string, b: string) {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === y.length && x.length > 0 && timingSafeEqual(x, y);
}

/** Read and authenticate a checkpoint; undefined when there is none. */
export function readCheckpoint(file: string, key: Buffer): AuditCheckpoint | undefined {
  if (!existsSync(file)) return undefined;
  let c: AuditCheckpoint;
  try {
    c = JSON.parse(readFileSync(file, 'utf8')) as AuditCheckpoint;
  } catch {
    throw new AuditCheckpointError(`The audit checkpoint ${file} is not readable JSON.`);
  }
  if (typeof c.seq !== 'number' || typeof c.hash !== 'string' || typeof c.entries !== 'number' || typeof c.writtenAt !== 'string' || typeof c.mac !== 'string' || !sameHex(c.mac, checkpointMac(key, c))) {
    throw new AuditCheckpointError(`The audit checkpoint ${file} is not signed with this installation's key: it was altered or belongs to another database.`);
  }
  return c;
}

function head(db: Db) {
  const last = db.select({ seq: auditLog.seq, hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.seq)).limit(1).get();
  const entries = db.select({ n: count() }).from(auditLog).get()?.n ?? 0;
  return { seq: last?.seq ?? 0, hash: last?.hash ?? GENESIS, entries };
}

export type CheckpointMatch = { ok: true } | { ok: false; reason: string };

/** Does the log still hold the checkpoint's entry, unchanged, with as many entries up to it? */
export function matchCheckpoint(db: Db, c: AuditCheckpoint): CheckpointMatch {
  const last = head(db);
  if (c.seq === 0) return { ok: true };
  const row = db.select({ hash: auditLog.hash }).from(auditLog).where(eq(auditLog.seq, c.seq)).get();
  if (!row) return { ok: false, reason: `entries were deleted from the end: the checkpoint of ${c.writtenAt} recorded entry ${c.seq}, the log now ends at entry ${last.seq}` };
  if (row.hash !== c.hash) return { ok: false, reason: `entry ${c.seq} is not the one the checkpoint of ${c.writtenAt} recorded: the log was rewritten` };
  const upTo = db.select({ n: count() }).from(auditLog).where(lte(auditLog.seq, c.seq)).get()?.n ?? 0;
  if (upTo !== c.entries) return { ok: false, reason: `the checkpoint of ${c.writtenAt} counted ${c.entries} entries up to entry ${c.seq}, the log now has ${upTo}` };
  return { ok: true };
}

function writeFileDurably(file: string, text: string) {
  const temp = `${file}.${process.pid}.tmp`;
  const fd = openSync(temp, 'w', 0o600);
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, file);
}

/**
 * Sign the log's latest entry into `file`. Refuses (and keeps the old checkpoint as evidence) when the log no longer
 * matches the previous checkpoint or the entries since it do not chain: a checkpoint must never bless tampering.
 * Returns false when nothing changed since the last checkpoint.
 */
export function writeCheckpoint(db: Db, file: string, key: Buffer, now: Date): boolean {
  const previous = readCheckpoint(file, key);
  const current = head(db);
  if (previous) {
    const match = matchCheckpoint(db, previous);
    if (!match.ok) throw new AuditCheckpointError(`Not writing an audit checkpoint: ${match.reason}.`);
    if (previous.seq === current.seq && previous.entries === current.entries) return false;
  }
  const since = verifyChain(db, key, previous ?? undefined);
  if (!since.ok) throw new AuditCheckpointError(`Not writing an audit checkpoint: the audit chain breaks at entry ${since.brokenAt}.`);
  const body = { seq: current.seq, hash: current.hash, entries: current.entries, writtenAt: now.toISOString() };
  writeFileDurably(file, `${JSON.stringify({ ...body, mac: checkpointMac(key, body) })}\n`);
  return true;
}

export type AuditVerdict = { ok: true; entries: number; checkpoint: AuditCheckpoint | undefined } | { ok: false; entries: number; reason: string };

/** The whole check `kruosar audit verify` makes: every link under the key, then the checkpoint outside the database. */
export function verifyAuditLog(db: Db, key: Buffer, checkpointFile: string): AuditVerdict {
  const chain = verifyChain(db, key);
  if (!chain.ok) return { ok: false, entries: chain.entries, reason: `the chain breaks at entry ${chain.brokenAt}` };
  let checkpoint: AuditCheckpoint | undefined;
  try {
    checkpoint = readCheckpoint(checkpointFile, key);
  } catch (error) {
    return { ok: false, entries: chain.entries, reason: (error as Error).message };
  }
  if (!checkpoint) {
    if (chain.entries === 0) return { ok: true, entries: 0, checkpoint };
    return { ok: false, entries: chain.entries, reason: `there is no audit checkpoint at ${checkpointFile}, so deleted entries at the end could not be seen` };
  }
  const match = matchCheckpoint(db, checkpoint);
  return match.ok ? { ok: true, entries: chain.entries, checkpoint } : { ok: false, entries: chain.entries, reason: match.reason };
}
