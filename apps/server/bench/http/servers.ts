// Child processes for the HTTP bench: the real server (`kruosar start`) and the baseline, each on a free loopback port.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const serverDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export type RunningServer = { url: string; pid: number; stop: () => Promise<void>; rssMb: () => number };

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

async function waitForHealth(url: string, child: ChildProcess, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${url}: the server exited with code ${child.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

function start(args: string[], healthPath: string, port: number): Promise<RunningServer> & { child: ChildProcess } {
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], { cwd: serverDir, stdio: ['ignore', 'ignore', 'inherit'] });
  const url = `http://127.0.0.1:${port}`;
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 5_000).unref();
    });
  const rssMb = () => {
    const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
  };
  const ready = waitForHealth(`${url}${healthPath}`, child).then(() => ({ url, pid: child.pid!, stop, rssMb }));
  return Object.assign(ready, { child });
}

/**
 * The real thing: `kruosar start` on the database, as an operator would run it. All the load comes from one
 * address, so the public budget per address is raised, as an operator would for visitors behind one shared address:
 * otherwise the public row measures how fast the server says "too many requests".
 */
export async function startKruosar(dbFile: string): Promise<RunningServer> {
  const port = await freePort();
  return start(['src/cli.ts', 'start', '--db', dbFile, '--port', String(port), '--host', '127.0.0.1', '--public-calls-per-minute', '10000000'], '/health', port);
}

export async function startBaseline(dbFile: string): Promise<RunningServer> {
  const port = await freePort();
  return start(['bench/http/baseline-server.ts', dbFile, String(port)], '/impact', port);
}
