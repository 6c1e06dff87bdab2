import { afterAll, describe, expect, it } from 'vitest';
import { failureOf, setUp, staff, TODAY } from './workflow-testing';

const child = (i: number, villageCode: string) => ({
  givenNameKm: ['សុខា', 'ដារា', 'ពិសី'][i]!, familyNameKm: 'កែវ', givenNameLatin: `${['Sokha', 'Dara', 'Pisey'][i]!} (demo)`, familyNameLatin: 'Keo',
  sex: (i % 2 === 0 ? 'female' : 'male') as 'female' | 'male', birthYear: 2016 + i, villageCode, consent: true as const, duplicatesReviewed: true,
});

describe('health checks at a mobile clinic', () => {
  const { db, cleanup, team, homeVillage } = setUp();
  afterAll(cleanup);
  const cw = staff(db, team.caseworker);
  const supervisor = staff(db, team.supervisor);
  const analyst = staff(db, team.analyst);
  const other = staff(db, team.otherSupervisor);

  async function outreach(kind: 'mobile_clinic' | 'community_centre' = 'mobile_clinic') {
    const programme = await supervisor.programmes.create({ kind, name: `Clinic ${kind} (demo)` });
    const site = await supervisor.programmes.addSite({ programmeId: programme.id, kind: 'village', name: 'Outreach day (demo)', villageCode: homeVillage });
    const children = [];
    for (let i = 0; i < 3; i++) children.push(await cw.participants.register(child(i, homeVillage)));
    const day = async (heldOn: string, ids: string[]) => {
      const session = await cw.programmes.createSession({ siteId: site.id, heldOn, activity: 'Growth check' });
      await cw.programmes.saveAttendance({ sessionId: session.id, expectedVersion: session.version, participantIds: ids });
      return session;
    };
    return { programme, site, children, day };
  }

  it('records weight and height for attending children, flags a loss since the last visit, and follows a referral to its outcome', async () => {
    const { site, children, day } = await outreach();
    const [sokha, dara, pisey] = children as [(typeof children)[0], (typeof children)[0], (typeof children)[0]];
    const august = await day('2026-08-20', [sokha.id, dara.id]);
    await cw.programmes.saveHealthCheck({ sessionId: august.id, participantId: sokha.id, weightKg: 26, heightCm: 127 });
    await cw.programmes.saveHealthCheck({ sessionId: august.id, participantId: dara.id, weightKg: 22, heightCm: 120 });

    const today = await day(TODAY, [sokha.id, dara.id]);
    // Pisey did not come today: no check without attendance.
    expect(await failureOf(cw.programmes.saveHealthCheck({ sessionId: today.id, participantId: pisey.id, weightKg: 20, heightCm: 115 }))).toMatchObject({ messageKey: 'errors.healthCheckNotAttending', field: 'participantId' });
    // A weight typed in grams, and a child who shrank since August, are refused with their field.
    expect(await failureOf(cw.programmes.saveHealthCheck({ sessionId: today.id, participantId: sokha.id, weightKg: 2450, heightCm: 128 }))).toMatchObject({ messageKey: 'errors.weightImplausible', field: 'weightKg' });
    expect(await failureOf(cw.programmes.saveHealthCheck({ sessionId: today.id, participantId: sokha.id, weightKg: 24.5, heightCm: 118 }))).toMatchObject({ messageKey: 'errors.heightShrank', field: 'heightCm' });

    const lost = await cw.programmes.saveHealthCheck({ sessionId: today.id, participantId: sokha.id, weightKg: '24,5' as unknown as number, heightCm: 128, referral: { healthCentre: 'Rottanak health centre', reason: 'Weight loss' } });
    expect(lost).toMatchObject({ weightKg: 24.5, bmi: 15, indication: 'concern', flags: ['weight_loss'], referral: { status: 'referred', healthCentre: 'Rottanak health centre' } });
    const same = await cw.programmes.saveHealthCheck({ sessionId: today.id, participantId: dara.id, weightKg: 22, heightCm: 121 });
    expect(same).toMatchObject({ indication: 'watch', flags: ['no_gain'], referral: null });
    // A second save without the version is a conflict; with it, a correction.
    expect((await failureOf(cw.programmes.saveHealthCheck({ sessionId: today.id, participantId: dara.id, weightKg: 23, heightCm: 121 }))).code).toBe('CONFLICT');
    expect(await cw.programmes.saveHealthCheck({ sessionId: today.id, participantId: dara.id, expectedVersion: same.version, weightKg: 23, heightCm: 121 })).toMatchObject({ indication: 'ok', flags: [] });

    const view = await cw.programmes.healthChecks({ id: today.id });
    expect(view.children.map((c) => [c.participant.name, c.check?.indication, c.previous?.weightKg])).toEqual([
      ['Keo Dara (demo)', 'ok', 22],
      ['Keo Sokha (demo)', 'concern', 26],
    ]);

    const open = await cw.programmes.healthReferrals({ status: 'open' });
    const item = open.items.find((r) => r.healthCheckId === lost.id)!;
    expect(item).toMatchObject({ name: 'Keo Sokha (demo)', siteName: site.name, referredOn: TODAY, referral: { status: 'referred' } });
    expect(await failureOf(cw.programmes.recordReferralOutcome({ healthCheckId: lost.id, expectedVersion: item.version, outcome: 'attended', outcomeOn: '2026-11-20' }))).toMatchObject({ messageKey: 'errors.referralOutcomeDate', field: 'outcomeOn' });
    expect(await failureOf(other.programmes.recordReferralOutcome({ healthCheckId: lost.id, expectedVersion: item.version, outcome: 'attended', outcomeOn: TODAY }))).toMatchObject({ messageKey: 'errors.communeOutsideScope' });
    expect((await other.programmes.healthReferrals({ status: 'open' })).items.some((r) => r.healthCheckId === lost.id)).toBe(false);
    const done = await cw.programmes.recordReferralOutcome({ healthCheckId: lost.id, expectedVersion: item.version, outcome: 'attended', outcomeOn: TODAY, note: 'Seen by the nurse' });
    expect(done.referral).toMatchObject({ status: 'attended', outcomeOn: TODAY, note: 'Seen by the nurse' });
    expect((await cw.programmes.healthReferrals({ status: 'open' })).items.some((r) => r.healthCheckId === lost.id)).toBe(false);
    // The outcome stays: the referral cannot be taken back by saving the check without it.
    expect(await failureOf(cw.programmes.saveHealthCheck({ sessionId: today.id, participantId: sokha.id, expectedVersion: done.version, weightKg: 24.5, heightCm: 128 }))).toMatchObject({ messageKey: 'errors.referralHasOutcome' });

    // The analyst sees the report's counts per site and quarter, and no names anywhere.
    const report = await analyst.programmes.healthReport({ year: 2026 });
    const rows = report.rows.filter((r) => r.siteId === site.id);
    expect(rows).toEqual([
      expect.objectContaining({ quarter: 3, checks: 2, children: 2, watch: 0, concern: 0, referred: 0 }),
      expect.objectContaining({ quarter: 4, checks: 2, children: 2, watch: 0, concern: 1, referred: 1, attended: 1, notAttended: 0, pending: 0 }),
    ]);
    expect((await failureOf(analyst.programmes.healthChecks({ id: today.id }))).code).toBe('FORBIDDEN');
    expect((await failureOf(analyst.programmes.healthReferrals({ status: 'all' }))).code).toBe('FORBIDDEN');
  });

  it('keeps health checks to mobile clinic sessions', async () => {
    const { children, day } = await outreach('community_centre');
    const session = await day(TODAY, [children[0]!.id]);
    expect(await failureOf(cw.programmes.saveHealthCheck({ sessionId: session.id, participantId: children[0]!.id, weightKg: 24, heightCm: 128 }))).toMatchObject({ messageKey: 'errors.healthCheckNotClinic' });
  });
});
