// The HTTP load bench: `pnpm load` (or `pnpm bench --http`). Seeds or reuses a 100,000-child database, starts the
// real server (`kruosar start`) and the plain baseline as child processes, signs in over HTTP, runs autocannon at 1
// and 32 connections for 5 s per row, prints req/s, p99, the ratio to the baseline and the target, writes the table
// to a results file under .data/bench and exits non-zero past a target. Loopback only; every run stops by itself.
//   pnpm load [--children 100000] [--seconds 5] [--only case,search]
import autocannon from 'autocannon';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEMO_PASSWORD } from '@kruosar/db';
import { repoRoot } from '../../src/config';
import { benchDatabase } from './database';
import { readFixtures, scenarios, type Account, type Call, type Scenario } from './scenarios';
import { startBaseline, startKruosar, type RunningServer } from './servers';

type Figures = { rps: number; p99: number; errors: number };
type Row = { scenario: Scenario; connections: number; ours: Figures; baseline: Figures; failures: string[] };

const CONNECTIONS = [1, 32];

async function signIn(url: string, portal: 'staff' | 'hive', username: string): Promise<string> {
  const response = await fetch(`${url}/api/${portal}/auth.signIn`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  const cookie = response.headers.get('set-cookie');
  if (!response.ok || !cookie) throw new Error(`Signing in as ${username} failed: HTTP ${response.status} ${await response.text()}`);
  return cookie.split(';')[0]!;
}

async function fire(url: string, call: Call, cookies: Partial<Record<Account, string>>, connections: number, seconds: number): Promise<Figures> {
  let i = 0;
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (call.as) headers.cookie = cookies[call.as]!;
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    // A request not answered in 10 s counts as a timeout (an error) rather than holding the row open.
    timeout: 10,
    requests: [
      {
        method: call.method,
        headers,
        setupRequest: (request) => {
          const n = i++;
          return { ...request, path: call.path(n), ...(call.body ? { body: call.body(n) } : {}) };
        },
      },
    ],
  });
  return { rps: result.requests.average, p99: result.latency.p99, errors: result.errors + result.timeouts + result.non2xx };
}

/** Wait until a server has answered what autocannon left queued, so one row's backlog does not slow the next. */
async function drained(server: RunningServer, path: string) {
  for (let i = 0; i < 120; i++) {
    const started = Date.now();
    await fetch(`${server.url}${path}`).then((r) => r.arrayBuffer());
    if (Date.now() - started < 100) return;
  }
}

function check(row: Omit<Row, 'failures'>): string[] {
  const { target } = row.scenario;
  const failures: string[] = [];
  if (row.ours.errors > 0) failures.push(`${row.ours.errors} errors`);
  if (row.ours.rps === 0) failures.push('no answer in time');
  if (row.connections !== 32) return failures;
  if (target.minRps !== undefined && row.ours.rps < target.minRps) failures.push(`req/s < ${target.minRps}`);
  if (target.maxP99Ms !== undefined && row.ours.p99 >= target.maxP99Ms) failures.push(`p99 >= ${target.maxP99Ms} ms`);
  if (target.maxRatio !== undefined && row.baseline.rps / row.ours.rps > target.maxRatio) failures.push(`> ${target.maxRatio}x baseline`);
  return failures;
}

const targetText = (s: Scenario) =>
  [s.target.minRps ? `>=${s.target.minRps}/s` : '', s.target.maxP99Ms ? `p99<${s.target.maxP99Ms}` : '', s.target.maxRatio ? `<=${s.target.maxRatio}x` : ''].filter(Boolean).join(' ') || '-';

export function formatRows(rows: Row[]): string {
  const header = ['request', 'conns', 'req/s', 'p99 ms', 'base req/s', 'base p99', 'x base', 'target (32)', ''];
  const lines = rows.map((r) => [
    r.scenario.name,
    String(r.connections),
    r.ours.rps.toFixed(0),
    r.ours.p99.toFixed(0),
    r.baseline.rps.toFixed(0),
    r.baseline.p99.toFixed(0),
    (r.baseline.rps / Math.max(r.ours.rps, 0.001)).toFixed(1),
    r.connections === 32 ? targetText(r.scenario) : '',
    r.failures.length ? `FAIL: ${r.failures.join(', ')}` : 'ok',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const cell = (c: string, i: number) => (i >= 1 && i <= 6 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!));
  const format = (cells: string[]) => `| ${cells.map(cell).join(' | ')} |`;
  return [format(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...lines.map(format)].join('\n');
}

export async function runLoad(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { children: { type: 'string', default: '100000' }, seconds: { type: 'string', default: '5' }, only: { type: 'string' }, http: { type: 'boolean' } } });
  const children = Number(values.children);
  const seconds = Number(values.seconds);
  const log = (line: string) => console.log(line);
  const database = benchDatabase(children, log);
  const fixtures = readFixtures(database.file, database.keys);
  const only = values.only?.split(',').map((s) => s.trim().toLowerCase());
  const chosen = scenarios(fixtures).filter((s) => !only || only.some((o) => s.name.toLowerCase().includes(o)));
  let ours: RunningServer | undefined;
  let baseline: RunningServer | undefined;
  const rows: Row[] = [];
  try {
    [ours, baseline] = await Promise.all([startKruosar(database.file), startBaseline(database.file)]);
    const cookies: Partial<Record<Account, string>> = {
      caseworker: await signIn(ours.url, 'staff', 'caseworker'),
      supervisor: await signIn(ours.url, 'staff', 'supervisor'),
      hive: await signIn(ours.url, 'hive', 'hive'),
    };
    const rssBefore = ours.rssMb();
    log(`Server RSS after start: ${rssBefore.toFixed(0)} MB. ${chosen.length} requests x ${CONNECTIONS.join(' and ')} connections x ${seconds} s, ours then baseline.`);
    for (const scenario of chosen) {
      for (const connections of CONNECTIONS) {
        const oursFigures = await fire(ours.url, scenario.ours, cookies, connections, seconds);
        await drained(ours, '/health');
        const baselineFigures = await fire(baseline.url, scenario.baseline, cookies, connections, seconds);
        await drained(baseline, '/impact');
        const row = { scenario, connections, ours: oursFigures, baseline: baselineFigures };
        rows.push({ ...row, failures: check(row) });
        log(`  ${scenario.name} @${connections}: ${oursFigures.rps.toFixed(0)} req/s, p99 ${oursFigures.p99} ms (baseline ${baselineFigures.rps.toFixed(0)} req/s)`);
      }
    }
    const rssAfter = ours.rssMb();
    const table = formatRows(rows);
    const memory = `Server RSS: ${rssBefore.toFixed(0)} MB after start, ${rssAfter.toFixed(0)} MB after the load (target < 300 MB).`;
    const report = `# HTTP load, ${children.toLocaleString('en')} children, ${new Date().toISOString()}\n\n${table}\n\n${memory}\n${database.seedSeconds !== null ? `Seeded in ${database.seedSeconds.toFixed(1)} s.\n` : ''}`;
    console.log(`\n${table}\n\n${memory}`);
    const resultsDir = path.join(repoRoot, '.data', 'bench');
    mkdirSync(resultsDir, { recursive: true });
    writeFileSync(path.join(resultsDir, 'http-results.md'), report);
    log(`\nWritten to ${path.relative(repoRoot, path.join(resultsDir, 'http-results.md'))}`);
    const failed = rows.filter((r) => r.failures.length > 0).length + (rssAfter >= 300 ? 1 : 0);
    if (failed > 0) console.error(`\n${failed} row(s) past a target.`);
    return failed > 0 ? 1 : 0;
  } finally {
    await Promise.all([ours?.stop(), baseline?.stop()]);
    database.cleanup();
  }
}

// Run directly (`pnpm load`); `bench/run.ts --http` imports runLoad instead.
if (import.meta.url === `file://${process.argv[1]}`) {
  runLoad(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? (error.stack ?? error.message) : error);
      process.exit(2);
    },
  );
}
