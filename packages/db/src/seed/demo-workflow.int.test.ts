import { afterAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { assertNoOverlap, caseStages, type CaseStage } from '@kruosar/domain';
import { createTestDatabase } from '../testing/index';
import { assessments, cases, casePlans, closures, followUps, placements, services } from '../schema/index';
import { listPendingApprovals } from '../repositories/approvals';
import { countDueFollowUps } from '../repositories/follow-ups';
import { findUserById } from '../repositories/users';
import type { Db } from '../client';
import { seedDemo } from './demo';

const now = new Date('2026-06-15T03:00:00.000Z');
const today = '2026-06-15';

async function seeded() {
  const { db, cleanup } = createTestDatabase();
  await seedDemo(db, { children: 400, now, hashPassword: async () => 'x' });
  return { db, cleanup };
}
const count = (db: Db, table: typeof assessments | typeof placements | typeof followUps) => db.select({ n: sql<number>`count(*)` }).from(table).get()!.n;

describe('demo workflow records', async () => {
  const first = await seeded();
  const second = await seeded();
  afterAll(() => {
    first.cleanup();
    second.cleanup();
  });
  const { db } = first;
  const rows = db.select().from(cases).all();
  const byCase = <T extends { caseId: string }>(list: T[]) => {
    const out = new Map<string, T[]>();
    for (const r of list) out.set(r.caseId, [...(out.get(r.caseId) ?? []), r]);
    return out;
  };
  const reached = (stage: string, than: CaseStage) => caseStages.indexOf(stage as CaseStage) >= caseStages.indexOf(than);

  it('gives each case the records its stage implies', () => {
    const a = byCase(db.select().from(assessments).all());
    const p = byCase(db.select().from(casePlans).all());
    const cl = byCase(db.select().from(closures).all());
    for (const c of rows) {
      const approvedAssessments = (a.get(c.id) ?? []).filter((x) => x.approvalState === 'approved');
      const approvedPlans = (p.get(c.id) ?? []).filter((x) => x.approvalState === 'approved');
      if (c.stage === 'registered') expect(a.get(c.id)).toBeUndefined();
      if (c.stage === 'assessment') expect([approvedAssessments.length, a.get(c.id)?.length]).toEqual([0, 1]);
      if (reached(c.stage, 'case_plan')) expect(approvedAssessments.length).toBeGreaterThanOrEqual(1);
      if (reached(c.stage, 'implementation')) expect(approvedPlans).toHaveLength(1);
      if (c.status === 'closed') expect(cl.get(c.id)?.map((x) => x.approvalState)).toEqual(['approved']);
      if (c.stage === 'closure' && c.status === 'open') expect(['submitted', 'returned']).toContain(cl.get(c.id)?.[0]?.approvalState);
    }
  });

  it('keeps placement histories free of overlaps, with twelve visits after each reunification', () => {
    const visits = byCase(db.select().from(followUps).all());
    const histories = byCase(db.select().from(placements).all());
    expect(histories.size).toBeGreaterThan(10);
    for (const [caseId, history] of histories) {
      assertNoOverlap(history);
      const reunified = history.some((h) => h.type === 'residential_care');
      if (reunified) expect(visits.get(caseId)?.filter((v) => v.kind === 'reunification')).toHaveLength(12);
    }
  });

  it('dates what happened no later than today', () => {
    const late = (table: string, column: string) => (db.$client.prepare(`select count(*) n from ${table} where ${column} > ?`).get(today) as { n: number }).n;
    expect([late('assessments', 'assessed_on'), late('services', 'delivered_on'), late('closures', 'closed_on'), late('follow_ups', 'done_on')]).toEqual([0, 0, 0, 0]);
    expect(db.select({ n: sql<number>`count(*)` }).from(services).get()!.n).toBeGreaterThan(50);
  });

  it('leaves something for the approvals inbox and the due lists', () => {
    const supervisor = findUserById(db, db.$client.prepare("select id from users where username = 'supervisor'").pluck().get() as string)!;
    const work = { actor: supervisor, portal: 'staff', now };
    expect(new Set(listPendingApprovals(db, work, { page: 1, pageSize: 200 }).items.map((p) => p.kind))).toEqual(new Set(['assessment', 'case_plan', 'closure', 'reintegration_assessment']));
    const due = countDueFollowUps(db, work);
    expect(due.overdue).toBeGreaterThan(0);
    expect(due.this_week).toBeGreaterThan(0);
  });

  it('is the same on every run', () => {
    for (const table of [assessments, placements, followUps] as const) expect(count(second.db, table)).toBe(count(db, table));
    const ids = (d: Db) => d.select({ id: followUps.id }).from(followUps).orderBy(followUps.id).all().map((r) => r.id);
    expect(ids(second.db)).toEqual(ids(db));
  });
});
