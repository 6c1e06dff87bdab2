// Backups: a verified, encrypted, owner-only copy made in about the time a file copy takes, and a restore that checks it.
import { afterAll, describe, expect, it } from 'vitest';
import { copyFileSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { backupDatabase, restoreDatabase, verifyBackup } from './backup';
import { closeDatabase, databaseFileState, inTransaction, openDatabase } from './client';
import { deriveKeys } from './keys';
import { appendAudit } from './repositories/audit';
import { checkpointFileOf, verifyAuditLog, writeCheckpoint } from './repositories/audit-chain';

const dir = mkdtempSync(path.join(tmpdir(), 'kruosar-backup-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const keys = deriveKeys(randomBytes(32));
const live = path.join(dir, 'live.db');
const now = new Date('2026-12-01T09:00:00Z');

describe('backup and restore', () => {
  it('copies a 4 MB database in about the time of a file copy, encrypted, owner-only, verified and checkpointed', async () => {
    const db = openDatabase(live, { keys });
    const filler = 'Sok Dalin (demo) '.repeat(150);
    for (let batch = 0; batch < 4; batch++) {
      inTransaction(db, (tx) => {
        for (let n = 0; n < 400; n++) appendAudit(tx, { actorId: 'u1', portal: 'staff', action: 'case.read', entity: 'case', entityId: `c${n}`, detail: { filler } }, now);
      });
    }
    writeCheckpoint(db, checkpointFileOf(live), keys.audit, now);
    const size = statSync(live).size + statSync(`${live}-wal`).size;
    expect(size).toBeGreaterThan(3.5 * 1024 * 1024);
    const plainCopy = path.join(dir, 'copy.raw');
    let started = performance.now();
    copyFileSync(live, plainCopy);
    const copySeconds = (performance.now() - started) / 1000;
    started = performance.now();
    const backup = path.join(dir, 'b.db');
    const summary = await backupDatabase(db, backup);
    const seconds = (performance.now() - started) / 1000;
    // The copy itself stays close to a file copy; the whole backup (with its integrity check) within a second or two.
    expect(summary.copySeconds).toBeLessThan(Math.max(0.5, 20 * copySeconds));
    expect(seconds).toBeLessThan(3);
    expect(summary.auditEntries).toBe(1600);
    expect(databaseFileState(backup)).toBe('encrypted');
    expect(readFileSync(backup).includes('Sok Dalin')).toBe(false);
    expect(statSync(backup).mode & 0o777).toBe(0o600);
    expect(statSync(checkpointFileOf(backup)).mode & 0o777).toBe(0o600);
    expect(existsSync(`${backup}-wal`)).toBe(false);
    expect(verifyBackup(backup, keys)).toEqual({ auditEntries: 1600, checkpointed: true });
    await expect(backupDatabase(db, backup)).rejects.toThrow(/already exists/);
    closeDatabase(db);
  });

  it('restores a verified backup with its checkpoint, and keeps the replaced checkpoint aside', async () => {
    const target = path.join(dir, 'restored.db');
    const verified = await restoreDatabase(path.join(dir, 'b.db'), target, { force: false, keys });
    expect(verified).toEqual({ auditEntries: 1600, checkpointed: true });
    const db = openDatabase(target, { keys });
    expect(verifyAuditLog(db, keys.audit, checkpointFileOf(target))).toMatchObject({ ok: true, entries: 1600 });
    closeDatabase(db);
    await expect(restoreDatabase(path.join(dir, 'b.db'), target, { force: false, keys })).rejects.toThrow(/pass --force/);
    await restoreDatabase(path.join(dir, 'b.db'), target, { force: true, keys, now: new Date('2026-12-02T00:00:00Z') });
    expect(existsSync(`${checkpointFileOf(target)}.before-restore-2026-12-02T00-00-00-000Z`)).toBe(true);
  });

  it('refuses a damaged backup, one under another key, and one shorter than its checkpoint', async () => {
    const damaged = path.join(dir, 'damaged.db');
    copyFileSync(path.join(dir, 'b.db'), damaged);
    const fd = openSync(damaged, 'r+');
    writeSync(fd, randomBytes(4096), 0, 4096, 8192);
    closeSync(fd);
    await expect(restoreDatabase(damaged, path.join(dir, 'x.db'), { force: false, keys })).rejects.toThrow();
    expect(existsSync(path.join(dir, 'x.db'))).toBe(false);
    await expect(restoreDatabase(path.join(dir, 'b.db'), path.join(dir, 'y.db'), { force: false, keys: deriveKeys(randomBytes(32)) })).rejects.toThrow(/cannot be opened with this key/);
    const cut = path.join(dir, 'cut.db');
    copyFileSync(path.join(dir, 'b.db'), cut);
    copyFileSync(checkpointFileOf(path.join(dir, 'b.db')), checkpointFileOf(cut));
    const db = openDatabase(cut, { keys, migrate: false });
    db.$client.prepare('delete from audit_log where seq > 1590').run();
    db.$client.pragma('journal_mode = DELETE');
    closeDatabase(db);
    await expect(restoreDatabase(cut, path.join(dir, 'z.db'), { force: false, keys })).rejects.toThrow(/does not match the checkpoint written with it: entries were deleted/);
  });
});
