import { afterAll, describe, expect, it } from 'vitest';
import { approvedAssessment, caseRow, failureOf, planInput, registerTestCase, setUp, staff } from './workflow-testing';

describe('case plans', () => {
  const { db, cleanup, team, homeVillage } = setUp();
  afterAll(cleanup);
  const cw = staff(db, team.caseworker);
  const sup = staff(db, team.supervisor);

  async function caseWithAssessment() {
    const caseId = registerTestCase(db, team.caseworker, homeVillage);
    const assessment = await approvedAssessment(db, team, caseId);
    return { caseId, assessment };
  }

  it('starts from the weak domains of the latest approved assessment', async () => {
    const { caseId, assessment } = await caseWithAssessment();
    expect(await cw.casePlans.startingPoint({ caseId })).toMatchObject({ assessmentId: assessment.id, weakDomains: ['food_security', 'shelter'] });
    const fresh = registerTestCase(db, team.caseworker, homeVillage);
    expect(await cw.casePlans.startingPoint({ caseId: fresh })).toBeNull();
  });

  it('is made only at the case_plan stage and for the latest approved assessment', async () => {
    const fresh = registerTestCase(db, team.caseworker, homeVillage);
    expect(await failureOf(cw.casePlans.create({ caseId: fresh, ...planInput('nope') }))).toMatchObject({ messageKey: 'errors.notPlanningStage' });
    const { caseId } = await caseWithAssessment();
    expect(await failureOf(cw.casePlans.create({ caseId, ...planInput('not-this-one') }))).toMatchObject({ field: 'assessmentId', messageKey: 'errors.planAssessmentNotLatest' });
  });

  it("requires the child's views or a recorded reason, naming the field", async () => {
    const { caseId, assessment } = await caseWithAssessment();
    const noViews = await failureOf(cw.casePlans.create({ caseId, ...planInput(assessment.id), childViews: '' }));
    expect(noViews).toMatchObject({ code: 'BAD_REQUEST', fieldErrors: { childViews: expect.stringContaining("Child's views") } });
    const other = await failureOf(cw.casePlans.create({ caseId, ...planInput(assessment.id), childViews: '', childViewsNotGivenReason: 'other' }));
    expect(Object.keys(other.fieldErrors ?? {})).toContain('childViewsNotGivenNote');
    const tooYoung = await cw.casePlans.create({ caseId, ...planInput(assessment.id), childViews: '', childViewsNotGivenReason: 'too_young' });
    expect(tooYoung).toMatchObject({ approvalState: 'draft', childViewsNotGivenReason: 'too_young', reviewStatus: 'upcoming' });
  });

  it('is submitted only when every weak domain has a goal', async () => {
    const { caseId, assessment } = await caseWithAssessment();
    const input = planInput(assessment.id);
    const plan = await cw.casePlans.create({ caseId, ...input, goals: input.goals.slice(0, 1) });
    expect(await failureOf(cw.casePlans.submitForApproval({ id: plan.id, expectedVersion: plan.version }))).toMatchObject({ messageKey: 'errors.planMissingWeakDomains', field: 'goals' });
    const fixed = await cw.casePlans.update({ id: plan.id, expectedVersion: plan.version, ...input });
    expect((await cw.casePlans.submitForApproval({ id: fixed.id, expectedVersion: fixed.version })).approvalState).toBe('submitted');
  });

  it('is approved by a supervisor other than the requester, which moves the case to implementation', async () => {
    const { caseId, assessment } = await caseWithAssessment();
    const plan = await sup.casePlans.create({ caseId, ...planInput(assessment.id) });
    const submitted = await sup.casePlans.submitForApproval({ id: plan.id, expectedVersion: plan.version });
    const decision = { id: submitted.id, expectedVersion: submitted.version, decision: 'approve' as const };
    expect(await failureOf(sup.casePlans.decide(decision))).toMatchObject({ code: 'FORBIDDEN', messageKey: 'errors.selfApproval' });
    expect((await failureOf(cw.casePlans.decide(decision))).code).toBe('FORBIDDEN');
    expect(caseRow(db, caseId).stage).toBe('case_plan');
    expect(await staff(db, team.admin).casePlans.decide(decision)).toMatchObject({ approvalState: 'approved', decidedById: team.admin.id });
    expect(caseRow(db, caseId).stage).toBe('implementation');
    // A second decision on the same version is stale.
    expect((await failureOf(staff(db, team.supervisor2).casePlans.decide(decision))).code).toBe('CONFLICT');
  });

  it('records progress on the approved plan: actions done and reviews with the next date', async () => {
    const { caseId, assessment } = await caseWithAssessment();
    const plan = await cw.casePlans.create({ caseId, ...planInput(assessment.id) });
    expect(await failureOf(cw.casePlans.markAction({ id: plan.id, expectedVersion: 0, goalIndex: 0, actionIndex: 0, doneOn: '2026-11-20' }))).toMatchObject({ messageKey: 'errors.approvalState' });
    const submitted = await cw.casePlans.submitForApproval({ id: plan.id, expectedVersion: 0 });
    const approved = await sup.casePlans.decide({ id: submitted.id, expectedVersion: submitted.version, decision: 'approve' });
    const done = await cw.casePlans.markAction({ id: approved.id, expectedVersion: approved.version, goalIndex: 1, actionIndex: 0, doneOn: '2026-11-21' });
    expect(done.goals[1]!.actions[0]!.doneOn).toBe('2026-11-21');
    expect(await failureOf(cw.casePlans.markAction({ id: done.id, expectedVersion: done.version, goalIndex: 5, actionIndex: 0, doneOn: null }))).toMatchObject({ field: 'actionIndex' });
    const reviewed = await cw.casePlans.recordReview({ id: done.id, expectedVersion: done.version, reviewedOn: '2026-11-21', nextReviewDate: '2027-05-21' });
    expect(reviewed).toMatchObject({ reviewedOn: '2026-11-21', reviewDate: '2027-05-21', reviewStatus: 'upcoming' });
    expect((await cw.casePlans.list({ caseId })).map((p) => p.id)).toEqual([plan.id]);
  });

  it('refuses an action still to do that is due before today, on create, update and submit', async () => {
    const { caseId, assessment } = await caseWithAssessment();
    const input = planInput(assessment.id);
    const pastAction = { description: 'Enrol in rice support', who: 'Caseworker', dueDate: '2026-11-20' };
    const withPast = { ...input, goals: [{ ...input.goals[0]!, actions: [pastAction] }, input.goals[1]!] };
    expect(await failureOf(cw.casePlans.create({ caseId, ...withPast }))).toMatchObject({ messageKey: 'errors.actionDueInPast', field: 'goals.0.actions.0.dueDate' });
    const plan = await cw.casePlans.create({ caseId, ...input });
    expect(await failureOf(cw.casePlans.update({ id: plan.id, expectedVersion: plan.version, ...withPast }))).toMatchObject({ messageKey: 'errors.actionDueInPast' });
    // A draft saved with a date that has passed since is not sent for approval as it is.
    expect(await failureOf(staff(db, team.caseworker, '2026-12-20T09:00:00.000Z').casePlans.submitForApproval({ id: plan.id, expectedVersion: plan.version }))).toMatchObject({
      messageKey: 'errors.actionDueInPast',
      field: 'goals.0.actions.0.dueDate',
    });
    // Done on time, an action keeps its past due date.
    const done = { ...pastAction, doneOn: '2026-11-19' };
    expect((await cw.casePlans.update({ id: plan.id, expectedVersion: plan.version, ...input, goals: [{ ...input.goals[0]!, actions: [done] }, input.goals[1]!] })).version).toBe(plan.version + 1);
  });
});
