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
      const healthTimes: number[] = [];
      let flooding = true;
      const health = (async () => {
        while (flooding) {
          const started = performance.now();
          await httpRequest(agent, `${server.url}/health`);
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
      const worst = Math.max(...healthTimes);
      report('/health max ms during flood', worst.toFixed(0), worst < 1000);
      report('/health p50 ms during flood', percentile(healthTimes, 50).toFixed(1));
    } finally {
      agent.destroy();
      await server.close();
    }
  },
});
