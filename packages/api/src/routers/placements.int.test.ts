import { afterAll, describe, expect, it } from 'vitest';
import { failureOf, registerTestCase, setUp, staff } from './workflow-testing';

const residential = { type: 'residential_care' as const, startDate: '2024-03-01', reason: 'Placed by DoSVY after abandonment', carerName: 'Happy Home orphanage' };
const homeWithMother = { type: 'biological_family' as const, startDate: '2026-01-31', reason: 'Mother traced and assessed as able to care' };

describe('placements', () => {
  const { db, cleanup, team, homeVillage } = setUp();
  afterAll(cleanup);
  const cw = staff(db, team.caseworker);

  it('records a reunification and schedules visits monthly to 6 months, then quarterly to 24', async () => {
    const caseId = registerTestCase(db, team.caseworker, homeVillage);
    const first = await cw.placements.create({ caseId, ...residential });
    expect(first).toMatchObject({ placement: { reunification: false }, followUps: [] });
    const { placement, followUps } = await cw.placements.create({ caseId, ...homeWithMother, endCurrentPlacement: true });
    expect(placement.reunification).toBe(true);
    expect(followUps.map((f) => f.dueDate)).toEqual([
      '2026-02-28', '2026-03-31', '2026-04-30', '2026-05-31', '2026-06-30', '2026-07-31',
      '2026-10-31', '2027-01-31', '2027-04-30', '2027-07-31', '2027-10-31', '2028-01-31',
    ]);
    expect(followUps.every((f) => f.kind === 'reunification' && f.placementId === placement.id)).toBe(true);
    const history = await cw.placements.list({ caseId });
    expect(history.map((p) => [p.type, p.startDate, p.endDate])).toEqual([
      ['residential_care', '2024-03-01', '2026-01-31'],
      ['biological_family', '2026-01-31', null],
    ]);
    // Past visits show as overdue until someone records them.
    const statuses = (await cw.followUps.list({ caseId })).map((f) => f.status);
    expect(statuses).toEqual([...Array<string>(7).fill('overdue'), ...Array<string>(5).fill('upcoming')]);
  });

  it('takes the months the plan sets instead of the standard schedule', async () => {
    const caseId = registerTestCase(db, team.caseworker, homeVillage);
    await cw.placements.create({ caseId, ...residential, endDate: '2026-06-01' });
    const { followUps } = await cw.placements.create({ caseId, ...homeWithMother, startDate: '2026-06-01', followUpMonths: [1, 3, 6] });
    expect(followUps.map((f) => f.dueDate)).toEqual(['2026-07-01', '2026-09-01', '2026-12-01']);
  });

  it('refuses overlapping placements, naming the start date', async () => {
    const caseId = registerTestCase(db, team.caseworker, homeVillage);
    const { placement } = await cw.placements.create({ caseId, ...residential });
    const overlap = await failureOf(cw.placements.create({ caseId, ...homeWithMother }));
    expect(overlap).toMatchObject({ code: 'BAD_REQUEST', messageKey: 'errors.placementOverlap', field: 'startDate' });
    const family = await cw.placements.create({ caseId, ...homeWithMother, endCurrentPlacement: true });
    // Moving the old placement's end past the new start is an overlap too.
    const stretched = await failureOf(cw.placements.update({ id: placement.id, expectedVersion: 1, ...residential, endDate: '2026-03-01' }));
    expect(stretched.messageKey).toBe('errors.placementOverlap');
    expect((await failureOf(cw.placements.update({ id: family.placement.id, expectedVersion: 5, ...homeWithMother }))).code).toBe('CONFLICT');
    expect(await failureOf(cw.placements.create({ caseId, ...homeWithMother, startDate: '2026-02-01', endDate: '2026-01-01' }))).toMatchObject({ fieldErrors: { endDate: expect.any(String) } });
  });

  it('is scoped per role', async () => {
    const caseId = registerTestCase(db, team.caseworker, homeVillage);
    expect((await failureOf(staff(db, team.otherCaseworker).placements.create({ caseId, ...residential }))).code).toBe('NOT_FOUND');
    expect((await failureOf(staff(db, team.otherSupervisor).placements.list({ caseId }))).code).toBe('NOT_FOUND');
    expect((await failureOf(staff(db, team.analyst).placements.list({ caseId }))).code).toBe('FORBIDDEN');
  });
});
