// Runs the benchmarks: every bench/<name>.bench.ts, or those named with --only. Prints one table and exits non-zero
// when a measurement's p95 is over its target.
//   pnpm bench                      all benches
//   pnpm bench --only cases         one (comma-separated for several)
//   pnpm bench --runs 50 --cache    fewer runs; keep the seeded database in the temp folder for the next run
//   pnpm bench --http               the HTTP load bench instead (bench/http/load.ts, same as `pnpm load`)
import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { createDemoDatabases } from './demo-database';
import { formatTable, measure, summarize, type Measurement } from './measure';
import type { Bench } from './registry';

const here = path.dirname(fileURLToPath(import.meta.url));

async function loadBenches(only: string[] | null): Promise<Bench[]> {
  const files = readdirSync(here).filter((f) => f.endsWith('.bench.ts')).sort();
  const names = files.map((f) => f.replace(/\.bench\.ts$/, ''));
  const unknown = (only ?? []).filter((n) => !names.includes(n));
  if (unknown.length > 0) throw new Error(`No such bench: ${unknown.join(', ')}. Known: ${names.join(', ')}`);
  const chosen = files.filter((_, i) => only === null || only.includes(names[i]!));
  const benches: Bench[] = [];
  for (const file of chosen) {
    const module = (await import(pathToFileURL(path.join(here, file)).href)) as { default?: Bench };
    if (!module.default) throw new Error(`${file} has no default export (export default defineBench({...}))`);
    benches.push(module.default);
  }
  return benches;
}

async function main(): Promise<number> {
  if (process.argv.includes('--http')) {
    const { runLoad } = await import('./http/load');
    return runLoad(process.argv.slice(2).filter((a) => a !== '--http'));
  }
  const { values } = parseArgs({
    options: { only: { type: 'string' }, runs: { type: 'string', default: '200' }, cache: { type: 'boolean', default: false } },
    allowPositionals: false,
  });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs must be a whole number of 1 or more');
  const only = values.only ? values.only.split(',').map((s) => s.trim()).filter(Boolean) : null;
  const benches = await loadBenches(only);
  const log = (line: string) => console.log(line);
  const databases = createDemoDatabases({ cacheDir: values.cache ? tmpdir() : undefined, log });
  const results: Measurement[] = [];
  const failed: string[] = [];
  try {
    for (const bench of benches) {
      log(`\n${bench.name}: ${bench.description}`);
      // One bench that breaks is reported, and the others still run and print their figures.
      await bench.run({
        runs,
        demoDatabase: databases.demoDatabase,
        log,
        measure: async (name, fn, options) => {
          const result = await measure(bench.name, name, fn, { runs, targetMs: 50, ...options });
          log(`  ${name}: p95 ${result.p95.toFixed(1)} ms`);
          results.push(result);
          return result;
        },
        record: (name, samples, targetMs) => {
          const result = summarize(bench.name, name, samples, targetMs);
          log(`  ${name}: p95 ${result.p95.toFixed(1)} ms`);
          results.push(result);
          return result;
        },
      }).catch((error: unknown) => {
        failed.push(bench.name);
        console.error(`  ${bench.name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      });
    }
  } finally {
    await databases.cleanup();
  }
  console.log(`\n${formatTable(results)}`);
  const slow = results.filter((r) => r.p95 > r.targetMs);
  if (slow.length > 0) console.error(`\n${slow.length} measurement(s) over target: ${slow.map((r) => `${r.bench}/${r.name}`).join(', ')}`);
  if (failed.length > 0) console.error(`\nBench(es) that failed to run: ${failed.join(', ')}`);
  if (slow.length > 0 || failed.length > 0) return 1;
  console.log(`\nAll ${results.length} measurements within target.`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  },
);
