// Batch amplification: one anonymous request of 300 public calls, then a flood of allowed-size batches, while
// /health is timed. The 300 are refused outright; /health stays quick.
import { Agent } from 'node:http';
import { defineDrill } from './registry';
import { httpRequest, percentile, startServerUnderTest } from './server-under-test';

export default defineDrill({
  name: 'batch-flood',
  description: 'one anonymous request of 300 impact calls, then 32 parallel batches of 10, timing /health',
  async run({ report }) {
    const server = await startServerUnderTest();
    const agent = new Agent({ keepAlive: true, maxSockets: 40 });
    try {
      const batchOf = (n: number) => `${server.url}/api/supporters/${Array.from({ length: n }, (_, i) => ['impact.latest', 'impact.snapshots', 'impact.trends', 'impact.map', 'impact.hiveProgress'][i % 5]).join(',')}?batch=1&input=%7B%7D`;
      const big = await httpRequest(agent, batchOf(300));
      report('300-call request status', big.status, big.status === 400);
      const baseline: number[] = [];
      for (let i = 0; i < 10; i++) {
        const started = performance.now();
        await httpRequest(agent, `${server.url}/health`);
        baseline.push(performance.now() - started);
      }
      const healthTimes: number[] = [];
      const healthStatuses: number[] = [];
      let flooding = true;
      const health = (async () => {
        while (flooding) {
          const started = performance.now();
          healthStatuses.push((await httpRequest(agent, `${server.url}/health`)).status);
          healthTimes.push(performance.now() - started);
          await new Promise((r) => setTimeout(r, 20));
        }
      })();
      const statuses = await Promise.all(Array.from({ length: 32 }, () => httpRequest(agent, batchOf(10)).then((r) => r.status)));
      flooding = false;
      await health;
      report('flood batches answered 200', statuses.filter((s) => s === 200).length);
      report('flood batches refused 429', statuses.filter((s) => s === 429).length);
      report('flood 5xx', statuses.filter((s) => s >= 500).length, statuses.every((s) => s < 500));
      // Times are figures, not checks: on a shared machine they measure the neighbours as much as this server.
      report('/health answered during flood', `${healthStatuses.filter((s) => s === 200).length}/${healthStatuses.length}`, healthStatuses.length > 0 && healthStatuses.every((s) => s === 200));
      report('/health p50 ms before flood', percentile(baseline, 50).toFixed(1));
      report('/health p50 ms during flood', percentile(healthTimes, 50).toFixed(1));
      report('/health max ms during flood', Math.max(...healthTimes).toFixed(0));
    } finally {
      agent.destroy();
      await server.close();
    }
  },
});
