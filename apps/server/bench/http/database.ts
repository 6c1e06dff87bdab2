// The 100,000-child database for the HTTP bench: seeded once with `kruosar seed` (its own progress display), kept
// under .data/bench keyed by the seed's version, and copied for each run (the load writes to it).
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { deriveKeys, openSqlite, parseSecret, type InstallationKeys } from '@kruosar/db';
import { repoRoot } from '../../src/config';
import { seedVersionTag } from '../demo-database';

export type BenchDatabase = { file: string; keys: InstallationKeys; seedSeconds: number | null; cleanup: () => void };

/**
 * The bench databases are encrypted like any other, with one secret kept beside them. It is put in KRUOSAR_DB_KEY
 * so the seed, the real server and the baseline (child processes) all open the same files.
 */
function benchSecret(cacheDir: string): string {
  const file = path.join(cacheDir, 'bench.secret');
  if (!existsSync(file)) writeFileSync(file, `${randomBytes(32).toString('hex')}\n`, { mode: 0o600 });
  const secret = readFileSync(file, 'utf8').trim();
  process.env.KRUOSAR_DB_KEY = secret;
  return secret;
}

export function benchDatabase(children: number, log: (line: string) => void): BenchDatabase {
  const cacheDir = path.join(repoRoot, '.data', 'bench');
  mkdirSync(cacheDir, { recursive: true });
  const keys = deriveKeys(parseSecret(benchSecret(cacheDir), 'the bench secret'));
  const cached = path.join(cacheDir, `kruosar-${children}-${seedVersionTag()}.db`);
  let seedSeconds: number | null = null;
  if (existsSync(cached)) {
    log(`Reusing ${path.relative(repoRoot, cached)}`);
  } else {
    const seeding = `${cached}.seeding`;
    rmSync(seeding, { force: true });
    log(`Seeding ${children.toLocaleString('en')} synthetic children into ${path.relative(repoRoot, cached)}...`);
    const started = Date.now();
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'seed', '--children', String(children), '--db', seeding], {
      cwd: path.join(repoRoot, 'apps/server'),
      stdio: 'inherit',
    });
    if (result.status !== 0) throw new Error(`kruosar seed failed (exit ${result.status})`);
    seedSeconds = (Date.now() - started) / 1000;
    log(`Seeded in ${seedSeconds.toFixed(1)} s`);
    const db = openSqlite(seeding, keys);
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    renameSync(seeding, cached);
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'kruosar-load-'));
  const file = path.join(dir, 'load.db');
  copyFileSync(cached, file);
  return { file, keys, seedSeconds, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
