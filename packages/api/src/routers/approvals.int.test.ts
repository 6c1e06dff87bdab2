import { afterAll, describe, expect, it } from 'vitest';
import { approvedAssessment, assessmentInput, caseAtClosureStage, failureOf, planInput, registerTestCase, setUp, staff } from './workflow-testing';

describe('approvals inbox', () => {
  const { db, cleanup, team, homeVillage, otherVillage } = setUp();
  afterAll(cleanup);
  const at = (iso: string) => staff(db, team.caseworker, iso);

  it("lists assessments, plans and closures waiting in the supervisor's communes, oldest first", async () => {
    const planCase = registerTestCase(db, team.caseworker, homeVillage);
    const closureCase = registerTestCase(db, team.caseworker, homeVillage);
    const assessmentCase = registerTestCase(db, team.caseworker, homeVillage);
    const elsewhere = registerTestCase(db, team.otherCaseworker, otherVillage);
    const assessment = await approvedAssessment(db, team, planCase);
    await caseAtClosureStage(db, team, closureCase);

    // Submitted at different times: the closure first, then the assessment, then the plan.
    await at('2026-11-19T02:00:00Z').closures.request({ caseId: closureCase, reason: 'goals_met', closedOn: '2026-11-19', summary: 'Goals met' });
    const draft = await at('2026-11-20T02:00:00Z').assessments.create({ caseId: assessmentCase, ...assessmentInput() });
    const submitted = await at('2026-11-20T02:00:00Z').assessments.submitForApproval({ id: draft.id, expectedVersion: 0 });
    const plan = await at('2026-11-21T02:00:00Z').casePlans.create({ caseId: planCase, ...planInput(assessment.id) });
    await at('2026-11-21T02:00:00Z').casePlans.submitForApproval({ id: plan.id, expectedVersion: 0 });
    const otherDraft = await staff(db, team.otherCaseworker).assessments.create({ caseId: elsewhere, ...assessmentInput() });
    await staff(db, team.otherCaseworker).assessments.submitForApproval({ id: otherDraft.id, expectedVersion: 0 });

    const inbox = (await staff(db, team.supervisor).approvals.pending({})).items;
    expect(inbox.map((p) => [p.kind, p.caseId])).toEqual([['closure', closureCase], ['assessment', assessmentCase], ['case_plan', planCase]]);
    expect(inbox[1]).toMatchObject({ id: submitted.id, version: submitted.version, childName: 'Chan Sreyneang', submittedByName: team.caseworker.displayName, submittedByMe: false });
    expect((await staff(db, team.otherSupervisor).approvals.pending({})).items.map((p) => p.caseId)).toEqual([elsewhere]);
    expect((await staff(db, team.admin).approvals.pending({})).total).toBe(4);
    // Paged oldest first, across the three kinds.
    const second = await staff(db, team.supervisor).approvals.pending({ page: 2, pageSize: 2 });
    expect({ total: second.total, kinds: second.items.map((p) => p.kind) }).toEqual({ total: 3, kinds: ['case_plan'] });
    expect((await failureOf(staff(db, team.caseworker).approvals.pending({}))).code).toBe('FORBIDDEN');

    // Decided records leave the inbox.
    await staff(db, team.supervisor).assessments.decide({ id: submitted.id, expectedVersion: submitted.version, decision: 'approve' });
    expect((await staff(db, team.supervisor).approvals.pending({})).items.map((p) => p.kind)).toEqual(['closure', 'case_plan']);
  });

  it('marks what the supervisor submitted themselves, which someone else has to decide', async () => {
    const caseId = registerTestCase(db, team.caseworker, homeVillage);
    const sup = staff(db, team.supervisor2);
    const draft = await sup.assessments.create({ caseId, ...assessmentInput() });
    await sup.assessments.submitForApproval({ id: draft.id, expectedVersion: 0 });
    expect((await sup.approvals.pending({})).items.find((p) => p.id === draft.id)?.submittedByMe).toBe(true);
    expect((await staff(db, team.supervisor).approvals.pending({})).items.find((p) => p.id === draft.id)?.submittedByMe).toBe(false);
  });
});
