import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '@kruosar/db/testing';
import { ChildInput } from '@kruosar/domain';
import { intake, registerQuietly, seedTeam, staffCaller } from './case-fixtures';

describe('children.update', () => {
  const { db, cleanup } = createTestDatabase();
  afterAll(cleanup);
  const team = seedTeam(db);
  const { caseId } = registerQuietly(db, team.caseworker, intake());
  const child = ChildInput.parse(intake().child);

  it('saves a correction, keeps search in step, and refuses a second save from the stale version', async () => {
    const caseworker = staffCaller(db, team.caseworker);
    const supervisor = staffCaller(db, team.supervisor);
    const saved = await caseworker.children.update({ caseId, version: 0, child: { ...child, givenNameLatin: 'Daravuth', givenNameKm: 'ដារាវុធ' } });
    expect(saved.version).toBe(1);
    await expect(supervisor.children.update({ caseId, version: 0, child: { ...child, schoolStatus: 'dropped_out' } })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringMatching(/^The child's record was changed by someone else since you opened it/),
    });
    const detail = await supervisor.cases.byId({ caseId });
    expect(detail.child).toMatchObject({ givenNameLatin: 'Daravuth', schoolStatus: 'enrolled', version: 1 });
    expect((await supervisor.cases.list({ search: 'ravu', page: 1, pageSize: 25, sort: 'registeredAt', direction: 'desc' })).total).toBe(1);
    expect((await supervisor.cases.list({ search: 'វុធ', page: 1, pageSize: 25, sort: 'registeredAt', direction: 'desc' })).total).toBe(1);
    const timeline = await supervisor.cases.timeline({ caseId });
    expect(timeline.items[0]).toMatchObject({ action: 'child.update', detail: { fields: 'givenNameKm,givenNameLatin' } });
  });

  it('is refused outside the scope and for analysts', async () => {
    await expect(staffCaller(db, team.colleague).children.update({ caseId, version: 1, child })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(staffCaller(db, team.analyst).children.update({ caseId, version: 1, child })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('refuses a date of birth after today, naming the field', async () => {
    const error = await staffCaller(db, team.caseworker).children.update({ caseId, version: 1, child: { ...child, dateOfBirth: '2030-01-01' } }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'BAD_REQUEST', cause: expect.objectContaining({ messageKey: 'errors.dateInFuture', field: 'child.dateOfBirth' }) });
  });
});
