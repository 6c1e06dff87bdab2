import { afterAll, describe, expect, it } from 'vitest';
import { auditActions, failureOf, registerTestCase, setUp, staff } from './workflow-testing';

const toHealthCentre = {
  kind: 'external' as const,
  agencyKind: 'health_centre' as const,
  agencyName: 'Rottanak health centre',
  reason: 'Malnutrition check',
  referredOn: '2026-11-20',
  consentGiven: true,
  consentGivenBy: 'caregiver' as const,
  consentRecordedOn: '2026-11-19',
};

describe('referrals', () => {
  const { db, cleanup, team, homeVillage } = setUp();
  afterAll(cleanup);
  const cw = staff(db, team.caseworker);

  it('sends a referral to a partner only with consent, recording who gave it, when and who recorded it', async () => {
    const caseId = registerTestCase(db, team.caseworker, homeVillage);
    const noConsent = await failureOf(cw.referrals.create({ caseId, ...toHealthCentre, consentGiven: false }));
    expect(noConsent).toMatchObject({ code: 'BAD_REQUEST', fieldErrors: { consentGiven: expect.stringContaining('consent') } });
    const late = await failureOf(cw.referrals.create({ caseId, ...toHealthCentre, consentRecordedOn: '2026-11-21' }));
    expect(Object.keys(late.fieldErrors ?? {})).toEqual(['consentRecordedOn']);
    const referral = await cw.referrals.create({ caseId, ...toHealthCentre });
    expect(referral).toMatchObject({ status: 'sent', consentGivenBy: 'caregiver', consentRecordedOn: '2026-11-19', consentRecordedById: team.caseworker.id, toUserId: null });
    expect(auditActions(db, caseId)).toContain('referral.create');
  });

  it('records the answer and outcome along the allowed statuses only', async () => {
    const caseId = registerTestCase(db, team.caseworker, homeVillage);
    const referral = await cw.referrals.create({ caseId, ...toHealthCentre, agencyKind: 'school', agencyName: 'Wat Kor primary school' });
    expect(await failureOf(cw.referrals.respond({ id: referral.id, expectedVersion: 0, status: 'completed', respondedOn: '2026-11-21', outcome: 'Done' }))).toMatchObject({ messageKey: 'errors.referralStatus', field: 'status' });
    const accepted = await cw.referrals.respond({ id: referral.id, expectedVersion: 0, status: 'accepted', respondedOn: '2026-11-21' });
    expect(await failureOf(cw.referrals.respond({ id: referral.id, expectedVersion: accepted.version, status: 'completed', respondedOn: '2026-11-21' }))).toMatchObject({ fieldErrors: { outcome: expect.any(String) } });
    const completed = await cw.referrals.respond({ id: referral.id, expectedVersion: accepted.version, status: 'completed', respondedOn: '2026-11-21', outcome: 'Re-enrolled in grade 4' });
    expect(completed).toMatchObject({ status: 'completed', outcome: 'Re-enrolled in grade 4', version: 2 });
    expect((await failureOf(cw.referrals.respond({ id: referral.id, expectedVersion: 1, status: 'completed', respondedOn: '2026-11-21', outcome: 'x' }))).code).toBe('CONFLICT');
    expect((await cw.referrals.list({ caseId })).map((r) => r.status)).toEqual(['completed']);
  });

  it("lists the case's colleagues for an internal referral: staff of its commune but the asker, for a case in scope", async () => {
    const caseId = registerTestCase(db, team.caseworker, homeVillage);
    const ids = (await cw.referrals.colleagues({ caseId })).map((c) => c.id);
    expect(ids).toEqual(expect.arrayContaining([team.otherCaseworker.id, team.supervisor.id]));
    expect(ids).not.toContain(team.caseworker.id);
    expect(ids).not.toContain(team.analyst.id);
    // Another caseworker of the commune does not see this case, so cannot list its colleagues either.
    expect((await failureOf(staff(db, team.otherCaseworker).referrals.colleagues({ caseId }))).code).toBe('NOT_FOUND');
  });

  it('refers internally to a colleague, who sees it in their inbox and answers it without seeing the case', async () => {
    const caseId = registerTestCase(db, team.caseworker, homeVillage);
    const toSelf = await failureOf(cw.referrals.create({ caseId, kind: 'internal', toUserId: team.caseworker.id, reason: 'Counselling', referredOn: '2026-11-21' }));
    expect(toSelf).toMatchObject({ field: 'toUserId', messageKey: 'errors.referralColleague' });
    expect((await failureOf(cw.referrals.create({ caseId, kind: 'internal', toUserId: team.analyst.id, reason: 'Counselling', referredOn: '2026-11-21' }))).field).toBe('toUserId');
    const referral = await cw.referrals.create({ caseId, kind: 'internal', toUserId: team.otherCaseworker.id, reason: 'Counselling after a loss', referredOn: '2026-11-21' });
    expect(referral).toMatchObject({ kind: 'internal', agencyKind: null, consentGiven: false, consentRecordedById: null });
    const colleague = staff(db, team.otherCaseworker);
    expect(await colleague.referrals.incoming()).toEqual([expect.objectContaining({ id: referral.id, caseId, reason: 'Counselling after a loss', status: 'sent', fromName: team.caseworker.displayName })]);
    expect((await failureOf(colleague.referrals.list({ caseId }))).code).toBe('NOT_FOUND');
    expect((await colleague.referrals.respond({ id: referral.id, expectedVersion: 0, status: 'accepted', respondedOn: '2026-11-21' })).status).toBe('accepted');
    // Anyone else without the case in scope cannot answer it.
    expect((await failureOf(staff(db, team.otherSupervisor).referrals.respond({ id: referral.id, expectedVersion: 1, status: 'completed', respondedOn: '2026-11-21', outcome: 'x' }))).code).toBe('NOT_FOUND');
  });
});
