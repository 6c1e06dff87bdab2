// A temporary database with the synthetic demo caseload, seeded once per size and removed at the end of the run.
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { closeDatabase, openDatabase, seedDemo, type Db } from '@kruosar/db';

export type DemoDatabase = { db: Db; file: string; now: Date; children: number; seedSeconds: number };

/** The demo's "today": fixed, so overdue cases and ages are the same on every run. */
export const BENCH_NOW = new Date('2026-11-21T09:00:00.000Z');

/** Seeding hashes no real password: the bench never signs in, it calls procedures as a known user. */
const fakeHash = async () => 'bench-no-password';

export function createDemoDatabases(options: { cacheDir?: string; log: (line: string) => void }) {
  const dir = mkdtempSync(path.join(tmpdir(), 'kruosar-bench-'));
  const open = new Map<number, Promise<DemoDatabase>>();

  async function seed(children: number): Promise<DemoDatabase> {
    const file = path.join(dir, `demo-${children}.db`);
    const cached = options.cacheDir ? path.join(options.cacheDir, `kruosar-bench-${children}-${seedVersionTag()}.db`) : undefined;
    if (cached && existsSync(cached)) {
      copyFileSync(cached, file);
      options.log(`Using the cached demo database ${cached}`);
      return { db: openDatabase(file), file, now: BENCH_NOW, children, seedSeconds: 0 };
    }
    options.log(`Seeding ${children.toLocaleString('en')} synthetic cases (this takes a while)...`);
    const started = Date.now();
    const db = openDatabase(file);
    await seedDemo(db, { children, now: BENCH_NOW, hashPassword: fakeHash });
    const seedSeconds = (Date.now() - started) / 1000;
    options.log(`Seeded in ${seedSeconds.toFixed(1)} s`);
    if (cached) {
      db.$client.pragma('wal_checkpoint(TRUNCATE)');
      copyFileSync(file, cached);
    }
    return { db, file, now: BENCH_NOW, children, seedSeconds };
  }

  return {
    demoDatabase(children: number): Promise<DemoDatabase> {
      let pending = open.get(children);
      if (!pending) {
        pending = seed(children);
        open.set(children, pending);
      }
      return pending;
    },
    async cleanup() {
      // A seed that failed has nothing to close; the folder goes either way.
      for (const settled of await Promise.allSettled(open.values())) if (settled.status === 'fulfilled') closeDatabase(settled.value.db);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * The newest migration's name and a fingerprint of the seed's source: a cached database from an older
 * schema, or seeded by an older seed (say, before it made workflow records), is not reused.
 */
export function seedVersionTag(): string {
  const dbRoot = path.resolve(path.dirname(new URL(import.meta.resolve('@kruosar/db')).pathname), '..');
  const sql = readdirSync(path.join(dbRoot, 'drizzle')).filter((f) => f.endsWith('.sql')).sort();
  const seedDir = path.join(dbRoot, 'src/seed');
  const seed = createHash('sha256');
  for (const file of readdirSync(seedDir).filter((f) => f.endsWith('.ts') && !f.includes('.test.')).sort()) seed.update(readFileSync(path.join(seedDir, file)));
  return `${sql[sql.length - 1]?.replace(/\.sql$/, '') ?? 'none'}-${seed.digest('hex').slice(0, 8)}`;
}
