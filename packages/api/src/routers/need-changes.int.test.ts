// A volunteer corrects or takes back a report until staff look at it; staff write down a need a volunteer phoned
// in, in the volunteer's name and marked as phoned in.
import { afterAll, describe, expect, it } from 'vitest';
import { schema } from '@kruosar/db';
import { createTestDatabase } from '@kruosar/db/testing';
import { makeUser } from '../testing';
import { HOME, OTHER, failureOf, hiveCaller, needInput, seedGeography, staffCaller } from './hive-testing';

const { db, cleanup } = createTestDatabase();
afterAll(cleanup);
const { homeVillages, otherVillages } = seedGeography(db);
const village = homeVillages[0]!;
const volunteer = makeUser(db, 'hive_volunteer', [HOME]);
const neighbour = makeUser(db, 'hive_volunteer', [HOME]);
const caseworker = makeUser(db, 'caseworker', [HOME]);
const outsider = makeUser(db, 'caseworker', [OTHER]);
const hive = hiveCaller(db, volunteer);
const auditsOf = (id: string) => db.select().from(schema.auditLog).all().filter((a) => a.entityId === id).map((a) => a.action);
const storedNeed = (id: string) => db.select().from(schema.hiveNeeds).all().find((n) => n.id === id)!;

describe('needs.edit', () => {
  it('changes what, how urgent and the words of a report not yet triaged, keeping the first content hash', async () => {
    const input = needInput(village, { category: 'food', urgency: 'can_wait', description: 'Family needs rice' });
    await hive.needs.submit(input);
    const hash = storedNeed(input.id).contentHash;
    const edited = await hive.needs.edit({ needId: input.id, version: 0, category: 'violence_or_abuse', urgency: 'urgent', description: 'The father beats the boy' });
    expect(edited).toMatchObject({ id: input.id, category: 'violence_or_abuse', urgency: 'urgent', description: 'The father beats the boy', status: 'received', version: 1 });
    expect(storedNeed(input.id).contentHash).toBe(hash);
    // Abuse now sorts first in triage.
    expect(storedNeed(input.id).triagePriority).toBe(Date.parse(input.reportedAt));
    // A late replay of the first sending is still recognised.
    expect((await hive.needs.submit(input)).alreadyReceived).toBe(true);
    expect(auditsOf(input.id)).toEqual(['need.submit', 'need.edit']);
  });

  it('refuses a stale version, a triaged report, another volunteer and an empty description', async () => {
    const input = needInput(village);
    await hive.needs.submit(input);
    const change = { needId: input.id, category: 'school', urgency: 'soon', description: 'Needs a uniform' } as const;
    await hive.needs.edit({ ...change, version: 0 });
    expect(await failureOf(hive.needs.edit({ ...change, version: 0 }))).toMatchObject({ code: 'CONFLICT' });
    expect(await failureOf(hiveCaller(db, neighbour).needs.edit({ ...change, version: 1 }))).toMatchObject({ code: 'NOT_FOUND' });
    expect(await failureOf(hive.needs.edit({ ...change, version: 1, description: '   ' }))).toMatchObject({ code: 'BAD_REQUEST', fieldErrors: { description: expect.any(String) } });
    await staffCaller(db, caseworker).needs.triage({ needId: input.id, version: 1, decision: { decision: 'resolve', messageToVolunteer: 'Done.' } });
    expect(await failureOf(hive.needs.edit({ ...change, version: 2 }))).toMatchObject({ code: 'CONFLICT', messageKey: 'errors.needAlreadyTriaged' });
    expect(await failureOf(hive.needs.withdraw({ needId: input.id, version: 2 }))).toMatchObject({ code: 'CONFLICT', messageKey: 'errors.needAlreadyTriaged' });
  });
});

describe('needs.withdraw', () => {
  it('takes back a report: withdrawn, out of the open triage queue and off the board, still in My reports', async () => {
    const input = needInput(village, { category: 'health' });
    await hive.needs.submit(input);
    const boardBefore = (await hive.needs.board()).communes[0]!.needs.total;
    const withdrawn = await hive.needs.withdraw({ needId: input.id, version: 0 });
    expect(withdrawn).toMatchObject({ id: input.id, status: 'withdrawn', version: 1 });
    expect((await hive.needs.mine()).find((n) => n.id === input.id)?.status).toBe('withdrawn');
    expect((await hive.needs.board()).communes[0]!.needs.total).toBe(boardBefore - 1);
    const open = await staffCaller(db, caseworker).needs.triageQueue({ page: 1, pageSize: 100, statuses: ['received', 'triaged'] });
    expect(open.items.map((n) => n.id)).not.toContain(input.id);
    expect(await failureOf(hive.needs.withdraw({ needId: input.id, version: 1 }))).toMatchObject({ code: 'CONFLICT', messageKey: 'errors.needAlreadyTriaged' });
    expect(await failureOf(staffCaller(db, caseworker).needs.triage({ needId: input.id, version: 1, decision: { decision: 'resolve', messageToVolunteer: 'x' } }))).toMatchObject({
      messageKey: 'errors.needTransition',
    });
    expect(auditsOf(input.id)).toEqual(['need.submit', 'need.withdraw']);
  });
});

describe('needs.registerPhonedIn', () => {
  it("stores a phoned-in need in the volunteer's name, marked with who wrote it down", async () => {
    const staff = staffCaller(db, caseworker);
    expect((await staff.needs.phoneInVolunteers({ communeCode: HOME })).map((v) => v.id).sort()).toEqual([volunteer.id, neighbour.id].sort());
    const need = needInput(village, { description: 'Phoned in: a girl stopped school' });
    const answer = await staff.needs.registerPhonedIn({ volunteerId: volunteer.id, need });
    expect(answer).toEqual({ id: need.id, status: 'received', alreadyReceived: false });
    expect(storedNeed(need.id)).toMatchObject({ volunteerId: volunteer.id, phonedInBy: caseworker.id });
    expect((await hive.needs.mine()).find((n) => n.id === need.id)).toMatchObject({ phonedIn: true, status: 'received' });
    const detail = await staff.needs.byId({ needId: need.id });
    expect(detail).toMatchObject({ phonedIn: true, phonedInByName: caseworker.displayName, volunteerName: volunteer.displayName });
    expect(db.select().from(schema.auditLog).all().find((a) => a.entityId === need.id && a.action === 'need.phonedIn')?.actorId).toBe(caseworker.id);
    // Sent from the app: not marked.
    const own = needInput(village);
    await hive.needs.submit(own);
    expect((await hive.needs.mine()).find((n) => n.id === own.id)?.phonedIn).toBe(false);
  });

  it("refuses a volunteer or village outside the staff member's communes, and a non-volunteer", async () => {
    expect(await outsiderCaller().needs.phoneInVolunteers({ communeCode: HOME })).toEqual([]);
    expect(await failureOf(outsiderCaller().needs.registerPhonedIn({ volunteerId: volunteer.id, need: needInput(village) }))).toMatchObject({ code: 'NOT_FOUND' });
    const staff = staffCaller(db, caseworker);
    expect(await failureOf(staff.needs.registerPhonedIn({ volunteerId: volunteer.id, need: needInput(otherVillages[0]!) }))).toMatchObject({ messageKey: 'errors.villageOutsideCommune' });
    expect(await failureOf(staff.needs.registerPhonedIn({ volunteerId: caseworker.id, need: needInput(village) }))).toMatchObject({ code: 'NOT_FOUND' });
    expect(await failureOf(staff.needs.registerPhonedIn({ volunteerId: volunteer.id, need: { ...needInput(village), contactPhone: 'call me', consentToContact: true } }))).toMatchObject({
      code: 'BAD_REQUEST',
    });
  });
});

const outsiderCaller = () => staffCaller(db, outsider);
