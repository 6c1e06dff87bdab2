import { afterAll, describe, expect, it } from 'vitest';
import { approvedAssessment, auditActions, caseInImplementation, caseRow, failureOf, registerTestCase, setUp, staff } from './workflow-testing';

describe('workflow', () => {
  const { db, cleanup, team, homeVillage } = setUp();
  afterAll(cleanup);
  const cw = staff(db, team.caseworker);

  it('moves a case by hand where the workflow allows, and audits the move with the case', async () => {
    const caseId = registerTestCase(db, team.caseworker, homeVillage);
    expect(await cw.workflow.state({ caseId })).toMatchObject({ stage: 'registered', status: 'open', manualNextStages: ['assessment'], version: 0 });
    const moved = await cw.workflow.changeStage({ caseId, expectedVersion: 0, to: 'assessment', note: 'First home visit done' });
    expect(moved).toEqual({ caseId, stage: 'assessment', status: 'open', version: 1 });
    expect(auditActions(db, caseId)).toEqual(['case.register', 'case.stage']);
  });

  it('refuses a wrong transition, naming the stage field', async () => {
    const caseId = registerTestCase(db, team.caseworker, homeVillage);
    const wrong = await failureOf(cw.workflow.changeStage({ caseId, expectedVersion: 0, to: 'implementation' }));
    expect(wrong).toMatchObject({ code: 'BAD_REQUEST', messageKey: 'errors.stageTransition', field: 'stage' });
    expect(caseRow(db, caseId).stage).toBe('registered');
  });

  it('leaves assessment and case_plan only through a supervisor approval', async () => {
    const caseId = registerTestCase(db, team.caseworker, homeVillage);
    await cw.workflow.changeStage({ caseId, expectedVersion: 0, to: 'assessment' });
    expect(await failureOf(cw.workflow.changeStage({ caseId, expectedVersion: 1, to: 'case_plan' }))).toMatchObject({ messageKey: 'errors.stageNeedsApproval' });
    await approvedAssessment(db, team, caseId);
    const state = await cw.workflow.state({ caseId });
    expect(state).toMatchObject({ stage: 'case_plan', manualNextStages: [] });
    expect(state.latestApprovedAssessmentId).not.toBeNull();
    expect(await failureOf(cw.workflow.changeStage({ caseId, expectedVersion: state.version, to: 'implementation' }))).toMatchObject({ messageKey: 'errors.stageNeedsApproval' });
  });

  it('refuses a stage change from a stale version', async () => {
    const caseId = registerTestCase(db, team.caseworker, homeVillage);
    await cw.workflow.changeStage({ caseId, expectedVersion: 0, to: 'assessment' });
    expect(await failureOf(staff(db, team.supervisor).workflow.changeStage({ caseId, expectedVersion: 0, to: 'assessment' }))).toMatchObject({ code: 'CONFLICT' });
  });

  it('lets review go back to planning or on to closure', async () => {
    const caseId = registerTestCase(db, team.caseworker, homeVillage);
    await caseInImplementation(db, team, caseId);
    const review = await cw.workflow.changeStage({ caseId, expectedVersion: caseRow(db, caseId).version, to: 'review' });
    expect((await cw.workflow.state({ caseId })).manualNextStages).toEqual(['case_plan', 'implementation', 'closure']);
    expect((await cw.workflow.changeStage({ caseId, expectedVersion: review.version, to: 'case_plan' })).stage).toBe('case_plan');
  });

  it('reads the whole workflow tab in one audited read', async () => {
    const caseId = registerTestCase(db, team.caseworker, homeVillage);
    const { assessment, plan } = await caseInImplementation(db, team, caseId);
    await cw.services.create({ caseId, type: 'counselling', deliveredOn: '2026-11-20', provider: 'Counsellor', outcome: 'ongoing' });
    await cw.followUps.add({ caseId, dueDate: '2026-12-01' });
    const before = auditActions(db, caseId).length;
    const overview = await cw.workflow.overview({ caseId });
    expect(auditActions(db, caseId).slice(before)).toEqual(['case.workflow_read']);
    expect(overview.state).toMatchObject({ stage: 'implementation', latestApprovedAssessmentId: assessment.id, currentPlanId: plan.id });
    expect(overview.assessments.map((a) => a.id)).toEqual([assessment.id]);
    expect(overview.casePlans.map((p) => p.id)).toEqual([plan.id]);
    expect([overview.services.length, overview.followUps.length, overview.placements.length, overview.referrals.length, overview.closures.length]).toEqual([1, 1, 0, 0, 0]);
    expect((await failureOf(staff(db, team.otherCaseworker).workflow.overview({ caseId }))).code).toBe('NOT_FOUND');
  });

  it('is scoped: another caseworker and another commune get not found, analysts are refused', async () => {
    const caseId = registerTestCase(db, team.caseworker, homeVillage);
    expect((await failureOf(staff(db, team.otherCaseworker).workflow.state({ caseId }))).code).toBe('NOT_FOUND');
    expect((await failureOf(staff(db, team.otherSupervisor).workflow.changeStage({ caseId, expectedVersion: 0, to: 'assessment' }))).code).toBe('NOT_FOUND');
    expect((await failureOf(staff(db, team.analyst).workflow.state({ caseId }))).code).toBe('FORBIDDEN');
    expect((await staff(db, team.supervisor).workflow.state({ caseId })).stage).toBe('registered');
  });
});
