// The hive portal's needs: stored once per id whatever the retries, bad input refused by field, own needs only.
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { schema } from '@kruosar/db';
import { createTestDatabase } from '@kruosar/db/testing';
import { NEED_DESCRIPTION_MAX } from '@kruosar/domain';
import { makeUser } from '../testing';
import { HOME, failureOf, hiveCaller, needInput, seedGeography, staffCaller } from './hive-testing';

const { db, cleanup } = createTestDatabase();
afterAll(cleanup);
const { homeVillages, otherVillages } = seedGeography(db);
const village = homeVillages[0]!;
const volunteer = makeUser(db, 'hive_volunteer', [HOME]);
const neighbour = makeUser(db, 'hive_volunteer', [HOME]);
const caseworker = makeUser(db, 'caseworker', [HOME]);
const hive = hiveCaller(db, volunteer);

const countNeeds = () => db.select().from(schema.hiveNeeds).all().length;
const storedNeed = (id: string) => db.select().from(schema.hiveNeeds).all().find((n) => n.id === id);

describe('needs.submit', () => {
  let before: number;
  beforeEach(() => {
    before = countNeeds();
  });

  it('stores a need sent ten times once, answering "already received" to the nine replays', async () => {
    const input = needInput(village, { category: 'violence_or_abuse', urgency: 'urgent' });
    const answers = [];
    for (let i = 0; i < 10; i++) answers.push(await hive.needs.submit(input));
    expect(answers[0]).toEqual({ id: input.id, status: 'received', alreadyReceived: false });
    expect(answers.slice(1).every((a) => a.alreadyReceived && a.id === input.id)).toBe(true);
    expect(countNeeds()).toBe(before + 1);
    const row = storedNeed(input.id)!;
    expect(row).toMatchObject({ volunteerId: volunteer.id, communeCode: HOME, status: 'received', version: 0 });
    expect(row.contentHash).toMatch(/^[0-9a-f]{64}$/);
    // Abuse concerns sort first: the stored priority is in the first bucket.
    expect(row.triagePriority).toBe(Date.parse(input.reportedAt));
    const audits = db.select().from(schema.auditLog).all().filter((a) => a.entityId === input.id);
    expect(audits.map((a) => a.action)).toEqual(['need.submit']);
  });

  it('treats the same content written differently (time format, Unicode form, Khmer digits) as a replay', async () => {
    const input = needInput(village, { description: 'Cafe\u0301 owner', contactPhone: '012345678', reportedAt: '2026-11-20T08:00:00Z' });
    await hive.needs.submit(input);
    const again = await hive.needs.submit({ ...input, description: 'Caf\u00e9 owner', contactPhone: '០១២៣៤៥៦៧៨', reportedAt: '2026-11-20T08:00:00.000Z' });
    expect(again.alreadyReceived).toBe(true);
    expect(countNeeds()).toBe(before + 1);
  });

  it('refuses the same id with different content, changing nothing', async () => {
    const input = needInput(village);
    await hive.needs.submit(input);
    const stored = storedNeed(input.id);
    const failure = await failureOf(hive.needs.submit({ ...input, description: 'Something else entirely' }));
    expect(failure).toMatchObject({ code: 'CONFLICT', messageKey: 'errors.needReplayDifferent' });
    expect(storedNeed(input.id)).toEqual(stored);
    expect(countNeeds()).toBe(before + 1);
  });

  it("refuses another volunteer's id even with the same content", async () => {
    const input = needInput(village);
    await hive.needs.submit(input);
    expect(await failureOf(hiveCaller(db, neighbour).needs.submit(input))).toMatchObject({ code: 'CONFLICT', messageKey: 'errors.needReplayDifferent' });
    expect(storedNeed(input.id)!.volunteerId).toBe(volunteer.id);
  });

  it('refuses a village outside the volunteer’s commune, naming the field', async () => {
    const failure = await failureOf(hive.needs.submit(needInput(otherVillages[0]!)));
    expect(failure).toMatchObject({ code: 'BAD_REQUEST', messageKey: 'errors.villageOutsideCommune', field: 'villageCode' });
    expect(await failureOf(hive.needs.submit(needInput('02999999')))).toMatchObject({ code: 'BAD_REQUEST', messageKey: 'errors.unknownVillage', field: 'villageCode' });
    expect(countNeeds()).toBe(before);
  });

  it('refuses a report dated in the future, and stores only agreed contact details', async () => {
    const tomorrow = new Date(Date.now() + 24 * 60 * 60 * 1000).toISOString();
    expect(await failureOf(hive.needs.submit(needInput(village, { reportedAt: tomorrow })))).toMatchObject({ code: 'BAD_REQUEST', messageKey: 'errors.needReportedInFuture', field: 'reportedAt' });
    expect(countNeeds()).toBe(before);

    const unagreed = needInput(village, { contactName: 'Sok Dara (demo)', contactPhone: '012 345 678', consentToContact: false });
    await hive.needs.submit(unagreed);
    expect(storedNeed(unagreed.id)).toMatchObject({ contactName: '', contactPhone: '', consentToContact: false });
    const agreed = needInput(village, { contactName: 'Sok Dara (demo)', contactPhone: '០១២ ៣៤៥ ៦៧៨', consentToContact: true });
    await hive.needs.submit(agreed);
    expect(storedNeed(agreed.id)).toMatchObject({ contactName: 'Sok Dara (demo)', contactPhone: '012 345 678' });
  });

  it.each([
    ['a phone that is not Cambodian', { contactPhone: 'ask the village chief', consentToContact: true }, 'contactPhone'],
    ['an empty description', { description: '   ' }, 'description'],
    ['a description of zero-width spaces only', { description: '\u200b\u200b' }, 'description'],
    ['an oversized description', { description: 'ក'.repeat(NEED_DESCRIPTION_MAX + 1) }, 'description'],
    ['an oversized contact name', { contactName: 'x'.repeat(121) }, 'contactName'],
    ['an id that is not a UUID', { id: 'need-1' }, 'id'],
    ['an unknown category', { category: 'gossip' }, 'category'],
  ] as const)('refuses %s with a message on that field', async (_, over, field) => {
    const failure = await failureOf(hive.needs.submit({ ...needInput(village), ...over } as never));
    expect(failure.code).toBe('BAD_REQUEST');
    expect(Object.keys(failure.fieldErrors ?? {})).toEqual([field]);
    expect(countNeeds()).toBe(before);
  });
});

describe('needs.mine', () => {
  it("lists the volunteer's own needs only, newest first, with no case details", async () => {
    const { db: own, cleanup: done } = createTestDatabase();
    try {
      const { homeVillages: villages } = seedGeography(own);
      const me = makeUser(own, 'hive_volunteer', [HOME]);
      const other = makeUser(own, 'hive_volunteer', [HOME]);
      const older = needInput(villages[0]!, { reportedAt: '2026-11-01T08:00:00.000Z' });
      const newer = needInput(villages[1]!, { reportedAt: '2026-11-10T08:00:00.000Z' });
      await hiveCaller(own, me).needs.submit(older);
      await hiveCaller(own, me).needs.submit(newer);
      await hiveCaller(own, other).needs.submit(needInput(villages[0]!));
      const mine = await hiveCaller(own, me).needs.mine();
      expect(mine.map((n) => n.id)).toEqual([newer.id, older.id]);
      expect(mine[0]).toMatchObject({ status: 'received', messageToVolunteer: '', villageCode: villages[1] });
      expect(mine[0]!.villageName).not.toBe(villages[1]);
      // Exactly what a volunteer may see: no case, no contact details, no other volunteer.
      expect(Object.keys(mine[0]!).sort()).toEqual(
        ['id', 'villageCode', 'villageName', 'category', 'urgency', 'description', 'status', 'messageToVolunteer', 'reportedAt', 'receivedAt', 'phonedIn', 'version'].sort(),
      );
    } finally {
      done();
    }
  });

  it('shows the status and message staff sent back', async () => {
    const input = needInput(village, { category: 'school', urgency: 'can_wait' });
    await hive.needs.submit(input);
    await staffCaller(db, caseworker).needs.triage({ needId: input.id, version: 0, decision: { decision: 'resolve', messageToVolunteer: 'Uniforms were given. Thank you.' } });
    const mine = await hive.needs.mine();
    expect(mine.find((n) => n.id === input.id)).toMatchObject({ status: 'resolved', messageToVolunteer: 'Uniforms were given. Thank you.' });
  });
});

describe('needs.board', () => {
  it("counts the commune's open needs by category, with no names or descriptions", async () => {
    const { db: own, cleanup: done } = createTestDatabase();
    try {
      const { homeVillages: villages } = seedGeography(own);
      const me = makeUser(own, 'hive_volunteer', [HOME]);
      const other = makeUser(own, 'hive_volunteer', [HOME]);
      const staff = makeUser(own, 'caseworker', [HOME]);
      const secret = 'Sok Dara beats his daughter';
      await hiveCaller(own, me).needs.submit(needInput(villages[0]!, { category: 'violence_or_abuse', description: secret, contactName: 'Sok Dara' }));
      await hiveCaller(own, other).needs.submit(needInput(villages[1]!, { category: 'violence_or_abuse' }));
      const food = needInput(villages[1]!, { category: 'food' });
      await hiveCaller(own, other).needs.submit(food);
      // A decided need is no longer open.
      await staffCaller(own, staff).needs.triage({ needId: food.id, version: 0, decision: { decision: 'resolve', messageToVolunteer: 'Rice was brought.' } });

      const board = await hiveCaller(own, me).needs.board();
      expect(board.communes).toHaveLength(1);
      const commune = board.communes[0]!;
      expect(commune.communeCode).toBe(HOME);
      expect(commune.needs.total).toBe(2);
      expect(commune.needs.byCategory.find((c) => c.category === 'violence_or_abuse')!.count).toBe(2);
      expect(commune.needs.byCategory.find((c) => c.category === 'food')!.count).toBe(0);
      // No hive recorded yet: no milestones, no index.
      expect(commune).toMatchObject({ milestones: null, latestIndex: null, history: [], meetings: [], progress: { status: 'not_enough_history' } });
      expect(JSON.stringify(board)).not.toMatch(/Sok Dara|beats|daughter/);
    } finally {
      done();
    }
  });
});
