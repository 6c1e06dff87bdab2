// The running server's audit checkpoints: written at start, kept up with the log, never written over a cut log.
import { afterAll, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { appendAudit, checkpointFileOf, closeDatabase, inTransaction, verifyAuditLog } from '@kruosar/db';
import { openKeyed, startCheckpoints } from './keyed-database';

const dir = mkdtempSync(path.join(tmpdir(), 'kruosar-checkpoints-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('server audit checkpoints', () => {
  it('follows the log every interval, refuses to bless entries deleted from its end, and says so', async () => {
    const target = { dbPath: path.join(dir, 'k.db') };
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { db, keys } = openKeyed(target, { create: true });
    expect(statSync(path.join(dir, 'k.key')).mode & 0o777).toBe(0o600);
    const checkpoints = startCheckpoints(db, target, keys, 1);
    const recorded = () => JSON.parse(readFileSync(checkpointFileOf(target.dbPath), 'utf8')) as { seq: number };
    expect(recorded().seq).toBe(0);
    for (let n = 0; n < 5; n++) inTransaction(db, (tx) => appendAudit(tx, { actorId: 'u1', portal: 'staff', action: 'case.read', entity: 'case', entityId: `c${n}` }, new Date()));
    await sleep(1500);
    expect(recorded().seq).toBe(5);
    db.$client.prepare('delete from audit_log where seq > 3').run();
    await sleep(1500);
    expect(recorded().seq).toBe(5);
    expect(error.mock.calls.flat().join('\n')).toMatch(/WARNING Not writing an audit checkpoint: entries were deleted from the end/);
    expect(verifyAuditLog(db, keys.audit, checkpointFileOf(target.dbPath))).toMatchObject({ ok: false });
    checkpoints.stop();
    closeDatabase(db);
    log.mockRestore();
    error.mockRestore();
  });
});
