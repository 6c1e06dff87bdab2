// Data at rest: what a thief of the data folder gets (ciphertext, owner-only files), and the refusals around keys.
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { closeDatabase, databaseFileState, DatabaseOpenError, openDatabase } from './client';
import { createKeyFile, deriveKeys, KeyError, loadInstallationKeys, readKeyFile } from './keys';
import { seedDemo } from './seed/index';

const dir = mkdtempSync(path.join(tmpdir(), 'kruosar-crypt-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const mode = (file: string) => statSync(file).mode & 0o777;
const bytesOf = (file: string) => [file, `${file}-wal`].filter((f) => existsSync(f)).map((f) => readFileSync(f));
/** Children the demo wrote into the encrypted file (four asked for, plus the demo's own duplicate pair and the like). */
let seededChildren = -1;

describe('encryption at rest', () => {
  it('keeps children’s names out of the database file and its WAL, and makes every file owner-only', async () => {
    const file = path.join(dir, 'k.db');
    const keys = createKeyFile(path.join(dir, 'k.key'));
    const db = openDatabase(file, { keys });
    await seedDemo(db, { children: 4, now: new Date('2026-12-01T09:00:00Z'), hashPassword: async (p) => `test-hash:${p}` });
    seededChildren = (db.$client.prepare('select count(*) as n from children').get() as { n: number }).n;
    expect(seededChildren).toBeGreaterThanOrEqual(4);
    const child = db.$client.prepare('select given_name_latin as latin, given_name_km as km from children limit 1').get() as { latin: string; km: string };
    // While the server runs, the newest pages are in the WAL: both must be ciphertext.
    expect(existsSync(`${file}-wal`)).toBe(true);
    for (const bytes of bytesOf(file)) {
      expect(bytes.includes(child.latin)).toBe(false);
      expect(bytes.includes(Buffer.from(child.km, 'utf8'))).toBe(false);
      expect(bytes.includes('(demo)')).toBe(false);
    }
    for (const f of [file, `${file}-wal`, `${file}-shm`, path.join(dir, 'k.key')]) expect(mode(f)).toBe(0o600);
    closeDatabase(db);
    expect(databaseFileState(file)).toBe('encrypted');
    // The same data written without a key is readable with `strings`: the check above can fail.
    const plainFile = path.join(dir, 'plain.db');
    const plain = openDatabase(plainFile);
    await seedDemo(plain, { children: 1, now: new Date('2026-12-01T09:00:00Z'), hashPassword: async (p) => `test-hash:${p}` });
    closeDatabase(plain);
    expect(Buffer.concat(bytesOf(plainFile)).includes('(demo)')).toBe(true);
  });

  it('refuses a wrong key, a missing key and a key given to a plain file, each with a clear message', () => {
    const file = path.join(dir, 'k.db');
    expect(() => openDatabase(file, { keys: deriveKeys(randomBytes(32)) })).toThrow(/cannot be opened with this key/);
    expect(() => openDatabase(file)).toThrow(DatabaseOpenError);
    expect(() => openDatabase(file)).toThrow(/is encrypted: give its key/);
    expect(() => openDatabase(path.join(dir, 'plain.db'), { keys: readKeyFile(path.join(dir, 'k.key')) })).toThrow(/not encrypted .*kruosar encrypt/);
    const reopened = openDatabase(file, { keys: readKeyFile(path.join(dir, 'k.key')) });
    expect(reopened.$client.prepare('select count(*) as n from children').get()).toEqual({ n: seededChildren });
    closeDatabase(reopened);
  });

  it('takes the key from the environment first, makes a key file only when asked, and never overwrites one', () => {
    const keyFile = path.join(dir, 'other.key');
    expect(() => loadInstallationKeys({ keyFile, createIfMissing: false })).toThrow(/does not exist. Pass --key-file/);
    const made = loadInstallationKeys({ keyFile, createIfMissing: true });
    expect(made.created).toBe(true);
    expect(mode(keyFile)).toBe(0o600);
    expect(loadInstallationKeys({ keyFile, createIfMissing: true }).keys).toEqual(made.keys);
    expect(() => createKeyFile(keyFile)).toThrow(/EEXIST/);
    const secret = randomBytes(32).toString('hex');
    const fromEnv = loadInstallationKeys({ envSecret: secret, keyFile, createIfMissing: false });
    expect(fromEnv.keys).toEqual(deriveKeys(Buffer.from(secret, 'hex')));
    expect(fromEnv.keys.database.equals(fromEnv.keys.audit)).toBe(false);
    expect(() => loadInstallationKeys({ envSecret: 'short', keyFile, createIfMissing: false })).toThrow(KeyError);
    writeFileSync(path.join(dir, 'bad.key'), 'not hex\n');
    expect(() => readKeyFile(path.join(dir, 'bad.key'))).toThrow(/64 hexadecimal characters/);
  });
});
