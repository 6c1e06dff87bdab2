// Fuzzing every procedure's input for every role, over the server's HTTP handling (Fastify inject).
import { portals, type Portal } from '@kruosar/domain';
import { fuzzEveryProcedure, proceduresOf } from './fuzz';
import { defineDrill } from './registry';
import { startServerUnderTest, type ServerUnderTest } from './server-under-test';

const demoIdentities = ['admin', 'supervisor', 'caseworker', 'analyst', 'hive', 'donor', 'volunteer'];

/** Anonymous plus every demo user, each with a session cookie for this portal (wrong-portal ones are refused). */
export function identitiesOf(server: ServerUnderTest): Record<Portal, { name: string; cookie: string | null }[]> {
  return Object.fromEntries(portals.map((portal) => [portal, [{ name: 'anonymous', cookie: null }, ...demoIdentities.map((u) => ({ name: u, cookie: server.cookieFor(u, portal) }))]])) as Record<Portal, { name: string; cookie: string | null }[]>;
}

export default defineDrill({
  name: 'fuzz',
  description: 'fast-check inputs for every procedure of every portal, every demo role and anonymous',
  async run({ seconds, report, log }) {
    // Every anonymous public call comes from one address here: no budget in the way of the fuzzing.
    const server = await startServerUnderTest({ children: 40, config: { publicCallsPerMinute: 1_000_000 } });
    try {
      const procedures = portals.reduce((n, p) => n + proceduresOf(p).length, 0);
      // About a third of --seconds in runs per procedure: 20 at the default minute, some 2,800 requests.
      const runs = Math.max(10, Math.min(100, Math.round(seconds / 3)));
      const started = performance.now();
      const { findings, requests } = await fuzzEveryProcedure(server.app, identitiesOf(server), runs);
      for (const f of findings.slice(0, 10)) log(`${f.portal} ${f.procedure} as ${f.identity}: ${f.problem} (input ${JSON.stringify(f.input)?.slice(0, 120)})`);
      report('procedures', procedures);
      report('requests', requests);
      report('seconds', ((performance.now() - started) / 1000).toFixed(1));
      report('500s or leaks', findings.length, findings.length === 0);
    } finally {
      await server.close();
    }
  },
});
