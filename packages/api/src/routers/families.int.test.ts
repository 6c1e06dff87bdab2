import { afterAll, describe, expect, it } from 'vitest';
import { CaseRegisterInput } from '@kruosar/domain';
import { failureOf, registerTestCase, setUp, staff, TODAY } from './workflow-testing';

const child = (givenNameLatin: string, givenNameKm: string, dateOfBirth: string) => ({
  givenNameLatin, familyNameLatin: 'Pen', givenNameKm, familyNameKm: 'ប៉ែន', sex: 'female', dateOfBirth, schoolStatus: 'enrolled', birthRegistration: 'registered',
});
const registration = (villageCode: string, c: ReturnType<typeof child>, existingHouseholdId: string | null = null) =>
  CaseRegisterInput.parse({ child: c, household: { villageCode, idPoor: 'level_1', members: [{ nameKm: 'ប៉ែន សុភា', nameLatin: 'Pen Sophea (demo)', sex: 'female', relationship: 'mother', isCaregiver: true }] }, source: 'intake', riskLevel: 'medium', duplicatesReviewed: true, existingHouseholdId });
const goal = { area: 'livelihood' as const, goal: 'A steady income for the family', actions: [{ description: 'Join the savings group', who: 'Mother', dueDate: '2027-01-31' }] };

describe('families', () => {
  const { db, cleanup, team, homeVillage, otherVillage } = setUp();
  afterAll(cleanup);
  const cw = staff(db, team.caseworker);
  const colleague = staff(db, team.otherCaseworker);
  const supervisor = staff(db, team.supervisor);

  it('registers a sibling into the household of an existing case; the household page shows both, masking what is out of scope', async () => {
    const first = await cw.cases.register(registration(homeVillage, child('Srey', 'ស្រី', '2015-02-01')));
    const { household: firstHousehold } = await cw.cases.byId({ caseId: first.caseId });
    const second = await cw.cases.register(registration(homeVillage, child('Nita', 'នីតា', '2017-05-09'), firstHousehold.id));
    const { household: secondHousehold } = await cw.cases.byId({ caseId: second.caseId });
    expect(secondHousehold.id).toBe(firstHousehold.id);

    const page = await cw.families.byId({ householdId: firstHousehold.id });
    expect(page.cases.map((c) => [c.reference, c.childName, c.current])).toEqual([
      [first.reference, 'Pen Srey', true],
      [second.reference, 'Pen Nita', true],
    ]);
    expect(page.household.members.map((m) => m.relationship)).toEqual(['mother']);
    // A third child registered by a colleague: the caseworker sees the case exists, not whose it is.
    const third = await colleague.cases.register(registration(homeVillage, child('Mony', 'មុន្នី', '2019-01-01'), firstHousehold.id));
    const masked = (await cw.families.byId({ householdId: firstHousehold.id })).cases.find((c) => c.reference === third.reference)!;
    expect(masked).toMatchObject({ inScope: false, caseId: null, childName: null, dateOfBirth: null, stage: null });

    // Search finds the household by a child's name, one row for the family, paged.
    const found = await cw.families.search({ search: 'nita', page: 1, pageSize: 10 });
    expect(found.items.map((h) => [h.id, h.caseCount])).toEqual([[firstHousehold.id, 3]]);
    expect(found.items[0]!.childNames.sort()).toEqual(['Pen Nita', 'Pen Srey']);
    registerTestCase(db, team.caseworker, homeVillage);
    const [pageOne, pageTwo] = [await cw.families.search({ page: 1, pageSize: 1 }), await cw.families.search({ page: 2, pageSize: 1 })];
    expect([pageOne.total, pageOne.items.length, pageTwo.items.length]).toEqual([2, 1, 1]);
    expect([pageOne.items[0]!.id, pageTwo.items[0]!.id]).toContain(firstHousehold.id);
    expect(pageOne.items[0]!.id).not.toBe(pageTwo.items[0]!.id);
    // Another commune's caseworker cannot open the household at all.
    const rural = staff(db, team.otherSupervisor);
    expect((await failureOf(rural.families.byId({ householdId: firstHousehold.id }))).code).toBe('NOT_FOUND');
  });

  it('moves a child to another household of the commune and keeps the history', async () => {
    const caseId = registerTestCase(db, team.caseworker, homeVillage);
    const auntCaseId = registerTestCase(db, team.caseworker, homeVillage);
    const from = (await cw.cases.byId({ caseId })).household.id;
    const to = (await cw.cases.byId({ caseId: auntCaseId })).household.id;
    await cw.families.moveChild({ caseId, toHouseholdId: to, movedOn: TODAY, reason: 'Went to live with the aunt' });
    expect((await cw.cases.byId({ caseId })).household.id).toBe(to);
    const old = await cw.families.byId({ householdId: from });
    expect(old.cases.map((c) => c.current)).toEqual([false]);
    expect(old.stays.map((s) => [s.fromDate, s.toDate])).toEqual([[TODAY, TODAY]]);
    const now = await cw.families.byId({ householdId: to });
    expect(now.stays.find((s) => s.reason === 'Went to live with the aunt')).toMatchObject({ fromDate: TODAY, toDate: null });
    const elsewhere = registerTestCase(db, team.caseworker, otherVillage);
    const otherHousehold = (await staff(db, team.admin).cases.byId({ caseId: elsewhere })).household.id;
    expect((await failureOf(staff(db, team.admin).families.moveChild({ caseId, toHouseholdId: otherHousehold, movedOn: TODAY, reason: 'x' }))).messageKey).toBe('errors.householdOtherCommune');
  });

  it('keeps ID Poor, income and schooling as history, not overwritten fields', async () => {
    const caseId = registerTestCase(db, team.caseworker, homeVillage);
    const { household: h, child: kid } = await cw.cases.byId({ caseId });
    const c = { householdId: h.id };
    await cw.families.recordStatus({ householdId: c.householdId, recordedOn: '2025-01-10', idPoor: 'level_1', incomeSources: ['daily_labour'], monthlyIncomeRiel: 300000 });
    await cw.families.recordStatus({ householdId: c.householdId, recordedOn: '2026-10-01', idPoor: 'not_poor', incomeSources: ['small_business'], monthlyIncomeRiel: 900000 });
    const first = await cw.families.recordEnrolment({ childId: kid.id, schoolName: 'Wat Kor primary', fromDate: '2022-10-01' });
    expect((await failureOf(cw.families.recordEnrolment({ childId: kid.id, schoolName: 'Hun Sen secondary', fromDate: '2026-10-01' }))).messageKey).toBe('errors.enrolmentOverlap');
    await cw.families.endEnrolment({ id: first.id, toDate: '2026-07-31' });
    await cw.families.recordEnrolment({ childId: kid.id, schoolName: 'Hun Sen secondary', grade: '7', fromDate: '2026-10-01' });
    const page = await cw.families.byId({ householdId: c.householdId });
    expect(page.statusHistory.map((s) => [s.recordedOn, s.idPoor, s.monthlyIncomeRiel])).toEqual([['2025-01-10', 'level_1', 300000], ['2026-10-01', 'not_poor', 900000]]);
    expect(page.household.idPoor).toBe('not_poor');
    expect(page.enrolments.map((e) => [e.schoolName, e.fromDate, e.toDate])).toEqual([['Wat Kor primary', '2022-10-01', '2026-07-31'], ['Hun Sen secondary', '2026-10-01', null]]);
  });

  it('assesses the family and approves one plan shared by the children, with four eyes', async () => {
    const first = registerTestCase(db, team.caseworker, homeVillage);
    const householdId = (await cw.cases.byId({ caseId: first })).household.id;
    const second = (await cw.cases.register(registration(homeVillage, child('Lina', 'លីណា', '2016-02-02'), householdId))).caseId;
    const areas = Object.fromEntries(['livelihood', 'housing', 'caregiving_capacity', 'health', 'debts', 'support_network'].map((a) => [a, { score: 2, note: 'seen' }]));
    const assessment = await cw.families.createAssessment({ householdId, assessedOn: TODAY, idPoor: 'level_1', areas: areas as never });
    expect(assessment.approvalState).toBe('draft');
    const sent = await cw.families.submitAssessment({ id: assessment.id, expectedVersion: assessment.version });
    expect((await failureOf(cw.families.decideAssessment({ id: assessment.id, expectedVersion: sent.version, decision: 'approve', reason: '' }))).code).toBe('FORBIDDEN');
    // The family's assessment waits in the supervisor's inbox, shown with one of the children's cases.
    const inbox = await supervisor.approvals.pending({ page: 1, pageSize: 50 });
    expect(inbox.items.find((a) => a.id === assessment.id)).toMatchObject({ kind: 'family_assessment', householdId, submittedByMe: false });
    expect(inbox.items.filter((a) => a.id === assessment.id)).toHaveLength(1);
    const returned = await supervisor.families.decideAssessment({ id: assessment.id, expectedVersion: sent.version, decision: 'return', reason: 'Say more about the debts' });
    expect([returned.approvalState, returned.returnReason]).toEqual(['returned', 'Say more about the debts']);
    const resent = await cw.families.submitAssessment({ id: assessment.id, expectedVersion: returned.version });
    expect((await supervisor.families.decideAssessment({ id: assessment.id, expectedVersion: resent.version, decision: 'approve', reason: '' })).approvalState).toBe('approved');
    const plan = await cw.families.createPlan({ householdId, goals: [goal], reviewDate: '2027-05-01' });
    expect((await failureOf(cw.families.createPlan({ householdId, goals: [goal], reviewDate: '2027-05-01' }))).messageKey).toBe('errors.planInProgress');
    const submitted = await supervisor.families.submitPlan({ id: plan.id, expectedVersion: plan.version });
    const waiting = (await staff(db, team.supervisor2).approvals.pending({ page: 1, pageSize: 50 })).items.find((a) => a.id === plan.id);
    expect(waiting).toMatchObject({ kind: 'family_plan', householdId });
    expect([first, second]).toContain(waiting!.caseId);
    expect((await failureOf(supervisor.families.decidePlan({ id: plan.id, expectedVersion: submitted.version, decision: 'approve', reason: '' }))).messageKey).toBe('errors.selfApproval');
    const approved = await staff(db, team.supervisor2).families.decidePlan({ id: plan.id, expectedVersion: submitted.version, decision: 'approve', reason: '' });
    expect(approved.approvalState).toBe('approved');
    for (const caseId of [first, second]) expect((await cw.families.planOfCase({ caseId })).plan?.id).toBe(plan.id);
    expect((await cw.families.byId({ householdId })).assessments).toHaveLength(1);
  });
});
