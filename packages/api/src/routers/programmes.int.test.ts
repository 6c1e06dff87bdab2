import { afterAll, describe, expect, it } from 'vitest';
import { caseRow, failureOf, registerTestCase, setUp, staff, TODAY } from './workflow-testing';

const KM_GIVEN = ['សុខា', 'ដារា', 'ពិសី', 'រតនា', 'សុភា', 'វណ្ណា', 'ចន្ថា', 'បូរ៉ា', 'សុផល', 'នារី'];
const LATIN_GIVEN = ['Sokha', 'Dara', 'Pisey', 'Ratana', 'Sophea', 'Vanna', 'Chantha', 'Bora', 'Sophal', 'Neary'];
const KM_FAMILY = ['កែវ', 'លី', 'មាស'];
const LATIN_FAMILY = ['Keo', 'Ly', 'Meas'];

/** Thirty children who are not alike: three family names by ten given names, spread over the years. */
const child = (i: number, villageCode: string) => ({
  givenNameKm: KM_GIVEN[i % 10]!, familyNameKm: KM_FAMILY[Math.floor(i / 10)]!,
  givenNameLatin: `${LATIN_GIVEN[i % 10]!} (demo)`, familyNameLatin: LATIN_FAMILY[Math.floor(i / 10)]!,
  sex: (i % 2 === 0 ? 'female' : 'male') as 'female' | 'male', birthYear: 2010 + (i % 8), villageCode, consent: true as const, duplicatesReviewed: true,
});

describe('programmes and attendance', () => {
  const { db, cleanup, team, homeVillage, otherVillage } = setUp();
  afterAll(cleanup);
  const cw = staff(db, team.caseworker);
  const supervisor = staff(db, team.supervisor);
  const analyst = staff(db, team.analyst);

  async function centreSession() {
    const programme = await supervisor.programmes.create({ kind: 'community_centre', name: 'Rottanak centre (demo)' });
    const site = await supervisor.programmes.addSite({ programmeId: programme.id, kind: 'centre', name: 'Rottanak centre', villageCode: homeVillage });
    const session = await cw.programmes.createSession({ siteId: site.id, heldOn: TODAY, activity: 'Reading and lunch' });
    return { programme, site, session };
  }

  it('takes attendance for thirty children and a newcomer who is a registered child, in one save, and counts them once', async () => {
    const { programme, site, session } = await centreSession();
    expect(session.staffId).toBe(team.caseworker.id);
    const registered = [];
    for (let i = 0; i < 29; i++) registered.push(await cw.participants.register(child(i, homeVillage)));
    const caseId = registerTestCase(db, team.caseworker, homeVillage);
    const reference = caseRow(db, caseId).reference;

    // Chan Sreyneang is a case already: the newcomer is matched to her, and saving without a decision is refused.
    const newcomer = { givenNameKm: 'ស្រីនាង', familyNameKm: 'ចាន់', givenNameLatin: 'Sreyneang', familyNameLatin: 'Chan', sex: 'female' as const, birthYear: 2015, villageCode: homeVillage, consent: true as const };
    const matches = await cw.participants.checkDuplicates(newcomer);
    expect(matches[0]).toMatchObject({ kind: 'case', caseReference: reference, name: 'Chan Sreyneang' });
    const refused = await failureOf(cw.programmes.saveAttendance({ sessionId: session.id, expectedVersion: session.version, participantIds: registered.map((p) => p.id), newcomers: [newcomer] }));
    expect(refused).toMatchObject({ messageKey: 'errors.possibleDuplicate', field: 'newcomers.0' });

    const saved = await cw.programmes.saveAttendance({ sessionId: session.id, expectedVersion: session.version, participantIds: registered.map((p) => p.id), newcomers: [{ ...newcomer, linkCaseReference: reference }], mealsServed: 30 });
    expect(saved).toMatchObject({ added: 30, removed: 0, registered: 1, session: { attended: 30, mealsServed: 30 } });
    const view = await cw.programmes.attendance({ id: session.id });
    expect(view.attendees).toHaveLength(30);
    expect(view.attendees.find((a) => a.caseReference === reference)?.name).toBe('Chan Sreyneang');

    // The same newcomer again is the participant already linked: nobody new, and a stale list is a conflict.
    expect((await failureOf(cw.programmes.saveAttendance({ sessionId: session.id, expectedVersion: session.version, participantIds: [] }))).code).toBe('CONFLICT');
    const again = await cw.programmes.saveAttendance({ sessionId: session.id, expectedVersion: saved.session.version, participantIds: registered.slice(1).map((p) => p.id), newcomers: [{ ...newcomer, linkCaseReference: reference }] });
    expect(again).toMatchObject({ added: 0, removed: 1, registered: 0, session: { attended: 29 } });

    // Now the newcomer is known as a participant: a check offers the participant, to tick.
    expect((await cw.participants.checkDuplicates(newcomer))[0]).toMatchObject({ kind: 'participant', caseReference: reference });
    const regulars = await cw.participants.list({ siteId: site.id, pageSize: 50 });
    expect(regulars.total).toBe(29);

    const reach = await analyst.programmes.reach({ year: 2026 });
    expect(reach.quarterly.find((q) => q.programmeId === programme.id)).toMatchObject({ quarter: 4, children: 29 });
    expect(reach.monthly.find((m) => m.siteId === site.id)).toMatchObject({ month: '2026-11', sessions: 1, attendances: 29, meals: 0 });
  });

  it('never shows participants names to analysts, and refuses their search by name', async () => {
    await cw.participants.register(child(3, homeVillage));
    const page = await analyst.participants.list({ pageSize: 100 });
    expect(page.total).toBeGreaterThan(0);
    expect(page.items.every((p) => p.name === null && p.nameKm === null && /^P-\d{6}$/.test(p.code))).toBe(true);
    expect((await failureOf(analyst.participants.list({ search: 'Sokha' }))).messageKey).toBe('errors.namesNotAllowed');
    expect((await analyst.participants.list({ search: page.items[0]!.code })).total).toBe(1);
    expect((await cw.participants.list({ search: 'sokha' })).items[0]?.name).toMatch(/Sokha/);
  });

  it('keeps sessions to the team of the site commune, and refuses bad input with its field', async () => {
    const { site } = await centreSession();
    const other = staff(db, team.otherSupervisor);
    expect((await failureOf(other.programmes.createSession({ siteId: site.id, heldOn: TODAY, activity: 'Games' }))).messageKey).toBe('errors.communeOutsideScope');
    expect((await failureOf(other.programmes.addSite({ programmeId: site.programmeId, kind: 'village', name: 'Outreach', villageCode: homeVillage }))).code).toBe('FORBIDDEN');
    expect((await other.programmes.addSite({ programmeId: site.programmeId, kind: 'village', name: 'Outreach (demo)', villageCode: otherVillage })).communeCode).toBe(otherVillage.slice(0, 6));
    const future = await cw.programmes.createSession({ siteId: site.id, heldOn: '2026-12-24', activity: 'Party' });
    expect((await failureOf(cw.programmes.saveAttendance({ sessionId: future.id, expectedVersion: future.version, participantIds: [] }))).messageKey).toBe('errors.sessionNotHeld');
    const noConsent = await failureOf(cw.participants.register({ ...child(5, homeVillage), consent: false as never }));
    expect(noConsent.fieldErrors).toHaveProperty('consent');
  });
});
