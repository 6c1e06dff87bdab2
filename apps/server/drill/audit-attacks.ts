// Drill: the outside test's attacks on the audit log, each on a fresh copy of a signed, checkpointed log. Every one
// must show in the check `kruosar audit verify` makes.
import path from 'node:path';
import { createHash } from 'node:crypto';
import { copyFileSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { appendAudit, checkpointFileOf, closeDatabase, inTransaction, openDatabase, verifyAuditLog, writeCheckpoint, type Db } from '@kruosar/db';
import { drillFolder, drillKeys, type DrillResult } from './support';

type Row = { seq: number; at: string; actorId: string | null; portal: string | null; action: string; entity: string; entityId: string | null; caseId: string | null; detail: string };

/** Recompute every link with the algorithm anyone can read in the code: what an attacker without the key can do. */
function rechainWithoutKey(db: Db) {
  let prev = '0'.repeat(64);
  const rows = db.$client.prepare('select seq, at, actor_id as actorId, portal, action, entity, entity_id as entityId, case_id as caseId, detail from audit_log order by seq').all() as Row[];
  const update = db.$client.prepare('update audit_log set prev_hash = ?, hash = ? where seq = ?');
  for (const row of rows) {
    const hash = createHash('sha256').update([prev, row.at, row.actorId ?? '', row.portal ?? '', row.action, row.entity, row.entityId ?? '', row.caseId ?? '', row.detail].join('\u001f')).digest('hex');
    update.run(prev, hash, row.seq);
    prev = hash;
  }
}

const attacks: { name: string; run: (db: Db, file: string) => void }[] = [
  { name: 'delete the last 5 entries', run: (db) => db.$client.prepare('delete from audit_log where seq > (select max(seq) - 5 from audit_log)').run() },
  { name: 'delete the last entry', run: (db) => db.$client.prepare('delete from audit_log where seq = (select max(seq) from audit_log)').run() },
  {
    name: 'rewrite an entry, recompute the chain',
    run: (db) => {
      db.$client.prepare("update audit_log set action = 'nothing.happened' where seq = 10").run();
      rechainWithoutKey(db);
    },
  },
  {
    name: 'delete a middle entry, recompute the chain',
    run: (db) => {
      db.$client.prepare('delete from audit_log where seq = 20').run();
      rechainWithoutKey(db);
    },
  },
  {
    name: 'truncate, re-chain and delete the checkpoint',
    run: (db, file) => {
      db.$client.prepare('delete from audit_log where seq > 30').run();
      rechainWithoutKey(db);
      rmSync(checkpointFileOf(file));
    },
  },
  {
    name: 'truncate and edit the checkpoint to match',
    run: (db, file) => {
      db.$client.prepare('delete from audit_log where seq > 30').run();
      const row = db.$client.prepare('select seq, hash from audit_log where seq = 30').get() as { seq: number; hash: string };
      const checkpoint = JSON.parse(readFileSync(checkpointFileOf(file), 'utf8'));
      writeFileSync(checkpointFileOf(file), JSON.stringify({ ...checkpoint, seq: row.seq, hash: row.hash, entries: 30 }));
    },
  },
];

export async function drillAuditAttacks(): Promise<DrillResult> {
  const dir = drillFolder('audit');
  const key = drillKeys();
  const original = path.join(dir, 'original.db');
  const figures: Record<string, string> = {};
  let allDetected = true;
  try {
    const db = openDatabase(original, { keys: key.keys });
    for (let n = 1; n <= 50; n++) inTransaction(db, (tx) => appendAudit(tx, { actorId: 'drill', portal: 'staff', action: 'case.read', entity: 'case', entityId: `case-${n}` }, new Date()));
    writeCheckpoint(db, checkpointFileOf(original), key.keys.audit, new Date());
    db.$client.pragma('journal_mode = DELETE');
    closeDatabase(db);
    const untouched = openDatabase(original, { keys: key.keys, migrate: false });
    figures['untouched log'] = verifyAuditLog(untouched, key.keys.audit, checkpointFileOf(original)).ok ? 'verifies' : 'FAILS';
    closeDatabase(untouched);
    for (const [i, attack] of attacks.entries()) {
      const file = path.join(dir, `attack-${i}.db`);
      copyFileSync(original, file);
      copyFileSync(checkpointFileOf(original), checkpointFileOf(file));
      const target = openDatabase(file, { keys: key.keys, migrate: false });
      try {
        attack.run(target, file);
        const verdict = verifyAuditLog(target, key.keys.audit, checkpointFileOf(file));
        figures[attack.name] = verdict.ok ? 'NOT DETECTED' : `detected (${verdict.reason.split(':')[0]})`;
        allDetected &&= !verdict.ok;
      } finally {
        closeDatabase(target);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return { name: 'audit tampering', ok: allDetected && figures['untouched log'] === 'verifies', figures };
}
