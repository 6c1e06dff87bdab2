// The 100,000-child database for the HTTP bench: seeded once with `kruosar seed` (its own progress display), kept
// under .data/bench keyed by the seed's version, and copied for each run (the load writes to it).
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { repoRoot } from '../../src/config';
import { seedVersionTag } from '../demo-database';

export type BenchDatabase = { file: string; seedSeconds: number | null; cleanup: () => void };

export function benchDatabase(children: number, log: (line: string) => void): BenchDatabase {
  const cacheDir = path.join(repoRoot, '.data', 'bench');
  mkdirSync(cacheDir, { recursive: true });
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
    const db = new Database(seeding);
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    renameSync(seeding, cached);
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'kruosar-load-'));
  const file = path.join(dir, 'load.db');
  copyFileSync(cached, file);
  return { file, seedSeconds, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
