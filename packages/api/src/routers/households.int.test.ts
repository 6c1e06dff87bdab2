import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '@kruosar/db/testing';
import { schema } from '@kruosar/db';
import { OU_MAL, TA_PUNG, intake, registerQuietly, seedTeam, staffCaller, villageIn } from './case-fixtures';

describe('households.update', () => {
  const { db, cleanup } = createTestDatabase();
  afterAll(cleanup);
  const team = seedTeam(db);
  const { caseId } = registerQuietly(db, team.caseworker, intake());
  const caller = staffCaller(db, team.caseworker);

  it('edits, adds and archives members under one household version', async () => {
    const { household } = await caller.cases.byId({ caseId });
    const [mother, sibling] = household.members;
    const { id: _id, version: _v, communeCode: _c, ...fields } = household;
    const saved = await caller.households.update({
      caseId,
      version: household.version,
      household: {
        ...fields,
        idPoor: 'level_1',
        members: [
          { ...mother!, phone: '012 345 678' },
          { nameKm: 'សុខ ហេង', nameLatin: 'Sok Heng', sex: 'male', relationship: 'grandfather', isCaregiver: true, dateOfBirth: null, phone: '' },
        ],
      },
    });
    expect(saved.version).toBe(1);
    const after = (await caller.cases.byId({ caseId })).household;
    expect(after).toMatchObject({ idPoor: 'level_1', version: 1 });
    expect(after.members.map((m) => [m.nameLatin, m.phone])).toEqual([['Sok Sreymom', '012 345 678'], ['Sok Heng', '']]);
    // The sibling who left is archived, not deleted.
    expect(db.select().from(schema.householdMembers).all().find((m) => m.id === sibling!.id)).toMatchObject({ archivedAt: expect.any(String) });
    const timeline = await caller.cases.timeline({ caseId });
    expect(timeline.items[0]).toMatchObject({ action: 'household.update', detail: { added: 1, edited: 1, archived: 1 } });
  });

  it('refuses a save from a stale version, leaving the members as the first save left them', async () => {
    const before = (await caller.cases.byId({ caseId })).household;
    const { id: _id, version: _v, communeCode: _c, ...fields } = before;
    const error = await staffCaller(db, team.supervisor).households.update({ caseId, version: 0, household: { ...fields, members: [] } }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'CONFLICT' });
    expect((await caller.cases.byId({ caseId })).household).toEqual(before);
  });

  it('moves within the commune only, and refuses a member id from elsewhere', async () => {
    const { household } = await caller.cases.byId({ caseId });
    const { id: _id, version, communeCode: _c, ...fields } = household;
    await expect(caller.households.update({ caseId, version, household: { ...fields, villageCode: villageIn[OU_MAL] } })).rejects.toMatchObject({
      cause: expect.objectContaining({ messageKey: 'errors.householdOtherCommune', field: 'household.villageCode' }),
    });
    await expect(caller.households.update({ caseId, version, household: { ...fields, villageCode: villageIn[TA_PUNG] } })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    const strange = { ...fields.members[0]!, id: 'not-a-member' };
    await expect(caller.households.update({ caseId, version, household: { ...fields, members: [strange] } })).rejects.toMatchObject({
      cause: expect.objectContaining({ messageKey: 'errors.unknownMember', field: 'household.members.0.id' }),
    });
    expect((await caller.cases.byId({ caseId })).household.version).toBe(version);
  });
});
