import { afterAll, describe, expect, it } from 'vitest';
import { failureOf, registerTestCase, setUp, staff, TODAY } from './workflow-testing';

const fosterHousehold = (villageCode: string) => ({
  villageCode, idPoor: 'not_poor', members: [{ nameKm: 'ហេង សុភាព', nameLatin: 'Heng Sopheap (demo)', sex: 'female', relationship: 'foster_parent', isCaregiver: true }],
});
const profile = { kind: 'foster' as const, emergency: true, capacity: 2, ageMin: 0, ageMax: 12, languages: ['khmer' as const], takesSiblings: true };

describe('carers', () => {
  const { db, cleanup, team, homeVillage } = setUp();
  afterAll(cleanup);
  const cw = staff(db, team.caseworker);
  const supervisor = staff(db, team.supervisor);

  async function approvedFosterCarer() {
    const carer = await cw.carers.register({ ...profile, appliedOn: TODAY, household: fosterHousehold(homeVillage) as never });
    expect(carer.status).toBe('applicant');
    expect((await failureOf(cw.carers.submitForApproval({ id: carer.id, expectedVersion: carer.version }))).messageKey).toBe('errors.carerAssessmentIncomplete');
    for (const kind of ['home_visit', 'reference', 'safeguarding_check'] as const) await cw.carers.addRecord({ carerId: carer.id, kind, recordedOn: TODAY, outcome: 'satisfactory' });
    const submitted = await cw.carers.submitForApproval({ id: carer.id, expectedVersion: carer.version });
    expect((await failureOf(cw.carers.decide({ id: carer.id, expectedVersion: submitted.version, decision: 'approve', reason: '' }))).code).toBe('FORBIDDEN');
    return supervisor.carers.decide({ id: carer.id, expectedVersion: submitted.version, decision: 'approve', reason: '' });
  }

  it('approves an emergency foster carer after the assessment, with four eyes, and lists them as available now', async () => {
    const before = await cw.carers.list({ page: 1, pageSize: 10, emergencyAvailable: true });
    const carer = await approvedFosterCarer();
    expect(carer.status).toBe('approved');
    const after = await cw.carers.list({ page: 1, pageSize: 10, emergencyAvailable: true });
    expect(after.total).toBe(before.total + 1);
    expect(after.items.find((c) => c.id === carer.id)?.name).toBe('Heng Sopheap (demo)');
  });

  it('matches a child to an approved carer, places the child with the carer, then moves them to kinship care', async () => {
    const carer = await approvedFosterCarer();
    const caseId = registerTestCase(db, team.caseworker, homeVillage);
    const matches = await cw.carers.match({ caseId, emergencyOnly: true });
    expect(matches.map((m) => m.carer.id)).toContain(carer.id);
    expect(matches.find((m) => m.carer.id === carer.id)!.reasons).toEqual(expect.arrayContaining(['same_commune', 'language', 'emergency']));

    // New foster placements name the carer: free text alone is refused.
    expect((await failureOf(cw.placements.create({ caseId, type: 'foster_care_emergency', startDate: '2026-11-01', reason: 'Unsafe at home', carerName: 'Someone' }))).messageKey).toBe('errors.carerRequired');
    await cw.placements.create({ caseId, type: 'foster_care_emergency', startDate: '2026-11-01', reason: 'Unsafe at home', householdId: carer.householdId });
    const page = await cw.carers.byId({ id: carer.id });
    expect(page.carer.placedNow).toBe(1);
    expect(page.placements.map((p) => [p.caseId, p.type, p.endDate])).toEqual([[caseId, 'foster_care_emergency', null]]);

    // The grandmother's household becomes a kinship carer; a kinship placement says how she is related.
    const kin = await cw.carers.register({ kind: 'kinship', capacity: 1, ageMin: 0, ageMax: 17, languages: ['khmer'], appliedOn: TODAY, household: { ...fosterHousehold(homeVillage), members: [{ nameKm: 'ចាន់ យាយ', nameLatin: 'Chan Yeay (demo)', sex: 'female', relationship: 'grandmother', isCaregiver: true }] } as never });
    await cw.carers.addRecord({ carerId: kin.id, kind: 'home_visit', recordedOn: TODAY, outcome: 'satisfactory', notes: 'Kinship assessment: room and food for the child' });
    expect((await failureOf(cw.placements.create({ caseId, type: 'kinship_care', startDate: TODAY, reason: 'Grandmother can care', householdId: kin.householdId, endCurrentPlacement: true }))).messageKey).toBe('errors.relationshipRequired');
    await cw.placements.create({ caseId, type: 'kinship_care', startDate: TODAY, reason: 'Grandmother can care', householdId: kin.householdId, relationshipToChild: 'grandmother', endCurrentPlacement: true });
    expect((await cw.carers.byId({ id: carer.id })).carer.placedNow).toBe(0);
    expect((await cw.carers.byId({ id: kin.id })).placements).toMatchObject([{ type: 'kinship_care', relationshipToChild: 'grandmother', endDate: null }]);
  });

  it('records support to a carer with amounts, and holds or deregisters a carer with a reason', async () => {
    const carer = await approvedFosterCarer();
    expect((await failureOf(cw.carers.addRecord({ carerId: carer.id, kind: 'support_payment', recordedOn: TODAY }))).messageKey).toBe('errors.amountRequired');
    await cw.carers.addRecord({ carerId: carer.id, kind: 'support_payment', recordedOn: TODAY, amountRiel: 200000 });
    await cw.carers.addRecord({ carerId: carer.id, kind: 'training', recordedOn: TODAY, notes: 'Positive discipline' });
    const held = await supervisor.carers.changeStatus({ id: carer.id, expectedVersion: carer.version, status: 'on_hold', reason: 'Family illness' });
    expect(held.status).toBe('on_hold');
    expect((await cw.carers.match({ caseId: registerTestCase(db, team.caseworker, homeVillage) })).map((m) => m.carer.id)).not.toContain(carer.id);
    const gone = await supervisor.carers.changeStatus({ id: carer.id, expectedVersion: held.version, status: 'deregistered', reason: 'Moved to Phnom Penh' });
    expect((await failureOf(supervisor.carers.changeStatus({ id: carer.id, expectedVersion: gone.version, status: 'approved', reason: 'Back' }))).messageKey).toBe('errors.carerStatus');
    const page = await cw.carers.byId({ id: carer.id });
    expect(page.statusHistory.map((s) => [s.status, s.reason])).toEqual([['applicant', ''], ['approved', ''], ['on_hold', 'Family illness'], ['deregistered', 'Moved to Phnom Penh']]);
    expect(page.records.find((r) => r.kind === 'support_payment')?.amountRiel).toBe(200000);
  });

  it('keeps the kinship assessment of a relative for a child, with their relationship to the child', async () => {
    const caseId = registerTestCase(db, team.caseworker, homeVillage);
    const { reference } = (await cw.cases.byId({ caseId })).case;
    const kin = await cw.carers.register({ kind: 'kinship', capacity: 1, ageMin: 0, ageMax: 17, languages: ['khmer'], appliedOn: TODAY, household: fosterHousehold(homeVillage) as never });
    const base = { carerId: kin.id, kind: 'kinship_assessment' as const, recordedOn: TODAY, outcome: 'satisfactory' as const };
    expect((await failureOf(cw.carers.addRecord(base))).messageKey).toBe('errors.kinshipCaseRequired');
    expect((await failureOf(cw.carers.addRecord({ ...base, caseReference: reference }))).messageKey).toBe('errors.relationshipRequired');
    expect((await failureOf(cw.carers.addRecord({ ...base, caseReference: 'KR-1999-000000', relationshipToChild: 'aunt' }))).messageKey).toBe('errors.notFound');
    const saved = await cw.carers.addRecord({ ...base, caseReference: reference.toLowerCase(), relationshipToChild: 'aunt' });
    expect(saved).toMatchObject({ caseId, reference, relationshipToChild: 'aunt' });
    expect((await cw.carers.byId({ id: kin.id })).records.find((r) => r.kind === 'kinship_assessment')).toMatchObject({ reference, relationshipToChild: 'aunt' });
    const foster = await approvedFosterCarer();
    expect((await failureOf(cw.carers.addRecord({ ...base, carerId: foster.id, caseReference: reference, relationshipToChild: 'aunt' }))).messageKey).toBe('errors.kinshipOnly');
  });
});
