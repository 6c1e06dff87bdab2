// What the drills share: a keyed database in a temp folder, the write-load process, and the figures table.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deriveKeys, type InstallationKeys } from '@kruosar/db';

const here = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(here, '../../..');

export type DrillResult = { name: string; ok: boolean; figures: Record<string, string | number | boolean> };

export type DrillKeys = { secret: string; keys: InstallationKeys };

export function drillKeys(): DrillKeys {
  const secret = randomBytes(32).toString('hex');
  return { secret, keys: deriveKeys(Buffer.from(secret, 'hex')) };
}

export function drillFolder(name: string, under?: string): string {
  return mkdtempSync(path.join(under ?? tmpdir(), `kruosar-drill-${name}-`));
}

/** A write the load process reported committed, and when (epoch ms). */
export type Ack = { n: number; at: number };
export type WriteLoad = { child: ChildProcess; acked: () => Ack[]; ready: Promise<void>; exited: Promise<number | null> };

/** Start the write-load process on `file`; `acked` lists the writes it has reported committed so far. */
export function startWriteLoad(file: string, key: DrillKeys, opts: { startAt?: number; pauseMs?: number } = {}): WriteLoad {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(here, 'write-load.ts'), file, String(opts.startAt ?? 1), String(opts.pauseMs ?? 0)], {
    cwd: path.join(repoRoot, 'apps/server'),
    env: { ...process.env, KRUOSAR_DB_KEY: key.secret },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const acks: Ack[] = [];
  let buffered = '';
  let stderr = '';
  let markReady: () => void = () => {};
  let failReady: (error: Error) => void = () => {};
  const ready = new Promise<void>((resolve, reject) => {
    markReady = resolve;
    failReady = reject;
  });
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    buffered += chunk;
    const lines = buffered.split('\n');
    buffered = lines.pop() ?? '';
    for (const line of lines) {
      if (line === 'ready') markReady();
      else if (line.startsWith('ack ')) {
        const [n, at] = line.slice(4).split(' ').map(Number);
        acks.push({ n: n!, at: at! });
      }
    }
  });
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => {
    failReady(new Error(`The write load stopped before it was ready: ${stderr.trim()}`));
    resolve(code);
  }));
  return { child, acked: () => acks, ready, exited };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Wait until `check` holds, polling; fail after `ms`. */
export async function until(check: () => boolean, ms: number, what: string) {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await sleep(20);
  }
}

export function formatDrills(results: DrillResult[]): string {
  const rows = results.flatMap((r) => Object.entries(r.figures).map(([k, v], i) => [i === 0 ? r.name : '', i === 0 ? (r.ok ? 'ok' : 'FAILED') : '', k, String(v)]));
  const header = ['drill', 'result', 'figure', 'value'];
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)));
  const line = (cells: string[]) => cells.map((cell, c) => cell.padEnd(widths[c]!)).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
