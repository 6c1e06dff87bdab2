// A database made by the previous release, opened by this one: migrations applied, encrypted by `kruosar encrypt`,
// every table's rows and a sample of records as that release wrote them.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { databaseFromDump } from './release-dump';
import { closeDatabase, openDatabase, type Db } from './client';
import { encryptDatabase } from './encrypt';
import { deriveKeys } from './keys';
import { verifyAuditChain } from './repositories/audit';

const releases = path.resolve(import.meta.dirname, '../fixtures/releases');
type Manifest = { release: string; counts: Record<string, number>; samples: Record<string, Record<string, unknown>[]> };

/** Entries the current code adds on its own: the migrations it applies, and the note that the log was signed. */
const grows: Record<string, number> = { __drizzle_migrations: Number.POSITIVE_INFINITY, audit_log: 1 };
/** Re-signed by `kruosar encrypt`: the entries stay, their hashes are now HMACs. */
const resigned = new Set(['audit_log.prev_hash', 'audit_log.hash']);

function expectIntact(db: Db, manifest: Manifest) {
  for (const [table, count] of Object.entries(manifest.counts)) {
    const now = (db.$client.prepare(`select count(*) as n from "${table}"`).get() as { n: number }).n;
    expect(now, table).toBeGreaterThanOrEqual(count);
    expect(now - count, table).toBeLessThanOrEqual(grows[table] ?? 0);
  }
  for (const [table, rows] of Object.entries(manifest.samples)) {
    if (table === '__drizzle_migrations') continue;
    const current = db.$client.prepare(`select * from "${table}" order by rowid limit ?`).all(rows.length) as Record<string, unknown>[];
    rows.forEach((row, i) => {
      const kept = Object.fromEntries(Object.entries(row).filter(([column]) => !resigned.has(`${table}.${column}`)));
      expect(current[i], `${table} row ${i}`).toMatchObject(kept);
    });
  }
}

describe('release fixture 2026-12-e1d1ad6', () => {
  const manifest = JSON.parse(readFileSync(path.join(releases, '2026-12-e1d1ad6.json'), 'utf8')) as Manifest;

  it('has every table populated', () => {
    expect(Object.keys(manifest.counts).length).toBeGreaterThan(25);
    for (const [table, count] of Object.entries(manifest.counts)) expect(count, table).toBeGreaterThan(0);
  });

  it('is encrypted and migrated by the current release with every record intact and its audit history signed', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kruosar-release-'));
    const file = path.join(dir, 'old.db');
    databaseFromDump(path.join(releases, '2026-12-e1d1ad6.dump.json'), file);
    const keys = deriveKeys(randomBytes(32));
    expect(() => openDatabase(file, { keys })).toThrow(/not encrypted .*kruosar encrypt/);
    expect(encryptDatabase(file, keys, new Date('2026-12-02T00:00:00Z'))).toEqual({ auditEntries: manifest.counts.audit_log });
    const db = openDatabase(file, { keys });
    try {
      expectIntact(db, manifest);
      expect(verifyAuditChain(db)).toEqual({ ok: true, entries: manifest.counts.audit_log! + 1 });
      expect(db.$client.pragma('integrity_check', { simple: true })).toBe('ok');
      const child = (manifest.samples.children![0] as { given_name_latin: string }).given_name_latin;
      expect(readFileSync(file).includes(child)).toBe(false);
    } finally {
      closeDatabase(db);
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses to encrypt (and so to sign) a log that was altered before', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kruosar-release-'));
    const file = path.join(dir, 'old.db');
    databaseFromDump(path.join(releases, '2026-12-e1d1ad6.dump.json'), file);
    const plain = openDatabase(file, { migrate: false });
    plain.$client.prepare("update audit_log set action = 'nothing.happened' where seq = 3").run();
    closeDatabase(plain);
    expect(() => encryptDatabase(file, deriveKeys(randomBytes(32)))).toThrow(/breaks at entry 3/);
    rmSync(dir, { recursive: true, force: true });
  });
});
