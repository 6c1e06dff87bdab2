import { afterAll, describe, expect, it } from 'vitest';
import { approvedAssessment, assessmentInput, auditActions, caseInImplementation, caseRow, failureOf, registerTestCase, setUp, staff } from './workflow-testing';

describe('assessments', () => {
  const { db, cleanup, team, homeVillage, otherVillage } = setUp();
  afterAll(cleanup);
  const cw = staff(db, team.caseworker);
  const sup = staff(db, team.supervisor);
  const sup2 = staff(db, team.supervisor2);

  it('drafts an assessment, moving a registered case to the assessment stage, and audits both', async () => {
    const caseId = registerTestCase(db, team.caseworker, homeVillage);
    const draft = await cw.assessments.create({ caseId, ...assessmentInput({ food_security: 1 }) });
    expect(draft).toMatchObject({ caseId, approvalState: 'draft', assessedById: team.caseworker.id, version: 0 });
    expect(caseRow(db, caseId).stage).toBe('assessment');
    expect(auditActions(db, caseId)).toEqual(['case.register', 'case.stage', 'assessment.create']);
    expect(await failureOf(cw.assessments.create({ caseId, ...assessmentInput() }))).toMatchObject({ code: 'BAD_REQUEST', messageKey: 'errors.assessmentInProgress' });
  });

  it('refuses a stale update and keeps the first save', async () => {
    const caseId = registerTestCase(db, team.caseworker, homeVillage);
    const draft = await cw.assessments.create({ caseId, ...assessmentInput() });
    const saved = await cw.assessments.update({ id: draft.id, expectedVersion: 0, ...assessmentInput({ shelter: 2 }) });
    expect(saved.version).toBe(1);
    const stale = await failureOf(sup.assessments.update({ id: draft.id, expectedVersion: 0, ...assessmentInput({ shelter: 4 }) }));
    expect(stale).toMatchObject({ code: 'CONFLICT', messageKey: 'errors.conflict' });
    expect((await cw.assessments.byId({ id: draft.id })).scores.shelter.score).toBe(2);
  });

  it('names the field of a validation error and refuses a future date', async () => {
    const caseId = registerTestCase(db, team.caseworker, homeVillage);
    const input = assessmentInput();
    const bad = await failureOf(cw.assessments.create({ caseId, ...input, scores: { ...input.scores, care: { score: 7, reason: '' } } }));
    expect(bad.code).toBe('BAD_REQUEST');
    expect(Object.keys(bad.fieldErrors ?? {})).toEqual(expect.arrayContaining(['scores.care.score', 'scores.care.reason']));
    expect(await failureOf(cw.assessments.create({ caseId, ...assessmentInput({}, { assessedOn: '2026-12-01' }) }))).toMatchObject({ field: 'assessedOn', messageKey: 'errors.dateInFuture' });
  });

  it('needs a supervisor other than the one who submitted, and not a caseworker', async () => {
    const caseId = registerTestCase(db, team.caseworker, homeVillage);
    const draft = await sup.assessments.create({ caseId, ...assessmentInput() });
    const submitted = await sup.assessments.submitForApproval({ id: draft.id, expectedVersion: draft.version });
    const decide = { id: submitted.id, expectedVersion: submitted.version, decision: 'approve' as const };
    expect(await failureOf(sup.assessments.decide(decide))).toMatchObject({ code: 'FORBIDDEN', messageKey: 'errors.selfApproval' });
    expect((await failureOf(cw.assessments.decide(decide))).code).toBe('FORBIDDEN');
    // A supervisor of another commune does not even see the case.
    expect((await failureOf(staff(db, team.otherSupervisor).assessments.decide(decide))).code).toBe('NOT_FOUND');
    expect(caseRow(db, caseId).stage).toBe('assessment');
    const approved = await sup2.assessments.decide(decide);
    expect(approved).toMatchObject({ approvalState: 'approved', decidedById: team.supervisor2.id });
  });

  it('on approval moves the case to case_plan and applies the re-rated risk and concerns', async () => {
    const caseId = registerTestCase(db, team.caseworker, homeVillage, 'low');
    const approved = await approvedAssessment(db, team, caseId);
    expect(approved.approvalState).toBe('approved');
    const c = caseRow(db, caseId);
    expect({ stage: c.stage, risk: c.riskLevel, concerns: c.protectionConcerns }).toEqual({ stage: 'case_plan', risk: 'high', concerns: ['neglect'] });
    expect(auditActions(db, caseId)).toEqual(expect.arrayContaining(['assessment.submit', 'assessment.approve', 'case.assessed']));
    // Approved is the record: it is no longer edited.
    expect(await failureOf(cw.assessments.update({ id: approved.id, expectedVersion: approved.version, ...assessmentInput() }))).toMatchObject({ messageKey: 'errors.approvalState' });
  });

  it('returns for changes only with a reason; a returned assessment is edited and sent again', async () => {
    const caseId = registerTestCase(db, team.caseworker, homeVillage);
    const draft = await cw.assessments.create({ caseId, ...assessmentInput() });
    const submitted = await cw.assessments.submitForApproval({ id: draft.id, expectedVersion: draft.version });
    const noReason = await failureOf(sup.assessments.decide({ id: submitted.id, expectedVersion: submitted.version, decision: 'return' }));
    expect(noReason).toMatchObject({ code: 'BAD_REQUEST', fieldErrors: { reason: expect.stringContaining('Reason for returning') } });
    const returned = await sup.assessments.decide({ id: submitted.id, expectedVersion: submitted.version, decision: 'return', reason: 'Score the health domains again' });
    expect(returned).toMatchObject({ approvalState: 'returned', returnReason: 'Score the health domains again' });
    expect(caseRow(db, caseId).stage).toBe('assessment');
    const edited = await cw.assessments.update({ id: returned.id, expectedVersion: returned.version, ...assessmentInput({ wellness: 2 }) });
    expect((await cw.assessments.submitForApproval({ id: edited.id, expectedVersion: edited.version })).approvalState).toBe('submitted');
  });

  it('keeps cases out of scope: another caseworker, another commune, analysts', async () => {
    const caseId = registerTestCase(db, team.caseworker, homeVillage);
    const elsewhere = registerTestCase(db, team.otherCaseworker, otherVillage);
    expect((await failureOf(staff(db, team.otherCaseworker).assessments.list({ caseId }))).code).toBe('NOT_FOUND');
    expect((await failureOf(sup.assessments.create({ caseId: elsewhere, ...assessmentInput() }))).code).toBe('NOT_FOUND');
    expect((await failureOf(staff(db, team.analyst).assessments.list({ caseId }))).code).toBe('FORBIDDEN');
    expect(await staff(db, team.admin).assessments.list({ caseId })).toEqual([]);
  });

  it('reassesses at review and compares the scores over time', async () => {
    const caseId = registerTestCase(db, team.caseworker, homeVillage);
    const { assessment: first } = await caseInImplementation(db, team, caseId);
    // At implementation a case is not assessed; at review it is.
    expect(await failureOf(cw.assessments.create({ caseId, ...assessmentInput() }))).toMatchObject({ messageKey: 'errors.notAssessableStage' });
    await cw.workflow.changeStage({ caseId, expectedVersion: caseRow(db, caseId).version, to: 'review' });
    const second = await approvedAssessment(db, team, caseId, { food_security: 3, shelter: 2, care: 2 });
    expect(caseRow(db, caseId).stage).toBe('review');
    const history = await cw.assessments.history({ caseId });
    expect(history.assessments.map((a) => a.id)).toEqual([first.id, second.id]);
    expect(history.scores.food_security).toEqual([1, 3]);
    expect(history.comparisons).toHaveLength(1);
    expect(history.comparisons[0]).toMatchObject({ olderId: first.id, newerId: second.id, better: 1, worse: 1, resolvedWeakDomains: ['food_security'], newWeakDomains: ['care'] });
  });

  it('archives a draft that should not go on, but never an approved one', async () => {
    const caseId = registerTestCase(db, team.caseworker, homeVillage);
    const draft = await cw.assessments.create({ caseId, ...assessmentInput() });
    expect(await cw.assessments.archive({ id: draft.id, expectedVersion: 0 })).toEqual({ ok: true });
    expect(await cw.assessments.list({ caseId })).toEqual([]);
    expect((await failureOf(cw.assessments.byId({ id: draft.id }))).code).toBe('NOT_FOUND');
  });
});
