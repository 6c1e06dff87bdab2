// The hot staff procedures: how many queries each request runs (no N+1: the same count for 5 cases as for 40), and
// every query's plan starts from an index (no full scan of a table that grows with the caseload).
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '@kruosar/db/testing';
import { CaseListInput } from '@kruosar/domain';
import { OU_MAL, intake, names, registerQuietly, seedTeam, staffCaller, villageIn } from './case-fixtures';

/** Tables that grow with the caseload: a plan may search them by an index, never scan them. */
const bigTables = ['cases', 'children', 'households', 'household_members', 'assessments', 'case_plans', 'closures', 'services', 'placements', 'follow_ups', 'hive_needs', 'case_notes'];

describe('hot staff procedures', () => {
  const { db, cleanup } = createTestDatabase();
  afterAll(cleanup);
  const team = seedTeam(db);
  const at = new Date('2026-11-20T08:00:00.000Z');
  const register = (n: number) => {
    const all = Object.values(names);
    return Array.from({ length: n }, (_, i) => registerQuietly(db, team.caseworker, intake({ names: all[i % all.length], villageCode: i % 2 ? villageIn[OU_MAL] : undefined, duplicatesReviewed: true }), at));
  };
  const first = register(5);

  /** The SQL a call runs (drizzle prepares each query it runs once). */
  async function queriesOf(call: () => Promise<unknown>): Promise<string[]> {
    const client = db.$client;
    const prepare = client.prepare.bind(client);
    const seen: string[] = [];
    client.prepare = ((source: string) => {
      seen.push(source);
      return prepare(source);
    }) as typeof client.prepare;
    try {
      await call();
    } finally {
      client.prepare = prepare;
    }
    return seen;
  }

  const caseworker = () => staffCaller(db, team.caseworker);
  const supervisor = () => staffCaller(db, team.supervisor);
  const hot: [string, () => Promise<unknown>][] = [
    ['case page', () => Promise.all([caseworker().cases.byId({ caseId: first[0]!.caseId }), caseworker().cases.timeline({ caseId: first[0]!.caseId })])],
    ['caseload', () => caseworker().cases.list(CaseListInput.parse({}))],
    ['filtered caseload', () => supervisor().cases.list(CaseListInput.parse({ riskLevel: 'medium', status: 'open' }))],
    ['name search', () => supervisor().cases.list(CaseListInput.parse({ search: 'Dara Sok' }))],
    ['dashboard', () => supervisor().dashboard.summary()],
    ['approvals inbox', () => supervisor().approvals.pending({ page: 1, pageSize: 25 })],
    ['triage queue', () => supervisor().needs.triageQueue({ page: 1, pageSize: 25 })],
  ];

  it.each(hot)('%s runs as many queries for 40 cases as for 5 (no N+1)', async (_name, call) => {
    const few = (await queriesOf(call)).length;
    register(35);
    const many = (await queriesOf(call)).length;
    expect(many).toBe(few);
    expect(few).toBeLessThan(25);
  });

  it.each(hot)('%s: every query starts from an index', async (_name, call) => {
    for (const source of await queriesOf(call)) {
      if (!/^\s*select/i.test(source)) continue;
      const parameters = (source.match(/\?/g) ?? []).map(() => 'x');
      const plan = (db.$client.prepare(`explain query plan ${source}`).all(...parameters) as { detail: string }[]).map((r) => r.detail);
      const scans = plan.filter((step) => bigTables.some((table) => new RegExp(`^SCAN ${table}\\b(?! USING (COVERING )?INDEX)`).test(step)));
      expect({ source, scans }).toEqual({ source, scans: [] });
    }
  });
});
