import { afterAll, describe, expect, it } from 'vitest';
import { auditActions, failureOf, registerTestCase, setUp, staff } from './workflow-testing';

const counselling = { type: 'counselling' as const, deliveredOn: '2026-11-18', provider: 'Kruosar counsellor', outcome: 'ongoing' as const, notes: 'Second session' };

describe('services', () => {
  const { db, cleanup, team, homeVillage, otherVillage } = setUp();
  afterAll(cleanup);
  const cw = staff(db, team.caseworker);

  it('records, lists (latest first), corrects and audits services', async () => {
    const caseId = registerTestCase(db, team.caseworker, homeVillage);
    const first = await cw.services.create({ caseId, ...counselling, deliveredOn: '2026-11-01' });
    const second = await cw.services.create({ caseId, ...counselling, type: 'medical_outreach', provider: 'Health centre nurse', outcome: 'completed' });
    expect((await cw.services.list({ caseId })).map((s) => s.id)).toEqual([second.id, first.id]);
    const corrected = await cw.services.update({ id: first.id, expectedVersion: 0, ...counselling, deliveredOn: '2026-11-02', outcome: 'completed' });
    expect(corrected).toMatchObject({ version: 1, deliveredOn: '2026-11-02', outcome: 'completed' });
    expect(auditActions(db, caseId)).toEqual(expect.arrayContaining(['service.create', 'service.create', 'service.update', 'service.list']));
  });

  it('refuses a stale correction, an undescribed "other" and a service in the future', async () => {
    const caseId = registerTestCase(db, team.caseworker, homeVillage);
    const service = await cw.services.create({ caseId, ...counselling });
    await cw.services.update({ id: service.id, expectedVersion: 0, ...counselling, notes: 'First save' });
    expect((await failureOf(staff(db, team.supervisor).services.update({ id: service.id, expectedVersion: 0, ...counselling, notes: 'Second save' }))).code).toBe('CONFLICT');
    expect((await cw.services.list({ caseId }))[0]!.notes).toBe('First save');
    expect(await failureOf(cw.services.create({ caseId, ...counselling, type: 'other' }))).toMatchObject({ fieldErrors: { typeOther: expect.stringContaining('other') } });
    expect(await failureOf(cw.services.create({ caseId, ...counselling, deliveredOn: '2026-11-22' }))).toMatchObject({ field: 'deliveredOn', messageKey: 'errors.dateInFuture' });
  });

  it('archives a mistaken service and restores it', async () => {
    const caseId = registerTestCase(db, team.caseworker, homeVillage);
    const service = await cw.services.create({ caseId, ...counselling });
    const archived = await cw.services.archive({ id: service.id, expectedVersion: 0 });
    expect(await cw.services.list({ caseId })).toEqual([]);
    await cw.services.restore({ id: archived.id, expectedVersion: archived.version });
    expect((await cw.services.list({ caseId })).map((s) => s.id)).toEqual([service.id]);
  });

  it('is scoped per role', async () => {
    const caseId = registerTestCase(db, team.caseworker, homeVillage);
    const elsewhere = registerTestCase(db, team.otherCaseworker, otherVillage);
    expect((await failureOf(staff(db, team.otherCaseworker).services.create({ caseId, ...counselling }))).code).toBe('NOT_FOUND');
    expect((await failureOf(staff(db, team.supervisor).services.list({ caseId: elsewhere }))).code).toBe('NOT_FOUND');
    expect((await failureOf(staff(db, team.analyst).services.list({ caseId }))).code).toBe('FORBIDDEN');
    expect(await staff(db, team.otherSupervisor).services.list({ caseId: elsewhere })).toEqual([]);
  });
});
