import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { listChildUnits, registerCase, submitNeed } from '@kruosar/db';
import { CaseIntakeInput } from '@kruosar/domain';
import { makeUser, TEST_NOW } from '../testing';
import { failureOf, HOME, OTHER, registerTestCase, setUp, staff } from './workflow-testing';

const account = {
  openedOn: '2026-11-01',
  childAccount: 'My mum is Dara. We lived near the big pagoda with the red roof. I came here on a bus when I was small.',
  people: [{ relation: 'mother' as const, name: 'Sokh Darah' }],
  placesRemembered: 'Near the pagoda with the red roof',
  placeCode: HOME,
  ageAtSeparation: 6,
  language: 'Khmer',
  institutionRecords: 'Admitted from the provincial transit centre in 2021.',
};

describe('tracing, matching and reintegration', () => {
  const { db, cleanup, team, homeVillage, otherVillage } = setUp();
  afterAll(cleanup);
  const cw = staff(db, team.caseworker);
  const sup = staff(db, team.supervisor);
  const sup2 = staff(db, team.supervisor2);
  const volunteer = makeUser(db, 'hive_volunteer', [OTHER]);
  const secondHomeVillage = listChildUnits(db, HOME).filter((u) => u.level === 'village')[1]!.code;

  /** A family elsewhere in the home commune whose household names the mother in Khmer. */
  function registerFamilyWithMother(): string {
    const input = CaseIntakeInput.parse({
      child: { givenNameKm: 'វិចិត្រ', familyNameKm: 'លឹម', givenNameLatin: 'Vichet', familyNameLatin: 'Lim', sex: 'male', dateOfBirth: '2012-02-02', schoolStatus: 'enrolled', birthRegistration: 'registered' },
      household: { villageCode: secondHomeVillage, idPoor: 'level_1', members: [{ nameKm: 'សុខ ដារា', nameLatin: '', sex: 'female', relationship: 'grandmother', dateOfBirth: '1986-05-05' }] },
      source: 'intake',
      riskLevel: 'low',
    });
    return registerCase(db, { input, actorId: team.otherCaseworker.id, assignedTo: team.otherCaseworker.id, now: new Date(TEST_NOW), portal: 'staff' }).caseId;
  }

  it('links a child in residential care to an institution, then traces, matches, plans and moves the child home', async () => {
    const institution = await sup.institutions.create({ name: 'Happy Home (test)', type: 'residential_care_centre', communeCode: HOME, contactName: 'Ms Srey', contactPhone: '012 345 678' });
    expect((await failureOf(sup.institutions.create({ name: 'Nowhere', type: 'pagoda', communeCode: '02030301' }))).messageKey).toBe('errors.unknownCommune');
    const caseId = registerTestCase(db, team.caseworker, homeVillage);
    await cw.placements.create({ caseId, type: 'residential_care', startDate: '2021-03-01', reason: 'Placed by DoSVY' });
    const admission = await cw.institutions.admit({ caseId, institutionId: institution.id, admittedOn: '2021-03-01' });
    expect(admission).toMatchObject({ institutionName: 'Happy Home (test)', leftOn: null });
    expect((await cw.institutions.list({})).find((i) => i.id === institution.id)?.childrenInCare).toBe(1);

    const request = await cw.tracing.open({ caseId, ...account });
    expect(request).toMatchObject({ status: 'open', outcome: null, people: account.people });
    expect((await failureOf(cw.tracing.open({ caseId, ...account }))).messageKey).toBe('errors.tracingAlreadyOpen');
    await cw.tracing.addAction({ tracingRequestId: request.id, kind: 'commune_chief', actionOn: '2026-11-05', who: 'Commune chief of Rottanak', place: 'Commune office', result: 'Knows two families named Sok near the pagoda', nextStep: 'Visit both' });
    expect((await failureOf(cw.tracing.addAction({ tracingRequestId: request.id, kind: 'visit', actionOn: '2026-10-01', who: 'x', place: 'y', result: 'z' }))).messageKey).toBe('errors.traceActionBeforeOpened');

    // The mother named by a hive volunteer in another commune, and a grandmother of the same name in a household here.
    submitNeed(db, { volunteerId: volunteer.id, volunteerCommunes: [OTHER], input: { id: randomUUID(), villageCode: otherVillage, category: 'food', urgency: 'soon', description: 'A mother looking for her daughter', contactName: 'Sok Dara', contactPhone: '', consentToContact: true, reportedAt: '2026-11-10T08:00:00.000Z' }, now: new Date(TEST_NOW) });
    registerFamilyWithMother();

    const matches = await cw.tracing.matches({ tracingRequestId: request.id });
    const need = matches.find((m) => m.source === 'hive_need')!;
    const member = matches.find((m) => m.source === 'household_member')!;
    expect(need).toMatchObject({ inScope: false, name: null, communeCode: OTHER });
    expect(need.reasons).toContain('same_name');
    expect(member).toMatchObject({ inScope: true, name: 'សុខ ដារា', role: 'grandmother' });
    expect(member.reasons).toEqual(expect.arrayContaining(['same_name', 'cross_script_name', 'same_commune']));
    // Out of the caseworker's communes: masked, and only that team decides.
    expect((await failureOf(cw.tracing.decideMatch({ tracingRequestId: request.id, source: 'hive_need', sourceId: need.sourceId, decision: 'confirm', note: 'x' }))).messageKey).toBe('errors.matchOutOfScope');
    expect((await failureOf(cw.tracing.decideMatch({ tracingRequestId: request.id, source: 'household_member', sourceId: member.sourceId, decision: 'reject', note: '' }))).fieldErrors).toHaveProperty('note');

    // A rejected pair is not proposed again; a confirmed one links the family's household.
    const afterReject = await cw.tracing.decideMatch({ tracingRequestId: request.id, source: 'household_member', sourceId: member.sourceId, decision: 'reject', note: 'A grandmother of another family' });
    expect(afterReject.some((m) => m.sourceId === member.sourceId)).toBe(false);
    expect((await cw.tracing.matches({ tracingRequestId: request.id })).some((m) => m.sourceId === member.sourceId)).toBe(false);
    const admin = staff(db, team.admin);
    const confirmed = await admin.tracing.decideMatch({ tracingRequestId: request.id, source: 'hive_need', sourceId: need.sourceId, decision: 'confirm', note: 'The volunteer met her: she lost a daughter in 2021' });
    expect(confirmed.find((m) => m.sourceId === need.sourceId)?.confirmed).toBe(true);
    const { requests } = await cw.tracing.forCase({ caseId });
    expect(requests[0]).toMatchObject({ status: 'family_found', outcome: 'family_found' });
    expect(requests[0]!.actions).toHaveLength(1);

    // Readiness assessment, approved by a supervisor; the plan's steps; the move home schedules the follow-ups.
    const assessment = await cw.reintegration.assess({ caseId, assessedOn: '2026-11-15', familyCapacity: 'Mother farms rice; can feed two children', childWishes: 'I want to live with my mum', childFears: 'That the other children will laugh at me', safety: 'No violence reported', schoolPlan: 'Enrol at the village primary school', healthPlan: 'Health centre 2 km away' });
    expect(assessment.approvalState).toBe('submitted');
    const pending = await sup.approvals.pending({ page: 1, pageSize: 20 });
    expect(pending.items.some((i) => i.kind === 'reintegration_assessment' && i.id === assessment.id)).toBe(true);
    expect((await sup.reintegration.decide({ id: assessment.id, expectedVersion: assessment.version, decision: 'approve', reason: '' })).approvalState).toBe('approved');
    const step = await cw.reintegration.addStep({ caseId, kind: 'family_meeting', owner: 'Caseworker', dueOn: '2026-11-18', description: 'Meet the mother with the child' });
    expect((await cw.reintegration.completeStep({ id: step.id, expectedVersion: step.version, doneOn: '2026-11-18' })).doneOn).toBe('2026-11-18');
    const move = await cw.placements.create({ caseId, type: 'biological_family', startDate: '2026-11-20', reason: 'Mother traced and assessed', endCurrentPlacement: true });
    expect(move.placement.reunification).toBe(true);
    expect(move.followUps.length).toBeGreaterThan(0);
    expect((await cw.tracing.forCase({ caseId })).admissions[0]?.leftOn).toBe('2026-11-20');

    const board = await sup.reintegration.board({});
    expect(board.children.find((c) => c.caseId === caseId)).toMatchObject({ stage: 'returned', institutionName: 'Happy Home (test)', daysInStage: 1 });
    expect(board.institutions.find((i) => i.id === institution.id)?.counts.returned).toBe(1);
  });

  it('closes a search as not found only with another supervisor, from the approvals inbox', async () => {
    const caseId = registerTestCase(db, team.caseworker, homeVillage);
    const request = await cw.tracing.open({ caseId, ...account, people: [{ relation: 'father', name: 'Zzyzx Qwerty' }] });
    expect((await cw.tracing.matches({ tracingRequestId: request.id }))).toEqual([]);
    expect((await failureOf(cw.tracing.close({ id: request.id, expectedVersion: request.version }))).messageKey).toBe('errors.tracingNotReadyToClose');
    const notFound = await cw.tracing.recordOutcome({ id: request.id, expectedVersion: request.version, outcome: 'not_found', note: 'Five visits, nobody knows the family' });
    const asked = await sup.tracing.close({ id: notFound.id, expectedVersion: notFound.version });
    expect(asked).toMatchObject({ status: 'not_found', closeApproval: { approvalState: 'submitted' } });
    const inbox = await sup2.approvals.pending({ page: 1, pageSize: 50 });
    expect(inbox.items.find((i) => i.id === request.id)).toMatchObject({ kind: 'tracing_closure', caseId });
    expect((await failureOf(sup.tracing.decideClosure({ id: asked.id, expectedVersion: asked.version, decision: 'approve', reason: '' }))).messageKey).toBe('errors.selfApproval');
    expect((await failureOf(cw.tracing.decideClosure({ id: asked.id, expectedVersion: asked.version, decision: 'approve', reason: '' }))).code).toBe('FORBIDDEN');
    const closed = await sup2.tracing.decideClosure({ id: asked.id, expectedVersion: asked.version, decision: 'approve', reason: '' });
    expect(closed).toMatchObject({ status: 'closed', outcome: 'not_found' });
    expect((await failureOf(cw.tracing.addAction({ tracingRequestId: request.id, kind: 'visit', actionOn: '2026-11-20', who: 'x', place: 'y', result: 'z' }))).messageKey).toBe('errors.tracingClosed');
  });

  it('is scoped per role', async () => {
    const caseId = registerTestCase(db, team.caseworker, homeVillage);
    const request = await cw.tracing.open({ caseId, ...account });
    expect((await failureOf(staff(db, team.otherSupervisor).tracing.forCase({ caseId }))).code).toBe('NOT_FOUND');
    expect((await failureOf(staff(db, team.otherSupervisor).tracing.matches({ tracingRequestId: request.id }))).code).toBe('NOT_FOUND');
    expect((await failureOf(staff(db, team.analyst).tracing.forCase({ caseId }))).code).toBe('FORBIDDEN');
    expect((await failureOf(cw.reintegration.board({}))).code).toBe('FORBIDDEN');
  });
});
