// Drill: kill -9 the writing process in the middle of its writes, several times; every write it acknowledged must be
// there afterwards, the file whole (PRAGMA integrity_check) and the audit chain intact.
import path from 'node:path';
import { rmSync } from 'node:fs';
import { closeDatabase, openDatabase, verifyAuditChain } from '@kruosar/db';
import { drillFolder, drillKeys, sleep, startWriteLoad, until, type DrillResult } from './support';

export type SigkillOptions = { rounds?: number; writeMs?: number };

export async function drillSigkill(opts: SigkillOptions = {}): Promise<DrillResult> {
  const rounds = opts.rounds ?? 3;
  const dir = drillFolder('sigkill');
  const file = path.join(dir, 'drill.db');
  const key = drillKeys();
  closeDatabase(openDatabase(file, { keys: key.keys }));
  const acked = new Set<number>();
  let next = 1;
  let lost = 0;
  let integrity = 'ok';
  let chainOk = true;
  try {
    for (let round = 0; round < rounds; round++) {
      const load = startWriteLoad(file, key, { startAt: next });
      await load.ready;
      await until(() => load.acked().length > 0, 30_000, 'the first acknowledged write');
      // Kill at a different moment each round, while writes are in flight.
      await sleep((opts.writeMs ?? 400) * (0.5 + Math.random()));
      load.child.kill('SIGKILL');
      await load.exited;
      for (const ack of load.acked()) acked.add(ack.n);
      const db = openDatabase(file, { keys: key.keys, migrate: false });
      try {
        const present = new Set((db.$client.prepare("select cast(entity_id as integer) as n from audit_log where action = 'drill.write'").all() as { n: number }[]).map((r) => r.n));
        lost = [...acked].filter((n) => !present.has(n)).length;
        integrity = String(db.$client.pragma('integrity_check', { simple: true }));
        chainOk = verifyAuditChain(db).ok;
        next = Math.max(0, ...present) + 1;
      } finally {
        closeDatabase(db);
      }
      if (lost > 0 || integrity !== 'ok' || !chainOk) break;
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return {
    name: 'sigkill during writes',
    ok: lost === 0 && integrity === 'ok' && chainOk && acked.size > 0,
    figures: { 'kills (SIGKILL)': rounds, 'acknowledged writes': acked.size, 'acknowledged writes lost': lost, 'integrity_check': integrity, 'audit chain intact': chainOk },
  };
}
