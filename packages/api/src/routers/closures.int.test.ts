import { afterAll, describe, expect, it } from 'vitest';
import { schema } from '@kruosar/db';
import { auditActions, caseAtClosureStage, caseInImplementation, caseRow, failureOf, registerTestCase, setUp, staff } from './workflow-testing';

const goalsMet = { reason: 'goals_met' as const, closedOn: '2026-11-21', summary: 'Child safe at home, in school, family income stable', followUpOn: '2027-02-21' };

describe('closures', () => {
  const { db, cleanup, team, homeVillage } = setUp();
  afterAll(cleanup);
  const cw = staff(db, team.caseworker);
  const sup = staff(db, team.supervisor);

  it('is requested only at the closure stage, and "other" needs its reason', async () => {
    const caseId = registerTestCase(db, team.caseworker, homeVillage);
    await caseInImplementation(db, team, caseId);
    expect(await failureOf(cw.closures.request({ caseId, ...goalsMet }))).toMatchObject({ messageKey: 'errors.closureNotReady', field: 'stage' });
    await cw.workflow.changeStage({ caseId, expectedVersion: caseRow(db, caseId).version, to: 'review' });
    await cw.workflow.changeStage({ caseId, expectedVersion: caseRow(db, caseId).version, to: 'closure' });
    expect(await failureOf(cw.closures.request({ caseId, ...goalsMet, reason: 'other' }))).toMatchObject({ fieldErrors: { reasonOther: expect.any(String) } });
  });

  it('closes with the approval of a supervisor other than the requester, then schedules the follow-up after closure', async () => {
    const caseId = registerTestCase(db, team.caseworker, homeVillage);
    await caseAtClosureStage(db, team, caseId);
    const request = await sup.closures.request({ caseId, ...goalsMet });
    expect(request).toMatchObject({ approvalState: 'submitted', submittedById: team.supervisor.id });
    expect(await failureOf(cw.closures.request({ caseId, ...goalsMet }))).toMatchObject({ messageKey: 'errors.closurePending' });
    // Nobody moves the case back to review while its closure waits.
    expect(await failureOf(cw.workflow.changeStage({ caseId, expectedVersion: caseRow(db, caseId).version, to: 'review' }))).toMatchObject({ messageKey: 'errors.closurePending' });
    const decision = { id: request.id, expectedVersion: request.version, decision: 'approve' as const };
    expect(await failureOf(sup.closures.decide(decision))).toMatchObject({ code: 'FORBIDDEN', messageKey: 'errors.selfApproval' });
    expect((await failureOf(cw.closures.decide(decision))).code).toBe('FORBIDDEN');
    expect(caseRow(db, caseId).status).toBe('open');
    expect((await staff(db, team.supervisor2).closures.decide(decision)).approvalState).toBe('approved');
    expect(caseRow(db, caseId)).toMatchObject({ status: 'closed', stage: 'closure' });
    expect((await cw.followUps.list({ caseId })).map((f) => [f.kind, f.dueDate])).toEqual([['closure', '2027-02-21']]);
    expect(auditActions(db, caseId)).toEqual(expect.arrayContaining(['closure.request', 'closure.approve', 'case.close', 'follow_up.schedule']));
    // A closed case's records are not changed until it is reopened.
    expect(await failureOf(cw.services.create({ caseId, type: 'counselling', deliveredOn: '2026-11-21', provider: 'x', outcome: 'completed' }))).toMatchObject({ messageKey: 'errors.caseNotOpen' });
  });

  it('asks why the case closes while plan actions are not done or visits are still scheduled, and audits the reason', async () => {
    const caseId = registerTestCase(db, team.caseworker, homeVillage);
    const { plan } = await caseInImplementation(db, team, caseId);
    await cw.followUps.add({ caseId, dueDate: '2026-12-05', purpose: 'See the child at school' });
    await cw.workflow.changeStage({ caseId, expectedVersion: caseRow(db, caseId).version, to: 'review' });
    await cw.workflow.changeStage({ caseId, expectedVersion: caseRow(db, caseId).version, to: 'closure' });
    const refused = await failureOf(cw.closures.request({ caseId, ...goalsMet }));
    expect(refused).toMatchObject({ messageKey: 'errors.closureOpenWork', field: 'openWorkReason' });
    expect(refused).toMatchObject({ code: 'BAD_REQUEST' });
    expect(plan.goals.flatMap((g) => g.actions)).toHaveLength(2);
    const request = await cw.closures.request({ caseId, ...goalsMet, openWorkReason: 'The family moved to Thailand' });
    expect(request.approvalState).toBe('submitted');
    // The caseload tells a case waiting for closure approval from an open one (and, below, from a closed one).
    const rowOf = async () => (await sup.cases.list({ page: 1, pageSize: 100, sort: 'registeredAt', direction: 'desc' })).items.find((c) => c.id === caseId)!;
    expect(await rowOf()).toMatchObject({ status: 'open', stage: 'closure', closurePending: true });
    await staff(db, team.supervisor2).closures.decide({ id: request.id, expectedVersion: request.version, decision: 'approve' });
    expect(await rowOf()).toMatchObject({ status: 'closed', closurePending: false });
    const audit = db.select().from(schema.auditLog).all().filter((a) => a.action === 'closure.request' && a.caseId === caseId);
    expect(JSON.parse(audit[0]!.detail)).toMatchObject({ openActions: 2, scheduledVisits: 1, openWorkReason: 'The family moved to Thailand' });
  });

  it('returns a request with a reason; the case stays open and may go back to review', async () => {
    const caseId = registerTestCase(db, team.caseworker, homeVillage);
    await caseAtClosureStage(db, team, caseId);
    const request = await cw.closures.request({ caseId, ...goalsMet });
    const returned = await sup.closures.decide({ id: request.id, expectedVersion: request.version, decision: 'return', reason: 'One more visit first' });
    expect(returned).toMatchObject({ approvalState: 'returned', returnReason: 'One more visit first' });
    expect(caseRow(db, caseId)).toMatchObject({ status: 'open', stage: 'closure' });
    expect((await cw.workflow.changeStage({ caseId, expectedVersion: caseRow(db, caseId).version, to: 'review' })).stage).toBe('review');
  });

  it('is reopened by a supervisor only, from a closed case, back to assessment', async () => {
    const caseId = registerTestCase(db, team.caseworker, homeVillage);
    await caseAtClosureStage(db, team, caseId);
    const open = caseRow(db, caseId);
    expect(await failureOf(sup.closures.reopen({ caseId, expectedVersion: open.version, reason: 'New concern' }))).toMatchObject({ messageKey: 'errors.reopenNotClosed' });
    const request = await cw.closures.request({ caseId, ...goalsMet, reason: 'moved', followUpOn: null });
    await sup.closures.decide({ id: request.id, expectedVersion: request.version, decision: 'approve' });
    expect(await cw.followUps.list({ caseId })).toEqual([]);
    const closed = caseRow(db, caseId);
    expect((await failureOf(cw.closures.reopen({ caseId, expectedVersion: closed.version, reason: 'Back in the commune' }))).code).toBe('FORBIDDEN');
    expect((await failureOf(sup.closures.reopen({ caseId, expectedVersion: closed.version - 1, reason: 'Back in the commune' }))).code).toBe('CONFLICT');
    expect(await sup.closures.reopen({ caseId, expectedVersion: closed.version, reason: 'Back in the commune' })).toMatchObject({ status: 'open', stage: 'assessment' });
    expect(auditActions(db, caseId)).toContain('case.reopen');
  });
});
