// Property-based fuzzing (fast-check) of every procedure's input, for every demo role and anonymous, through the
// server's HTTP handling: never a 500, never a stack trace, SQL or file path in an answer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { portals } from '@kruosar/domain';
import { fuzzEveryProcedure, fuzzProcedure, leakIn, proceduresOf } from '../drill/fuzz';
import { identitiesOf } from '../drill/fuzz.drill';
import { startServerUnderTest, type ServerUnderTest } from '../drill/server-under-test';

describe('fuzzing every procedure', () => {
  let server: ServerUnderTest;
  beforeAll(async () => {
    server = await startServerUnderTest({ children: 30, config: { publicCallsPerMinute: 1_000_000 } });
  }, 120_000);
  afterAll(async () => server.close());

  it('walks every procedure of every portal', () => {
    for (const portal of portals) expect(proceduresOf(portal).map((p) => p.path)).toContain('auth.signIn');
    expect(portals.reduce((n, p) => n + proceduresOf(p).length, 0)).toBeGreaterThan(100);
  });

  it('would notice a leak: stack frames, file paths and SQL are caught, ordinary messages are not', async () => {
    expect(leakIn('{"message":"x","stack":"Error: x\\n    at foo (/srv/app/src/a.ts:1:2)"}')).toMatch(/stack trace/);
    expect(leakIn('Cannot read /usr/lib/node_modules/x/index.js')).toMatch(/file path/);
    expect(leakIn('SQLITE_CONSTRAINT: UNIQUE constraint failed')).toMatch(/SQL/);
    expect(leakIn('select id, name from children where 1')).toMatch(/SQL/);
    expect(leakIn('{"message":"Select one from the list"}')).toBeNull();

    const res = await server.app.inject({ method: 'POST', url: '/api/staff/cases.register', headers: { 'content-type': 'application/json', cookie: server.cookieFor('admin') }, payload: '{"child":' });
    expect(res.statusCode).toBe(400);
    expect(await fuzzProcedure(server.app, { portal: 'staff', path: 'cases.list', type: 'query' }, { name: 'admin', cookie: server.cookieFor('admin') }, { sort: "' or 1=1 --" })).toBeNull();
  });

  it('answers every random input for every identity without a 500 or a leak', async () => {
    const { findings, requests } = await fuzzEveryProcedure(server.app, identitiesOf(server), 10);
    expect(requests).toBeGreaterThan(1000);
    expect(findings).toEqual([]);
  }, 300_000);
});
