// The kruosar command as a user runs it: real processes, real files.
import { afterAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { databaseFromDump, openDatabase, openSqlite, readKeyFile } from '@kruosar/db';

const dir = mkdtempSync(path.join(tmpdir(), 'kruosar-cli-'));
const db = path.join(dir, 'k.db');
// Made by the first command, beside the database.
const keyFile = path.join(dir, 'k.key');
type Outcome = { code: number; stdout: string; stderr: string };
function cli(args: string[], stdin?: string, dbFile = db): Promise<Outcome> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args, '--db', dbFile], { cwd: path.resolve(import.meta.dirname, '..') }, (error, stdout, stderr) =>
      resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
    if (stdin !== undefined) child.stdin!.end(stdin);
  });
}

describe('kruosar CLI', () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('imports a gazetteer, and refuses a broken one without changing anything', async () => {
    const file = path.join(dir, 'geo.json');
    const row = (code: string, latin: string) => ({ code, km: latin, latin });
    writeFileSync(file, JSON.stringify({ provinces: [row('02', 'Battambang')], districts: [row('0203', 'Battambang')], communes: [row('020303', 'Rotanak')], villages: [row('02030301', 'Village A'), row('02030302', 'Village B')] }));
    const ok = await cli(['geo', 'import', file]);
    expect(ok.stdout).toContain('Imported 1 provinces, 1 districts, 1 communes, 2 villages');
    const broken = path.join(dir, 'broken.json');
    writeFileSync(broken, JSON.stringify({ provinces: [], districts: [], communes: [], villages: [row('09990101', 'Orphan')] }));
    const bad = await cli(['geo', 'import', broken]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/parent .* is not in the file/);
    const notJson = path.join(dir, 'x.json');
    writeFileSync(notJson, '{ nope');
    expect((await cli(['geo', 'import', notJson])).code).toBe(1);
  });

  it('creates a user with a password from stdin, and refuses a duplicate and a bad role', async () => {
    const created = await cli(['user', 'create', '--username', 'sreyneang', '--name', 'Srey Neang', '--role', 'supervisor', '--communes', '020303', '--password-stdin'], 'a strong password\n');
    expect(created).toMatchObject({ code: 0 });
    expect(created.stdout).toContain('Created supervisor sreyneang');
    const again = await cli(['user', 'create', '--username', 'sreyneang', '--name', 'X', '--role', 'supervisor']);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already taken');
    const badRole = await cli(['user', 'create', '--username', 'x1x', '--name', 'X', '--role', 'king']);
    expect(badRole.code).toBe(1);
    const shortPw = await cli(['user', 'create', '--username', 'shorty', '--name', 'X', '--role', 'analyst', '--password-stdin'], 'short\n');
    expect(shortPw.stderr).toContain('password: A password has at least 10 characters');
  });

  it('resets a password (printed once, must be changed) and deactivates a user, ending their sessions, for when no admin can sign in', async () => {
    const reset = await cli(['user', 'reset', '--username', 'sreyneang']);
    expect(reset).toMatchObject({ code: 0 });
    const temporary = /Temporary password for sreyneang: (\S+)/.exec(reset.stdout)?.[1];
    expect(temporary?.length).toBeGreaterThanOrEqual(10);
    const file = openSqlite(db, readKeyFile(keyFile));
    const row = () => file.prepare('select id, must_change_password as mustChange, archived_at as archivedAt, password_hash as hash from users where username = ?').get('sreyneang') as { id: string; mustChange: number; archivedAt: string | null; hash: string };
    expect(row()).toMatchObject({ mustChange: 1, archivedAt: null });
    expect(row().hash).not.toContain(temporary);
    file.prepare("insert into sessions (token_hash, user_id, portal, created_at, expires_at) values ('h1', ?, 'staff', '2026-01-01', '2999-01-01')").run(row().id);
    const off = await cli(['user', 'deactivate', '--username', 'sreyneang']);
    expect(off.stdout).toContain('sreyneang is deactivated; their sessions have ended.');
    expect(row().archivedAt).not.toBeNull();
    expect(file.prepare('select count(*) as n from sessions where user_id = ?').get(row().id)).toEqual({ n: 0 });
    expect((await cli(['user', 'reactivate', '--username', 'sreyneang'])).stdout).toContain('sreyneang is active.');
    expect((await cli(['user', 'reset', '--username', 'nobody'])).code).toBe(1);
    file.close();
  });

  it('turns two-factor sign-in off for a lost phone, ending the sessions', async () => {
    const file = openSqlite(db, readKeyFile(keyFile));
    const id = (file.prepare('select id from users where username = ?').get('sreyneang') as { id: string }).id;
    file.prepare("update users set totp_secret = 'JBSWY3DPEHPK3PXP', totp_confirmed_at = '2026-01-01', recovery_code_hashes = '[\"a\"]' where id = ?").run(id);
    file.prepare("insert into sessions (token_hash, user_id, portal, created_at, expires_at) values ('h2', ?, 'staff', '2026-01-01', '2999-01-01')").run(id);
    const off = await cli(['user', 'reset-2fa', '--username', 'sreyneang']);
    expect(off.stdout).toContain('Two-factor sign-in is off for sreyneang; their sessions have ended. They set it up again at the next sign-in.');
    expect(file.prepare('select totp_secret as s, totp_confirmed_at as c, recovery_code_hashes as r from users where id = ?').get(id)).toEqual({ s: null, c: null, r: '[]' });
    expect(file.prepare('select count(*) as n from sessions where user_id = ?').get(id)).toEqual({ n: 0 });
    expect((await cli(['user', 'reset-2fa', '--username', 'nobody'])).code).toBe(1);
    file.close();
  });

  it('backs up and restores a database, round trip', async () => {
    const backup = path.join(dir, 'backup.db');
    expect((await cli(['backup', backup])).code).toBe(0);
    const restored = path.join(dir, 'restored.db');
    const res = await new Promise<Outcome>((resolve) =>
      execFile(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'restore', backup, '--db', restored, '--key-file', keyFile], { cwd: path.resolve(import.meta.dirname, '..') }, (e, stdout, stderr) => resolve({ code: e ? 1 : 0, stdout, stderr })),
    );
    expect(res.code).toBe(0);
    const copy = openDatabase(restored, { keys: readKeyFile(keyFile), migrate: false });
    expect(copy.$client.prepare('select username from users').all()).toEqual([{ username: 'sreyneang' }]);
    copy.$client.close();
    expect((await cli(['backup', backup])).stderr).toContain('already exists');
    // Everything the commands wrote is the owner's alone, and the names in it are ciphertext.
    for (const file of [db, keyFile, `${db}.audit-checkpoint`, backup, `${backup}.audit-checkpoint`, restored]) expect(statSync(file).mode & 0o777, file).toBe(0o600);
    for (const file of [db, backup, restored]) expect(readFileSync(file).includes('Srey Neang'), file).toBe(false);
  });

  it('verifies the audit chain and detects tampering', async () => {
    expect((await cli(['audit', 'verify'])).stdout).toMatch(/Audit log intact: \d+ entries/);
    const raw = openDatabase(db, { keys: readKeyFile(keyFile), migrate: false });
    raw.$client.prepare("update audit_log set action = 'nothing.happened' where seq = 1").run();
    raw.$client.close();
    const tampered = await cli(['audit', 'verify']);
    expect(tampered.code).toBe(1);
    expect(tampered.stderr).toContain('chain breaks at entry 1');
  });

  it('shows entries deleted from the end of the audit log, which leave a whole chain behind', async () => {
    const copy = path.join(dir, 'cut.db');
    copyFileSync(path.join(dir, 'backup.db'), copy);
    copyFileSync(path.join(dir, 'backup.db.audit-checkpoint'), `${copy}.audit-checkpoint`);
    const raw = openDatabase(copy, { keys: readKeyFile(keyFile), migrate: false });
    raw.$client.prepare('delete from audit_log where seq = (select max(seq) from audit_log)').run();
    raw.$client.close();
    const cut = await cli(['audit', 'verify', '--key-file', keyFile], undefined, copy);
    expect(cut.code).toBe(1);
    expect(cut.stderr).toMatch(/entries were deleted from the end/);
  });

  it('refuses a plain database from the previous release until `kruosar encrypt`, then runs on it', async () => {
    const old = path.join(dir, 'old.db');
    databaseFromDump(path.resolve(import.meta.dirname, '../../../packages/db/fixtures/releases/2026-12-e1d1ad6.dump.json'), old);
    const refused = await cli(['audit', 'verify'], undefined, old);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/is not encrypted .*kruosar encrypt --db/);
    const encrypted = await cli(['encrypt'], undefined, old);
    expect(encrypted.stdout).toMatch(/Created the key of this database: .*old\.key/);
    expect(encrypted.stdout).toMatch(/Encrypted .*its 89 audit entries were checked/);
    expect(statSync(path.join(dir, 'old.key')).mode & 0o777).toBe(0o600);
    expect((await cli(['audit', 'verify'], undefined, old)).stdout).toMatch(/Audit log intact: 90 entries/);
    // Three CLI processes in a row: slow on a busy machine.
  }, 240_000);
});
