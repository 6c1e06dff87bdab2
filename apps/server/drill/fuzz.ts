// Property-based fuzzing of every procedure of every portal, for every demo identity and anonymous: whatever the
// input, the answer is never a 500 and never shows a stack trace, SQL or a file path.
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { portalRouters } from '@kruosar/api';
import { portals, type Portal } from '@kruosar/domain';

/** What must never reach a client: stack frames, file paths, SQLite's own words. */
const leaks: [string, RegExp][] = [
  ['stack trace', /\n\s+at\s|"stack"\s*:/],
  ['file path', /node_modules|(?:\/[\w.-]+){2,}\.(?:ts|js|mjs|cjs)\b|\/tmp\/|\/work\//],
  ['SQL', /SQLITE_[A-Z]+|no such (?:table|column)|syntax error|\bselect\b[^\n]{0,200}?\bfrom\s+["`]?\w+["`]?\s+(?:where|inner|left|join|order\s+by|group\s+by|limit)\b/i],
];

/** The first kind of internal detail a response body shows, if any. */
export function leakIn(body: string): string | null {
  for (const [what, pattern] of leaks) if (pattern.test(body)) return `${what} in the answer: ${body.match(pattern)![0]}`;
  return null;
}

export type FuzzFinding = { portal: Portal; procedure: string; identity: string; input: unknown; status: number; problem: string };

type AnyProcedure = { _def: { type: 'query' | 'mutation' | 'subscription' } };
export const proceduresOf = (portal: Portal) =>
  Object.entries((portalRouters[portal] as unknown as { _def: { procedures: Record<string, AnyProcedure> } })._def.procedures).map(([path, p]) => ({ path, type: p._def.type }));

/** Values that tend to break things: odd strings, huge or negative numbers, injection attempts, prototype keys. */
const nasty = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom('', ' ', "' or 1=1 --", '"; drop table cases; --', '../../etc/passwd', '%00', '\u0000', '១២៣', 'ក'.repeat(300), '__proto__', 'constructor', '2026-02-30', '9999-99-99', 'NaN'),
  fc.integer(),
  fc.double(),
  fc.constantFrom(0, -1, 1e308, Number.MAX_SAFE_INTEGER, 2 ** 31),
  fc.boolean(),
  fc.constant(null),
  fc.uuid(),
  fc.array(fc.string({ maxLength: 8 }), { maxLength: 4 }),
);
const fieldNames = ['id', 'caseId', 'childId', 'householdId', 'page', 'pageSize', 'search', 'sort', 'direction', 'version', 'username', 'password', 'quarter', 'snapshotId', 'communeCode', 'villageCode', 'status', 'stage', 'riskLevel', 'text', 'kind', 'happenedOn', 'decision', 'note', 'reason', 'cursor', '__proto__'];
/** Objects shaped like the procedures' inputs (known field names, nasty values), plus any JSON at all. */
export const fuzzInput = fc.oneof(
  fc.constant(undefined),
  fc.dictionary(fc.constantFrom(...fieldNames), nasty, { maxKeys: 6 }),
  fc.jsonValue({ maxDepth: 3 }),
);

export async function fuzzProcedure(
  app: FastifyInstance,
  target: { portal: Portal; path: string; type: string },
  identity: { name: string; cookie: string | null },
  input: unknown,
): Promise<FuzzFinding | null> {
  const url = `/api/${target.portal}/${target.path}`;
  const headers: Record<string, string> = { 'content-type': 'application/json', ...(identity.cookie ? { cookie: identity.cookie } : {}) };
  const res =
    target.type === 'query'
      ? await app.inject({ method: 'GET', url: input === undefined ? url : `${url}?input=${encodeURIComponent(JSON.stringify(input))}`, headers })
      : await app.inject({ method: 'POST', url, headers, payload: input === undefined ? '' : JSON.stringify(input) });
  const finding = (problem: string): FuzzFinding => ({ portal: target.portal, procedure: target.path, identity: identity.name, input, status: res.statusCode, problem });
  if (res.statusCode >= 500) return finding(`HTTP ${res.statusCode}: ${res.body.slice(0, 200)}`);
  const leak = leakIn(res.body);
  return leak ? finding(leak) : null;
}

/** Walks every procedure of every portal (like policy.int.test.ts), `runs` random inputs each, identities drawn at random. */
export async function fuzzEveryProcedure(app: FastifyInstance, identities: Record<Portal, { name: string; cookie: string | null }[]>, runs: number) {
  const findings: FuzzFinding[] = [];
  let requests = 0;
  for (const portal of portals) {
    for (const p of proceduresOf(portal)) {
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...identities[portal]), fuzzInput, async (identity, input) => {
          requests++;
          const found = await fuzzProcedure(app, { portal, ...p }, identity, input);
          if (found) findings.push(found);
          return found === null;
        }),
        { numRuns: runs, endOnFailure: true },
      ).catch(() => undefined); // the finding is recorded; go on with the next procedure
    }
  }
  return { findings, requests };
}
