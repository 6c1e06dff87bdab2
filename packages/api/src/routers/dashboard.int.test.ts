import { afterAll, describe, expect, it } from 'vitest';
import { assessmentInput, registerTestCase, setUp, staff } from './workflow-testing';

describe('dashboard', () => {
  const { db, cleanup, team, homeVillage, otherVillage } = setUp();
  afterAll(cleanup);

  // Registered on 2026-11-10: medium (72 h) and high (24 h) are past their target on 2026-11-21; a new case is not.
  const lateMedium = registerTestCase(db, team.caseworker, homeVillage, 'medium', '2026-11-10T00:00:00.000Z');
  const lateHigh = registerTestCase(db, team.caseworker, homeVillage, 'high', '2026-11-12T00:00:00.000Z');
  const colleaguesLate = registerTestCase(db, team.otherCaseworker, homeVillage, 'low', '2026-11-01T00:00:00.000Z');
  const elsewhereLate = registerTestCase(db, team.otherCaseworker, otherVillage, 'high', '2026-11-15T00:00:00.000Z');
  const fresh = registerTestCase(db, team.caseworker, homeVillage, 'high');

  it('shows a caseworker their own cases past the first-contact target, riskiest first, with names', async () => {
    const cw = staff(db, team.caseworker);
    await cw.followUps.add({ caseId: fresh, dueDate: '2026-11-12' });
    await cw.followUps.add({ caseId: fresh, dueDate: '2026-11-23' });
    await cw.followUps.add({ caseId: lateHigh, dueDate: '2026-11-24' });
    const summary = await cw.dashboard.summary();
    expect(summary.pastFirstContact.count).toBe(2);
    expect(summary.pastFirstContact.top.map((c) => [c.caseId, c.riskLevel])).toEqual([[lateHigh, 'high'], [lateMedium, 'medium']]);
    expect(summary.pastFirstContact.top[0]!.childName).toBe('Chan Sreyneang');
    expect(summary.approvalsWaiting).toBeNull();
    expect(summary.followUps).toEqual({ dueThisWeek: 2, overdue: 1 });
    expect(summary.openByStageRisk).toHaveLength(18);
    expect(summary.openByStageRisk.filter((c) => c.count > 0)).toEqual([
      { stage: 'registered', riskLevel: 'high', count: 2 },
      { stage: 'registered', riskLevel: 'medium', count: 1 },
    ]);
  });

  it("shows a supervisor their communes, with approvals waiting", async () => {
    const draft = await staff(db, team.caseworker).assessments.create({ caseId: fresh, ...assessmentInput() });
    await staff(db, team.caseworker).assessments.submitForApproval({ id: draft.id, expectedVersion: 0 });
    const summary = await staff(db, team.supervisor).dashboard.summary();
    expect(summary.pastFirstContact.count).toBe(3);
    expect(summary.pastFirstContact.top.map((c) => c.caseId)).toEqual([lateHigh, lateMedium, colleaguesLate]);
    expect(summary.approvalsWaiting).toBe(1);
    expect(summary.openByStageRisk.find((c) => c.stage === 'assessment' && c.riskLevel === 'high')?.count).toBe(1);
    expect((await staff(db, team.otherSupervisor).dashboard.summary()).pastFirstContact.top.map((c) => c.caseId)).toEqual([elsewhereLate]);
  });

  it('shows an admin everything, and an analyst every count but no case list', async () => {
    const admin = await staff(db, team.admin).dashboard.summary();
    expect(admin.pastFirstContact.count).toBe(4);
    expect(admin.approvalsWaiting).toBe(1);
    const analyst = await staff(db, team.analyst).dashboard.summary();
    expect(analyst.pastFirstContact).toEqual({ count: 4, top: [] });
    expect(analyst.approvalsWaiting).toBeNull();
    expect(analyst.followUps).toEqual(admin.followUps);
    expect(analyst.openByStageRisk).toEqual(admin.openByStageRisk);
    expect(JSON.stringify(analyst)).not.toContain('Sreyneang');
  });
});
