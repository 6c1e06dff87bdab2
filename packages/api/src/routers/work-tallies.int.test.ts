// approval_tallies and follow_up_tallies (kept by triggers) against the counts they replace, computed from the
// records themselves, for every kind of scope, after each kind of write that can move a count: submitting,
// deciding, archiving, rescheduling, visiting and cancelling, and a case that changes hands, commune or status.
import { afterAll, describe, expect, it } from 'vitest';
import { countDueFollowUps, countPendingApprovals } from '@kruosar/db';
import type { CurrentUser } from '@kruosar/domain';
import { TEST_NOW } from '../testing';
import { HOME, OTHER, TODAY, assessmentInput, registerTestCase, setUp, staff } from './workflow-testing';

describe('work tallies', () => {
  const { db, cleanup, team, homeVillage, otherVillage } = setUp();
  afterAll(cleanup);
  const people = Object.entries(team) as [string, CurrentUser][];

  /** The counts as the dashboard used to compute them: every record joined to its case, scope applied in SQL. */
  function scopeSql(user: CurrentUser): { where: string; params: string[] } {
    if (user.role === 'admin' || user.role === 'analyst') return { where: '1', params: [] };
    if (user.role === 'supervisor') return { where: `c.commune_code in (${user.communeCodes.map(() => '?').join(',')})`, params: user.communeCodes };
    return { where: '(c.assigned_to = ? or c.registered_by = ?)', params: [user.id, user.id] };
  }
  function directApprovals(user: CurrentUser): number {
    const { where, params } = scopeSql(user);
    return ['assessments', 'case_plans', 'closures', 'tracing_requests', 'reintegration_assessments'].reduce((sum, table) => {
      const row = db.$client
        .prepare(`select count(*) n from ${table} r join cases c on c.id = r.case_id where r.approval_state = 'submitted' and r.archived_at is null and c.archived_at is null and ${where}`)
        .get(...params) as { n: number };
      return sum + row.n;
    }, 0);
  }
  function directVisits(user: CurrentUser): { this_week: number; overdue: number } {
    const { where, params } = scopeSql(user);
    const row = db.$client
      .prepare(
        `select coalesce(sum(f.due_date < ?), 0) overdue, coalesce(sum(f.due_date >= ?), 0) this_week from follow_ups f join cases c on c.id = f.case_id
         where f.done_on is null and f.cancelled_on is null and f.archived_at is null and f.due_date <= date(?, '+7 days')
           and c.archived_at is null and c.status <> 'duplicate' and ${where}`,
      )
      .get(TODAY, TODAY, TODAY, ...params) as { overdue: number; this_week: number };
    return { this_week: row.this_week, overdue: row.overdue };
  }
  function expectTalliesTrue(expected: { approvals: number; visits: number }) {
    for (const [, user] of people) {
      const w = { actor: user, portal: 'staff', now: new Date(TEST_NOW) };
      expect(countPendingApprovals(db, w)).toBe(directApprovals(user));
      expect(countDueFollowUps(db, w)).toEqual(directVisits(user));
    }
    // The admin sees everything: the figures the test expects, so a tally and a query that both read zero fail.
    expect(directApprovals(team.admin)).toBe(expected.approvals);
    const all = directVisits(team.admin);
    expect(all.this_week + all.overdue).toBe(expected.visits);
  }

  const home = registerTestCase(db, team.caseworker, homeVillage, 'high');
  const colleagues = registerTestCase(db, team.otherCaseworker, homeVillage);
  const elsewhere = registerTestCase(db, team.otherCaseworker, otherVillage);
  const cw = staff(db, team.caseworker);
  const other = staff(db, team.otherCaseworker);

  it('counts records submitted, and no longer counts them once returned or approved', async () => {
    expectTalliesTrue({ approvals: 0, visits: 0 });
    const a = await cw.assessments.create({ caseId: home, ...assessmentInput() });
    const b = await other.assessments.create({ caseId: colleagues, ...assessmentInput() });
    const c = await other.assessments.create({ caseId: elsewhere, ...assessmentInput() });
    expectTalliesTrue({ approvals: 0, visits: 0 });
    const submittedA = await cw.assessments.submitForApproval({ id: a.id, expectedVersion: a.version });
    const submittedB = await other.assessments.submitForApproval({ id: b.id, expectedVersion: b.version });
    await other.assessments.submitForApproval({ id: c.id, expectedVersion: c.version });
    expectTalliesTrue({ approvals: 3, visits: 0 });
    await staff(db, team.supervisor).assessments.decide({ id: submittedA.id, expectedVersion: submittedA.version, decision: 'return', reason: 'Add the school visit' });
    expectTalliesTrue({ approvals: 2, visits: 0 });
    await staff(db, team.supervisor).assessments.decide({ id: submittedB.id, expectedVersion: submittedB.version, decision: 'approve', reason: '' });
    expectTalliesTrue({ approvals: 1, visits: 0 });
  });

  it('counts visits due and overdue, and follows them when moved, done or cancelled', async () => {
    const overdue = await cw.followUps.add({ caseId: home, dueDate: '2026-11-12', purpose: '' });
    const soon = await cw.followUps.add({ caseId: home, dueDate: '2026-11-23', purpose: '' });
    const later = await other.followUps.add({ caseId: colleagues, dueDate: '2026-12-20', purpose: '' });
    await other.followUps.add({ caseId: elsewhere, dueDate: '2026-11-22', purpose: '' });
    expectTalliesTrue({ approvals: 1, visits: 3 });
    await other.followUps.reschedule({ id: later.id, expectedVersion: later.version, dueDate: '2026-11-24', reason: 'The family is back sooner' });
    expectTalliesTrue({ approvals: 1, visits: 4 });
    await cw.followUps.recordVisit({ id: overdue.id, expectedVersion: overdue.version, doneOn: '2026-11-20', childSeen: true, wellbeing: 'doing_well', notes: 'Seen at home' });
    expectTalliesTrue({ approvals: 1, visits: 3 });
    await cw.followUps.cancel({ id: soon.id, expectedVersion: soon.version, reason: 'The family moved away' });
    expectTalliesTrue({ approvals: 1, visits: 2 });
  });

  it('moves the counts with a case that changes hands or commune, and drops them when it is archived or a duplicate', async () => {
    const set = (column: string, value: string | null, caseId: string) => db.$client.prepare(`update cases set ${column} = ? where id = ?`).run(value, caseId);
    await cw.followUps.add({ caseId: home, dueDate: '2026-11-25', purpose: '' });
    expectTalliesTrue({ approvals: 1, visits: 3 });
    set('assigned_to', team.otherCaseworker.id, home);
    expectTalliesTrue({ approvals: 1, visits: 3 });
    set('commune_code', OTHER, home);
    expectTalliesTrue({ approvals: 1, visits: 3 });
    set('status', 'duplicate', home);
    expectTalliesTrue({ approvals: 1, visits: 2 });
    set('status', 'open', home);
    set('commune_code', HOME, home);
    expectTalliesTrue({ approvals: 1, visits: 3 });
    set('archived_at', '2026-11-21T00:00:00.000Z', elsewhere);
    expectTalliesTrue({ approvals: 0, visits: 2 });
    set('archived_at', null, elsewhere);
    expectTalliesTrue({ approvals: 1, visits: 3 });
  });
});
