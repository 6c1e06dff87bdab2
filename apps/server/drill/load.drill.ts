// 64 connections of mixed reads and writes against the real server: no errors, every acknowledged write stored
// exactly once, and the latency percentiles.
import { randomUUID } from 'node:crypto';
import { Agent } from 'node:http';
import { schema } from '@kruosar/db';
import { defineDrill } from './registry';
import { httpRequest, percentile, startServerUnderTest } from './server-under-test';

export const loadConnections = 64;

export default defineDrill({
  name: 'load',
  description: `${loadConnections} connections of mixed reads and writes (caseload pages, dashboard, case notes)`,
  async run({ seconds, log, report }) {
    const server = await startServerUnderTest();
    // One socket per worker, kept alive: 64 real connections.
    const agent = new Agent({ keepAlive: true, maxSockets: loadConnections });
    try {
      const caseIds = server.db.select({ id: schema.cases.id }).from(schema.cases).all().map((c) => c.id);
      const cookie = server.cookieFor('admin');
      const run = randomUUID().slice(0, 8);
      const acknowledged: string[] = [];
      const latencies: number[] = [];
      const errors: string[] = [];
      let reads = 0;
      const call = async (path: string, init: { method?: string; body?: string } = {}) => {
        const started = performance.now();
        const res = await httpRequest(agent, `${server.url}/api/staff/${path}`, { ...init, headers: { cookie, 'content-type': 'application/json' } });
        latencies.push(performance.now() - started);
        if (res.status !== 200) throw new Error(`${path}: HTTP ${res.status} ${res.body.slice(0, 120)}`);
        return res.body;
      };
      const input = (value: unknown) => `input=${encodeURIComponent(JSON.stringify(value))}`;
      const deadline = Date.now() + seconds * 1000;
      const worker = async (w: number) => {
        for (let n = 0; Date.now() < deadline; n++) {
          const caseId = caseIds[(w * 7919 + n * 104_729) % caseIds.length]!;
          const pick = (w + n) % 10;
          try {
            if (pick < 3) {
              const marker = `drill ${run} ${w} ${n}`;
              await call('caseNotes.create', { method: 'POST', body: JSON.stringify({ caseId, kind: 'phone', happenedOn: new Date().toISOString().slice(0, 10), text: marker }) });
              acknowledged.push(marker);
            } else {
              if (pick < 6) await call(`cases.list?${input({ page: 1 + (n % 4), pageSize: 25, sort: pick === 5 ? 'childName' : 'registeredAt' })}`);
              else if (pick < 8) await call('dashboard.summary');
              else await call(`caseNotes.list?${input({ caseId })}`);
              reads++;
            }
          } catch (error) {
            errors.push(error instanceof Error ? error.message : String(error));
          }
        }
      };
      log(`running for ${seconds} s...`);
      await Promise.all(Array.from({ length: loadConnections }, (_, w) => worker(w)));
      const stored = server.db.select({ text: schema.caseNotes.text }).from(schema.caseNotes).all().map((r) => r.text).filter((t) => t.startsWith(`drill ${run} `));
      const storedSet = new Set(stored);
      const lost = acknowledged.filter((m) => !storedSet.has(m)).length;
      const duplicated = stored.length - storedSet.size;
      const integrity = server.db.$client.pragma('integrity_check', { simple: true });
      if (errors.length > 0) log(`first error: ${errors[0]}`);
      report('connections', loadConnections);
      report('seconds', seconds);
      report('requests', latencies.length);
      report('requests per second', (latencies.length / seconds).toFixed(0));
      report('reads', reads);
      report('acknowledged writes', acknowledged.length);
      report('errors', errors.length, errors.length === 0);
      report('lost writes', lost, lost === 0);
      report('duplicated writes', duplicated, duplicated === 0);
      report('integrity_check', String(integrity), integrity === 'ok');
      report('p50 ms', percentile(latencies, 50).toFixed(1));
      report('p95 ms', percentile(latencies, 95).toFixed(1));
      report('p99 ms', percentile(latencies, 99).toFixed(1));
    } finally {
      agent.destroy();
      await server.close();
    }
  },
});
