// Staff triage of hive needs: abuse first, commune scope, possible duplicates, decisions from a fresh version only.
import { afterAll, describe, expect, it } from 'vitest';
import { schema } from '@kruosar/db';
import { createTestDatabase } from '@kruosar/db/testing';
import type { HiveNeedInput } from '@kruosar/domain';
import { makeUser } from '../testing';
import { HOME, OTHER, failureOf, hiveCaller, needInput, registerTestCase, seedGeography, staffCaller } from './hive-testing';

const { db, cleanup } = createTestDatabase();
afterAll(cleanup);
const { homeVillages, otherVillages } = seedGeography(db);
const volunteer = makeUser(db, 'hive_volunteer', [HOME]);
const otherVolunteer = makeUser(db, 'hive_volunteer', [OTHER]);
const caseworker = makeUser(db, 'caseworker', [HOME]);
const outsider = makeUser(db, 'caseworker', [OTHER]);
const supervisor = makeUser(db, 'supervisor', [HOME]);
const admin = makeUser(db, 'admin');
const staff = staffCaller(db, caseworker);

async function submit(over: Partial<HiveNeedInput> = {}, by = volunteer, village = homeVillages[0]!) {
  const input = needInput(village, over);
  await hiveCaller(db, by).needs.submit(input);
  return input;
}
const storedNeed = (id: string) => db.select().from(schema.hiveNeeds).all().find((n) => n.id === id)!;

describe('needs.triageQueue', () => {
  it('puts abuse concerns first whatever their urgency, then urgency, then the oldest', async () => {
    const { db: own, cleanup: done } = createTestDatabase();
    try {
      const { homeVillages: villages } = seedGeography(own);
      const me = makeUser(own, 'hive_volunteer', [HOME]);
      const cw = makeUser(own, 'caseworker', [HOME]);
      const send = async (over: Partial<HiveNeedInput>) => {
        const input = needInput(villages[0]!, over);
        await hiveCaller(own, me).needs.submit(input);
        return input.id;
      };
      // Sent in an order unlike the queue's, so the order comes from the rule, not from insertion.
      const foodUrgentNew = await send({ category: 'food', urgency: 'urgent', reportedAt: '2026-11-20T10:00:00.000Z' });
      const schoolCanWait = await send({ category: 'school', urgency: 'can_wait', reportedAt: '2026-11-01T10:00:00.000Z' });
      const abuseCanWait = await send({ category: 'violence_or_abuse', urgency: 'can_wait', reportedAt: '2026-11-19T10:00:00.000Z' });
      const foodUrgentOld = await send({ category: 'food', urgency: 'urgent', reportedAt: '2026-11-18T10:00:00.000Z' });
      const healthSoon = await send({ category: 'health', urgency: 'soon', reportedAt: '2026-11-02T10:00:00.000Z' });
      const abuseUrgent = await send({ category: 'violence_or_abuse', urgency: 'urgent', reportedAt: '2026-11-20T11:00:00.000Z' });

      const page = await staffCaller(own, cw).needs.triageQueue({ page: 1, pageSize: 25 });
      expect(page.items.map((n) => n.id)).toEqual([abuseUrgent, abuseCanWait, foodUrgentOld, foodUrgentNew, healthSoon, schoolCanWait]);
      expect(page.total).toBe(6);
      const second = await staffCaller(own, cw).needs.triageQueue({ page: 2, pageSize: 4 });
      expect(second.items.map((n) => n.id)).toEqual([healthSoon, schoolCanWait]);
    } finally {
      done();
    }
  });

  it("shows a caseworker only their communes' needs; an admin sees all; filters by commune and status", async () => {
    const home = await submit();
    const away = await submit({}, otherVolunteer, otherVillages[0]!);
    const ids = async (user = caseworker, input = {}) => (await staffCaller(db, user).needs.triageQueue({ page: 1, pageSize: 200, ...input })).items.map((n) => n.id);
    expect(await ids()).toContain(home.id);
    expect(await ids()).not.toContain(away.id);
    expect(await ids(outsider)).toContain(away.id);
    expect(await ids(outsider)).not.toContain(home.id);
    expect(await ids(admin)).toEqual(expect.arrayContaining([home.id, away.id]));
    expect(await ids(admin, { communeCode: OTHER })).not.toContain(home.id);
    expect(await ids(caseworker, { communeCode: OTHER })).toEqual([]);
    expect(await ids(caseworker, { statuses: ['resolved'] })).not.toContain(home.id);
  });

  it('shows possible duplicates: the same household reported twice, by two volunteers', async () => {
    const neighbour = makeUser(db, 'hive_volunteer', [HOME]);
    // Each in its own words: the same words as another test's needs would make them duplicates of those too.
    const first = await submit({ description: 'Two children alone at home', contactName: 'Sok Dara', contactPhone: '012 345 678', consentToContact: true, reportedAt: '2026-11-15T08:00:00.000Z' });
    const second = await submit({ description: 'The mother left for Thailand', contactName: 'Dara Sok', contactPhone: '+855 12 345 678', consentToContact: true, reportedAt: '2026-11-19T08:00:00.000Z' }, neighbour);
    const unrelated = await submit({ description: 'A boy stopped going to school', contactName: 'Chan Thida', contactPhone: '097 111 2222', consentToContact: true }, neighbour, homeVillages[2]!);
    const page = await staff.needs.triageQueue({ page: 1, pageSize: 200 });
    const item = (id: string) => page.items.find((n) => n.id === id)!;
    expect(item(first.id).possibleDuplicates.map((d) => d.id)).toEqual([second.id]);
    expect(item(second.id).possibleDuplicates[0]).toMatchObject({ id: first.id, status: 'received', category: 'food' });
    expect(item(second.id).possibleDuplicates[0]!.score).toBeGreaterThanOrEqual(0.5);
    expect(item(unrelated.id).possibleDuplicates).toEqual([]);
    const detail = await staff.needs.byId({ needId: second.id });
    expect(detail.possibleDuplicates.map((d) => d.id)).toEqual([first.id]);
  });

  it('flags the same report sent twice a minute apart, with no contact given', async () => {
    const words = `A grandmother with four grandchildren has no rice ${Date.now()}`;
    const once = await submit({ description: words, reportedAt: '2026-11-20T08:00:00.000Z' });
    const twice = await submit({ description: words, reportedAt: '2026-11-20T08:01:00.000Z' });
    const page = await staff.needs.triageQueue({ page: 1, pageSize: 200 });
    expect(page.items.find((n) => n.id === twice.id)!.possibleDuplicates.map((d) => d.id)).toEqual([once.id]);
  });

  it('audits who saw which needs', async () => {
    const need = await submit();
    await staff.needs.byId({ needId: need.id });
    const views = db.select().from(schema.auditLog).all().filter((a) => a.action === 'need.view' && a.entityId === need.id);
    expect(views).toHaveLength(1);
    expect(views[0]!.actorId).toBe(caseworker.id);
  });
});

describe('needs.triage', () => {
  const decide = (needId: string, version: number, messageToVolunteer = 'Thank you, we are on it.') => ({
    resolve: { needId, version, decision: { decision: 'resolve' as const, messageToVolunteer } },
  });

  it('lets a caseworker of another commune neither see nor triage a need', async () => {
    const need = await submit();
    const other = staffCaller(db, outsider);
    expect(await failureOf(other.needs.byId({ needId: need.id }))).toMatchObject({ code: 'NOT_FOUND' });
    expect(await failureOf(other.needs.casePrefill({ needId: need.id }))).toMatchObject({ code: 'NOT_FOUND' });
    expect(await failureOf(other.needs.triage(decide(need.id, 0).resolve))).toMatchObject({ code: 'NOT_FOUND' });
    expect(storedNeed(need.id)).toMatchObject({ status: 'received', version: 0, triagedBy: null });
  });

  it('refuses a decision from a stale version, changing nothing', async () => {
    const need = await submit();
    const first = await staff.needs.triage({ needId: need.id, version: 0, decision: { decision: 'new_case', messageToVolunteer: 'A caseworker will visit.' } });
    expect(first.version).toBe(1);
    const before = storedNeed(need.id);
    const failure = await failureOf(staffCaller(db, supervisor).needs.triage(decide(need.id, 0, 'Someone else').resolve));
    expect(failure).toMatchObject({ code: 'CONFLICT', messageKey: 'errors.conflict' });
    expect(storedNeed(need.id)).toEqual(before);
  });

  it('refuses to decide a need that was already decided', async () => {
    const need = await submit();
    await staff.needs.triage(decide(need.id, 0).resolve);
    const failure = await failureOf(staff.needs.triage({ needId: need.id, version: 1, decision: { decision: 'not_actionable', messageToVolunteer: 'Changed my mind' } }));
    expect(failure).toMatchObject({ code: 'BAD_REQUEST', messageKey: 'errors.needTransition' });
    expect(storedNeed(need.id)).toMatchObject({ status: 'resolved', version: 1 });
  });

  it('refuses an empty message to the volunteer', async () => {
    const need = await submit();
    const failure = await failureOf(staff.needs.triage(decide(need.id, 0, ' \u200b ').resolve));
    expect(failure.code).toBe('BAD_REQUEST');
    expect(Object.keys(failure.fieldErrors ?? {})).toEqual(['decision.messageToVolunteer']);
  });

  it('links a need to a case the staff member may see, and only such a case', async () => {
    const need = await submit({ category: 'child_at_risk_of_separation', urgency: 'urgent' });
    const othersCase = registerTestCase(db, outsider, otherVillages[0]!);
    const link = (caseId: string) => ({ needId: need.id, version: 0, decision: { decision: 'link_to_case' as const, caseId, messageToVolunteer: 'A caseworker is working with this family.' } });
    expect(await failureOf(staff.needs.triage(link(othersCase)))).toMatchObject({ code: 'NOT_FOUND' });
    expect(storedNeed(need.id)).toMatchObject({ status: 'received', caseId: null, version: 0 });

    const ownCase = registerTestCase(db, caseworker, homeVillages[0]!);
    const result = await staff.needs.triage(link(ownCase));
    expect(result).toEqual({ needId: need.id, status: 'linked_to_case', version: 1, casePrefill: null });
    expect(storedNeed(need.id)).toMatchObject({ status: 'linked_to_case', caseId: ownCase, triagedBy: caseworker.id, messageToVolunteer: 'A caseworker is working with this family.' });
    const audit = db.select().from(schema.auditLog).all().filter((a) => a.action === 'need.triage' && a.entityId === need.id);
    expect(audit.map((a) => a.caseId)).toEqual([ownCase]);
    const detail = await staff.needs.byId({ needId: need.id });
    expect(detail).toMatchObject({ caseId: ownCase, triagedByName: caseworker.displayName, caseReference: expect.stringMatching(/^KR-/) });
  });

  it('turns a need into a new pre-filled case, linked once the intake has created it', async () => {
    const need = await submit({ category: 'violence_or_abuse', urgency: 'can_wait', contactName: 'Sok Dara', contactPhone: '012345678', consentToContact: true });
    const started = await staff.needs.triage({ needId: need.id, version: 0, decision: { decision: 'new_case', messageToVolunteer: 'A caseworker will visit this week.' } });
    expect(started.status).toBe('triaged');
    expect(started.casePrefill).toEqual({
      needId: need.id, villageCode: need.villageCode, communeCode: HOME, summary: need.description, source: 'hive_need', riskLevel: 'high',
      contactName: 'Sok Dara', contactPhone: '012345678', consentToContact: true,
    });
    expect(await staff.needs.casePrefill({ needId: need.id })).toEqual(started.casePrefill);
    // The volunteer already sees that the team has looked at it.
    expect((await hiveCaller(db, volunteer).needs.mine()).find((n) => n.id === need.id)).toMatchObject({ status: 'triaged', messageToVolunteer: 'A caseworker will visit this week.' });

    const caseId = registerTestCase(db, caseworker, started.casePrefill!.villageCode);
    const linked = await staff.needs.triage({ needId: need.id, version: started.version, decision: { decision: 'link_to_case', caseId, messageToVolunteer: 'A caseworker is now working with this child.' } });
    expect(linked).toMatchObject({ status: 'linked_to_case', version: 2 });
    const mine = (await hiveCaller(db, volunteer).needs.mine()).find((n) => n.id === need.id)!;
    expect(mine).toMatchObject({ status: 'linked_to_case', messageToVolunteer: 'A caseworker is now working with this child.' });
    expect(JSON.stringify(mine)).not.toContain(caseId);
  });

  it('refers a need to an agency and keeps which one', async () => {
    const need = await submit({ category: 'documents' });
    await staffCaller(db, supervisor).needs.triage({ needId: need.id, version: 0, decision: { decision: 'refer', agency: 'other', agencyName: 'Commune office', messageToVolunteer: 'Referred for late birth registration.' } });
    const detail = await staff.needs.byId({ needId: need.id });
    expect(detail).toMatchObject({ status: 'referred', referralAgency: 'other', referralAgencyName: 'Commune office', triagedByName: supervisor.displayName, triagedAt: expect.any(String) });
  });

  it('lets an admin triage in any commune', async () => {
    const need = await submit({}, otherVolunteer, otherVillages[0]!);
    const result = await staffCaller(db, admin).needs.triage({ needId: need.id, version: 0, decision: { decision: 'not_actionable', messageToVolunteer: 'The commune council is handling this.' } });
    expect(result.status).toBe('not_actionable');
  });
});
