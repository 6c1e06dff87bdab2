// The attacks the outside test used on the audit log: rows deleted from the end, and rows rewritten then re-chained.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { closeDatabase, inTransaction, openDatabase, type Db } from '../client';
import { deriveKeys, type InstallationKeys } from '../keys';
import { appendAudit, verifyAuditChain } from './audit';
import { checkpointFileOf, verifyAuditLog, writeCheckpoint } from './audit-chain';

let dir: string;
let file: string;
let db: Db;
let keys: InstallationKeys;
const now = new Date('2026-12-01T09:00:00Z');

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'kruosar-audit-'));
  file = path.join(dir, 'k.db');
  keys = deriveKeys(randomBytes(32));
  db = openDatabase(file, { keys });
  for (let n = 1; n <= 20; n++) inTransaction(db, (tx) => appendAudit(tx, { actorId: 'u1', portal: 'staff', action: 'case.read', entity: 'case', entityId: `c${n}` }, now));
  writeCheckpoint(db, checkpointFileOf(file), keys.audit, now);
});
afterEach(() => {
  closeDatabase(db);
  rmSync(dir, { recursive: true, force: true });
});

/** What the attacker of the finding did: recompute every hash with the published algorithm (plain SHA-256). */
function rechainWithoutKey(target: Db) {
  let prev = '0'.repeat(64);
  type Row = { seq: number; at: string; actorId: string | null; portal: string | null; action: string; entity: string; entityId: string | null; caseId: string | null; detail: string };
  const rows = target.$client.prepare('select seq, at, actor_id as actorId, portal, action, entity, entity_id as entityId, case_id as caseId, detail from audit_log order by seq').all() as Row[];
  for (const row of rows) {
    const hash = createHash('sha256').update([prev, row.at, row.actorId ?? '', row.portal ?? '', row.action, row.entity, row.entityId ?? '', row.caseId ?? '', row.detail].join('\u001f')).digest('hex');
    target.$client.prepare('update audit_log set prev_hash = ?, hash = ? where seq = ?').run(prev, hash, row.seq);
    prev = hash;
  }
}

describe('audit chain under attack', () => {
  it('is intact as written, signed under the key, and anchored by the checkpoint', () => {
    expect(verifyAuditLog(db, keys.audit, checkpointFileOf(file))).toMatchObject({ ok: true, entries: 20, checkpoint: { seq: 20, entries: 20 } });
  });

  it('shows rows deleted from the end (the chain left is whole), and the server will not sign over them', () => {
    db.$client.prepare('delete from audit_log where seq > 17').run();
    expect(verifyAuditChain(db)).toMatchObject({ ok: true });
    const verdict = verifyAuditLog(db, keys.audit, checkpointFileOf(file));
    expect(verdict).toMatchObject({ ok: false });
    expect(verdict.ok === false && verdict.reason).toMatch(/deleted from the end: .* recorded entry 20, the log now ends at entry 17/);
    const before = readFileSync(checkpointFileOf(file), 'utf8');
    expect(() => writeCheckpoint(db, checkpointFileOf(file), keys.audit, new Date())).toThrow(/Not writing an audit checkpoint/);
    expect(readFileSync(checkpointFileOf(file), 'utf8')).toBe(before);
  });

  it('shows a row rewritten and the chain recomputed without the key', () => {
    db.$client.prepare("update audit_log set action = 'nothing.happened' where seq = 5").run();
    rechainWithoutKey(db);
    expect(verifyAuditLog(db, keys.audit, checkpointFileOf(file))).toMatchObject({ ok: false, reason: expect.stringMatching(/chain breaks at entry 1$/) });
  });

  it('shows a re-chain by someone holding another key, a forged or missing checkpoint', () => {
    const forger = deriveKeys(randomBytes(32)).audit;
    expect(verifyAuditLog(db, forger, checkpointFileOf(file))).toMatchObject({ ok: false });
    const checkpoint = JSON.parse(readFileSync(checkpointFileOf(file), 'utf8'));
    writeFileSync(checkpointFileOf(file), JSON.stringify({ ...checkpoint, seq: 17 }));
    expect(verifyAuditLog(db, keys.audit, checkpointFileOf(file))).toMatchObject({ ok: false, reason: expect.stringMatching(/not signed with this installation's key/) });
    rmSync(checkpointFileOf(file));
    expect(existsSync(checkpointFileOf(file))).toBe(false);
    expect(verifyAuditLog(db, keys.audit, checkpointFileOf(file))).toMatchObject({ ok: false, reason: expect.stringMatching(/no audit checkpoint/) });
  });
});
