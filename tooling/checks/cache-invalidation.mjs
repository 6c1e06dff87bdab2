// Proves Turborepo's cache cannot replay a stale pass: in a scratch copy of the repository it warms the
// cache, then changes each input that lives outside the package it affects and shows the task runs again.
// Run by the root `pnpm test` (see package.json "checks"); exits non-zero, naming the input, if one is missed.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const scratch = mkdtempSync(path.join(tmpdir(), 'kruosar-cache-check-'));
const quietEnv = {
  ...process.env,
  TURBO_TELEMETRY_DISABLED: '1',
  TURBO_NO_UPDATE_NOTIFIER: '1',
  TURBO_CACHE_DIR: path.join(scratch, '.turbo/cache'),
};

function run(command, args, { env = quietEnv, cwd = scratch } = {}) {
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

function turbo(args) {
  const env = { ...quietEnv, KRUOSAR_GAZETTEER: process.env.KRUOSAR_GAZETTEER ?? '' };
  return run(path.join(scratch, 'node_modules/.bin/turbo'), ['run', ...args, '--output-logs=errors-only'], { env });
}

/** Turbo's plan for `task` in `filter` without running it: its hash (the cache key) and cache status. */
function plan(task, filter) {
  const { status, output } = turbo([task, `--filter=${filter}`, '--dry=json']);
  if (status !== 0) throw new Error(`turbo --dry failed:\n${output}`);
  const entry = JSON.parse(output.slice(output.indexOf('{'))).tasks.find((t) => t.taskId === `${filter}#${task}`);
  if (!entry) throw new Error(`${filter}#${task} is not in turbo's plan`);
  return { hash: entry.hash, cached: entry.cache.status === 'HIT' };
}

/** A copy of the working tree (tracked and new files, not ignored ones) sharing this checkout's installed packages. */
function makeScratchCopy() {
  const files = run('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: repo })
    .output.split('\0')
    .filter((f) => f && existsSync(path.join(repo, f)));
  for (const file of files) cpSync(path.join(repo, file), path.join(scratch, file));
  // Root node_modules holds the package store (large): link it. Each package's own node_modules holds only
  // relative links into it and into sibling packages, so a copy keeps those links inside the scratch copy.
  symlinkSync(path.join(repo, 'node_modules'), path.join(scratch, 'node_modules'));
  for (const file of files.filter((f) => f.endsWith('/package.json'))) {
    const modules = path.join(path.dirname(file), 'node_modules');
    if (!existsSync(path.join(repo, modules))) continue;
    // Not .cache: tsc -b's build info there would describe this checkout, not the copy.
    const filter = (source) => !source.startsWith(path.join(repo, modules, '.cache'));
    cpSync(path.join(repo, modules), path.join(scratch, modules), { recursive: true, verbatimSymlinks: true, filter });
  }
  // Turbo hashes files through git: give the copy a repository of its own.
  for (const args of [['init', '-q'], ['add', '-A'], ['-c', 'user.name=check', '-c', 'user.email=check@localhost', 'commit', '-qm', 'scratch']]) {
    const { status, output } = run('git', args);
    if (status !== 0) throw new Error(`git ${args[0]} failed in the scratch copy:\n${output}`);
  }
}

function edit(file, change) {
  const full = path.join(scratch, file);
  const before = readFileSync(full, 'utf8');
  writeFileSync(full, change(before));
  return () => writeFileSync(full, before);
}

// Each case: a file outside the package (or an environment variable) that a task reads, and a change to it.
// The first one is really run: warmed, changed so the task must fail, and run again. Running the others twice
// would take minutes, so for them a new task hash (turbo's cache key) is the proof that they rerun.
const cases = [
  {
    name: 'tsconfig.base.json (shared compiler options)',
    task: 'typecheck',
    filter: '@kruosar/domain',
    change: () => edit('tsconfig.base.json', (text) => text.replace('"target": "ES2022"', '"target": "ES3"')),
    warmAndRun: true,
  },
  {
    name: 'packages/api/src (error keys read by the ui message-key test)',
    task: 'test',
    filter: '@kruosar/ui',
    change: () => {
      writeFileSync(path.join(scratch, 'packages/api/src/cache-probe.ts'), "export const probe = 'errors.cacheProbe.noSuchMessage';\n");
      return () => rmSync(path.join(scratch, 'packages/api/src/cache-probe.ts'));
    },
  },
  {
    name: 'packages/db/src (error keys read by the ui message-key test)',
    task: 'test',
    filter: '@kruosar/ui',
    change: () => edit('packages/db/src/index.ts', (text) => `${text}\n// cache probe\n`),
  },
  {
    name: 'packages/domain/src (error keys read by the ui message-key test)',
    task: 'test',
    filter: '@kruosar/ui',
    change: () => edit('packages/domain/src/index.ts', (text) => `${text}\n// cache probe\n`),
  },
  {
    name: 'KRUOSAR_GAZETTEER (chooses which db tests run)',
    task: 'test',
    filter: '@kruosar/db',
    change: () => {
      process.env.KRUOSAR_GAZETTEER = '/elsewhere/gazetteer.json';
      return () => delete process.env.KRUOSAR_GAZETTEER;
    },
  },
];

/** Why the task would replay its cache after the change, or undefined when it reruns. */
function checkRerun(c) {
  if (c.warmAndRun) {
    const warm = turbo([c.task, `--filter=${c.filter}`]);
    if (warm.status !== 0) throw new Error(`warming ${c.filter}#${c.task} failed:\n${warm.output}`);
    // Without a hit before the change, a miss after it would prove nothing.
    if (!plan(c.task, c.filter).cached) throw new Error(`${c.filter}#${c.task} is not cached after warming`);
  }
  const before = plan(c.task, c.filter);
  const undo = c.change();
  try {
    const after = plan(c.task, c.filter);
    if (after.hash === before.hash || after.cached) return `${c.filter}#${c.task} keeps its cache key`;
    if (c.warmAndRun && turbo([c.task, `--filter=${c.filter}`]).status === 0) {
      return `${c.filter}#${c.task} still passed after a change that must fail it`;
    }
    return undefined;
  } finally {
    undo();
  }
}

const failures = [];
try {
  makeScratchCopy();
  for (const c of cases) {
    const failure = checkRerun(c);
    if (failure) failures.push(`${c.name}: ${failure}`);
    console.log(`${failure ? '✗' : '✓'} ${c.name} -> ${c.filter}#${c.task} ${failure ? 'replays its cache' : 'reruns'}`);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

if (failures.length) {
  console.error(`\nTurbo would replay a stale result:\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
