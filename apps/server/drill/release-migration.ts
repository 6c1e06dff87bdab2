// Drill: every release fixture (a database made by an earlier release) is encrypted and migrated by this code, and
// every table's row count and sampled records are as that release wrote them.
import path from 'node:path';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { closeDatabase, databaseFromDump, encryptDatabase, openDatabase, verifyAuditChain } from '@kruosar/db';
import { drillFolder, drillKeys, repoRoot, type DrillResult } from './support';

const releases = path.join(repoRoot, 'packages/db/fixtures/releases');
type Manifest = { counts: Record<string, number>; samples: Record<string, Record<string, unknown>[]> };
/** What this code adds by itself: its migrations, and one audit entry saying the log was signed. */
const added: Record<string, number> = { __drizzle_migrations: Number.POSITIVE_INFINITY, audit_log: 1 };
const resigned = new Set(['prev_hash', 'hash']);

function differences(db: ReturnType<typeof openDatabase>, manifest: Manifest): string[] {
  const problems: string[] = [];
  for (const [table, count] of Object.entries(manifest.counts)) {
    const n = (db.$client.prepare(`select count(*) as n from "${table}"`).get() as { n: number }).n;
    if (n < count || n - count > (added[table] ?? 0)) problems.push(`${table}: ${count} rows then, ${n} now`);
  }
  for (const [table, rows] of Object.entries(manifest.samples)) {
    if (table === '__drizzle_migrations') continue;
    const now = db.$client.prepare(`select * from "${table}" order by rowid limit ?`).all(rows.length) as Record<string, unknown>[];
    rows.forEach((row, i) => {
      for (const [column, value] of Object.entries(row)) {
        if (table === 'audit_log' && resigned.has(column)) continue;
        if (now[i]?.[column] !== value) problems.push(`${table} row ${i} ${column} changed`);
      }
    });
  }
  return problems;
}

export async function drillReleaseMigration(): Promise<DrillResult> {
  const fixtures = readdirSync(releases).filter((f) => f.endsWith('.dump.json') && existsSync(path.join(releases, f.replace(/\.dump\.json$/, '.json')))).sort();
  const dir = drillFolder('release');
  const figures: Record<string, string | number> = { 'release fixtures': fixtures.length };
  let ok = fixtures.length > 0;
  try {
    for (const fixture of fixtures) {
      const manifest = JSON.parse(readFileSync(path.join(releases, fixture.replace(/\.dump\.json$/, '.json')), 'utf8')) as Manifest;
      const file = path.join(dir, fixture.replace(/\.dump\.json$/, '.db'));
      databaseFromDump(path.join(releases, fixture), file);
      const key = drillKeys();
      encryptDatabase(file, key.keys);
      const db = openDatabase(file, { keys: key.keys });
      const problems = differences(db, manifest);
      const chain = verifyAuditChain(db).ok;
      const integrity = db.$client.pragma('integrity_check', { simple: true });
      closeDatabase(db);
      const rows = Object.values(manifest.counts).reduce((a, b) => a + b, 0);
      figures[fixture] = problems.length === 0 && chain && integrity === 'ok'
        ? `${Object.keys(manifest.counts).length} tables, ${rows} rows intact; audit chain signed`
        : `PROBLEMS: ${[...problems.slice(0, 3), chain ? '' : 'audit chain broken', integrity === 'ok' ? '' : `integrity ${String(integrity)}`].filter(Boolean).join('; ')}`;
      ok &&= problems.length === 0 && chain && integrity === 'ok';
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return { name: 'previous release migrated', ok, figures };
}
