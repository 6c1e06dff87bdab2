import { afterAll, describe, expect, it } from 'vitest';
import { auditActions, failureOf, registerTestCase, setUp, staff } from './workflow-testing';

describe('follow-up visits', () => {
  const { db, cleanup, team, homeVillage, otherVillage } = setUp();
  afterAll(cleanup);
  const cw = staff(db, team.caseworker);
  const other = staff(db, team.otherCaseworker);

  // Visits on TEST_NOW's day (2026-11-21): overdue before it, due within 7 days, upcoming after.
  const mine = registerTestCase(db, team.caseworker, homeVillage);
  const colleagues = registerTestCase(db, team.otherCaseworker, homeVillage);
  const elsewhere = registerTestCase(db, team.otherCaseworker, otherVillage);

  it('lists due this week and overdue for a caseworker (own cases) and a supervisor (communes)', async () => {
    const overdue = await cw.followUps.add({ caseId: mine, dueDate: '2026-11-10', purpose: 'Check school attendance' });
    const today = await cw.followUps.add({ caseId: mine, dueDate: '2026-11-21' });
    const inAWeek = await cw.followUps.add({ caseId: mine, dueDate: '2026-11-28' });
    await cw.followUps.add({ caseId: mine, dueDate: '2026-11-29' });
    const theirs = await other.followUps.add({ caseId: colleagues, dueDate: '2026-11-25' });
    const far = await other.followUps.add({ caseId: elsewhere, dueDate: '2026-11-01' });

    expect((await cw.followUps.dueList({ range: 'this_week' })).items.map((f) => f.id)).toEqual([today.id, inAWeek.id]);
    expect((await cw.followUps.dueList({ range: 'overdue' })).items.map((f) => f.id)).toEqual([overdue.id]);
    const week = (await staff(db, team.supervisor).followUps.dueList({ range: 'this_week' })).items;
    expect(week.map((f) => f.id)).toEqual([today.id, theirs.id, inAWeek.id]);
    expect(week[0]).toMatchObject({ caseId: mine, childName: 'Chan Sreyneang', status: 'due', kind: 'manual' });
    expect((await staff(db, team.otherSupervisor).followUps.dueList({ range: 'overdue' })).items.map((f) => f.id)).toEqual([far.id]);
    expect((await staff(db, team.admin).followUps.dueList({ range: 'overdue' })).items.map((f) => f.id)).toEqual([far.id, overdue.id]);
    expect((await failureOf(cw.followUps.dueList({ range: 'next_year' as never }))).fieldErrors).toHaveProperty('range');
    const page2 = await staff(db, team.supervisor).followUps.dueList({ range: 'this_week', page: 2, pageSize: 2 });
    expect({ total: page2.total, ids: page2.items.map((f) => f.id) }).toEqual({ total: 3, ids: [inAWeek.id] });
  });

  it('reschedules with a reason, cancels with a reason, records the visit; done and cancelled leave the lists', async () => {
    const caseId = registerTestCase(db, team.caseworker, homeVillage);
    const a = await cw.followUps.add({ caseId, dueDate: '2026-11-15' });
    const b = await cw.followUps.add({ caseId, dueDate: '2026-11-16' });
    const c = await cw.followUps.add({ caseId, dueDate: '2026-11-17' });
    const noReason = await failureOf(cw.followUps.reschedule({ id: a.id, expectedVersion: 0, dueDate: '2026-11-24', reason: ' ' }));
    expect(Object.keys(noReason.fieldErrors ?? {})).toEqual(['reason']);
    const moved = await cw.followUps.reschedule({ id: a.id, expectedVersion: 0, dueDate: '2026-11-24', reason: 'Family away at a wedding' });
    expect(moved).toMatchObject({ dueDate: '2026-11-24', rescheduleReason: 'Family away at a wedding', status: 'due', version: 1 });
    const cancelled = await cw.followUps.cancel({ id: b.id, expectedVersion: 0, reason: 'Family moved to Thailand' });
    expect(cancelled).toMatchObject({ status: 'cancelled', cancelledOn: '2026-11-21', cancelReason: 'Family moved to Thailand' });
    const visited = await cw.followUps.recordVisit({ id: c.id, expectedVersion: 0, doneOn: '2026-11-20', childSeen: true, wellbeing: 'doing_well', notes: 'Child at school, eating well' });
    expect(visited).toMatchObject({ status: 'done', visitedById: team.caseworker.id, wellbeing: 'doing_well' });
    const lists = [...(await cw.followUps.dueList({ range: 'overdue' })).items, ...(await cw.followUps.dueList({ range: 'this_week' })).items].map((f) => f.id);
    expect(lists).toContain(a.id);
    expect(lists).not.toContain(b.id);
    expect(lists).not.toContain(c.id);
    expect(await failureOf(cw.followUps.recordVisit({ id: b.id, expectedVersion: 1, doneOn: '2026-11-20', childSeen: true, wellbeing: 'doing_well', notes: 'x' }))).toMatchObject({ messageKey: 'errors.followUpClosed' });
    expect(auditActions(db, caseId)).toEqual(expect.arrayContaining(['follow_up.reschedule', 'follow_up.cancel', 'follow_up.visit']));
  });

  it('refuses a stale edit and a visit dated in the future', async () => {
    const caseId = registerTestCase(db, team.caseworker, homeVillage);
    const visit = await cw.followUps.add({ caseId, dueDate: '2026-11-25' });
    await cw.followUps.reschedule({ id: visit.id, expectedVersion: 0, dueDate: '2026-11-26', reason: 'Caregiver asked' });
    expect((await failureOf(staff(db, team.supervisor).followUps.cancel({ id: visit.id, expectedVersion: 0, reason: 'Not needed' }))).code).toBe('CONFLICT');
    expect(await failureOf(cw.followUps.recordVisit({ id: visit.id, expectedVersion: 1, doneOn: '2026-11-26', childSeen: true, wellbeing: 'doing_well', notes: 'x' }))).toMatchObject({ field: 'doneOn', messageKey: 'errors.dateInFuture' });
  });

  it('is scoped per role', async () => {
    expect((await failureOf(other.followUps.list({ caseId: mine }))).code).toBe('NOT_FOUND');
    expect((await failureOf(staff(db, team.otherSupervisor).followUps.add({ caseId: mine, dueDate: '2026-12-01' }))).code).toBe('NOT_FOUND');
    expect((await failureOf(staff(db, team.analyst).followUps.dueList({ range: 'overdue' }))).code).toBe('FORBIDDEN');
  });
});
