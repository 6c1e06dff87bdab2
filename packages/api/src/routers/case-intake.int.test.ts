import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '@kruosar/db/testing';
import { schema } from '@kruosar/db';
import { OU_MAL, TA_PUNG, intake, names, registerQuietly, seedTeam, staffCaller, villageIn } from './case-fixtures';

describe('intake: possible duplicates and registration', () => {
  const { db, cleanup } = createTestDatabase();
  afterAll(cleanup);
  const team = seedTeam(db);
  // Dara Sok is already registered by the caseworker in Rottanak; Bopha Keo by the rural caseworker in Ta Pung.
  const dara = registerQuietly(db, team.caseworker, intake());
  const bopha = registerQuietly(db, team.ruralCaseworker, intake({ names: names.bopha, villageCode: villageIn[TA_PUNG], sex: 'female', dateOfBirth: '2012-07-01' }));

  const check = (user = team.caseworker, child: Record<string, unknown> = {}, villageCode: string = villageIn[OU_MAL]) =>
    staffCaller(db, user).cases.checkDuplicates({
      child: { ...names.dara, sex: 'male', dateOfBirth: '2014-03-05', dateOfBirthEstimated: false, ...child },
      villageCode,
    });

  it('finds the same child across spellings and scripts, with identifying fields in scope', async () => {
    const matches = await check(team.caseworker, { givenNameLatin: 'Darah', familyNameLatin: 'Sokh', givenNameKm: 'ដារ៉ា' });
    expect(matches).toHaveLength(1);
    expect(matches[0]).toMatchObject({ inScope: true, caseId: dara.caseId, reference: dara.reference, childName: 'Sok Dara', dateOfBirth: '2014-03-05' });
    expect(matches[0]!.score).toBeGreaterThanOrEqual(0.75);
    expect(matches[0]!.reasons).toEqual(expect.arrayContaining(['latin_name_similar', 'khmer_name_similar', 'same_date_of_birth']));
  });

  it('finds a child registered by another team, showing only reference, commune and status', async () => {
    const matches = await check(team.caseworker, { ...names.bopha, sex: 'female', dateOfBirth: '2012-07-01' }, villageIn[OU_MAL]);
    expect(matches).toEqual([
      expect.objectContaining({ inScope: false, caseId: null, childName: null, childNameKm: null, dateOfBirth: null, reference: bopha.reference, communeCode: TA_PUNG, communeName: 'Ta Pung', status: 'open' }),
    ]);
    // What a check showed is audited: someone probing for a child known elsewhere leaves a trace.
    const audit = db.select().from(schema.auditLog).all().filter((a) => a.action === 'case.duplicate_check').at(-1)!;
    expect(JSON.parse(audit.detail)).toEqual({ ids: [], references: [bopha.reference] });
    expect(audit.actorId).toBe(team.caseworker.id);
  });

  it('finds a child moved to another commune with names swapped and respelt, outside the scope', async () => {
    const swapped = { givenNameLatin: 'Sokh', familyNameLatin: 'Darah', givenNameKm: 'សុខ', familyNameKm: 'ដារា' };
    const matches = await check(team.ruralCaseworker, swapped, villageIn[TA_PUNG]);
    expect(matches).toEqual([expect.objectContaining({ inScope: false, reference: dara.reference, childName: null, reasons: expect.arrayContaining(['names_swapped']) })]);
  });

  it('finds nothing for a different child', async () => {
    expect(await check(team.caseworker, { ...names.vichet })).toEqual([]);
    expect(await check(team.caseworker, { dateOfBirth: '2004-03-05' })).toEqual([]);
  });

  it('refuses to register a possible duplicate until the person says they reviewed it, then registers and records it', async () => {
    const caller = staffCaller(db, team.colleague);
    const form = intake({ names: { ...names.dara, givenNameLatin: 'Darra' }, villageCode: villageIn[OU_MAL] });
    await expect(caller.cases.register(form)).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringContaining(dara.reference) });
    const before = db.select().from(schema.cases).all().length;
    expect(before).toBe(2);
    const saved = await caller.cases.register({ ...form, duplicatesReviewed: true });
    expect(saved).toMatchObject({ assignedToId: team.colleague.id, reference: expect.stringMatching(/^KR-2026-\d{6}$/) });
    const audit = db.select().from(schema.auditLog).all().filter((a) => a.caseId === saved.caseId);
    expect(audit.map((a) => a.action)).toEqual(['case.register']);
    expect(JSON.parse(audit[0]!.detail)).toMatchObject({ possibleDuplicatesReviewed: [dara.reference] });
  });

  it('gives a caseworker their own registration and refuses assigning it to someone else', async () => {
    const caller = staffCaller(db, team.caseworker);
    const saved = await caller.cases.register(intake({ names: names.vichet }));
    expect(saved.assignedToId).toBe(team.caseworker.id);
    await expect(caller.cases.register(intake({ names: names.thida, assignedToId: team.colleague.id }))).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('refuses a village outside the communes of the person registering', async () => {
    await expect(staffCaller(db, team.caseworker).cases.register(intake({ names: names.thida, villageCode: villageIn[TA_PUNG] }))).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      cause: expect.objectContaining({ messageKey: 'errors.villageOutsideCommune' }),
    });
    const error = await staffCaller(db, team.supervisor).cases.register(intake({ names: names.thida, villageCode: villageIn[TA_PUNG] })).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'BAD_REQUEST', cause: expect.objectContaining({ messageKey: 'errors.villageOutsideCommune', field: 'household.villageCode' }) });
  });

  it('lets a supervisor leave a case unassigned or give it to a caseworker of the commune, not of another', async () => {
    const caller = staffCaller(db, team.supervisor);
    const unassigned = await caller.cases.register(intake({ names: names.thida, villageCode: villageIn[OU_MAL], dateOfBirth: '2010-01-01' }));
    expect(unassigned.assignedToId).toBeNull();
    const error = await caller.cases
      .register(intake({ names: { ...names.thida, givenNameLatin: 'Kanha', givenNameKm: 'កញ្ញា' }, dateOfBirth: '2011-01-01', assignedToId: team.ruralCaseworker.id }))
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ cause: expect.objectContaining({ messageKey: 'errors.transferOutsideCommune', field: 'assignedToId' }) });
    const given = await caller.cases.register(
      intake({ names: { ...names.thida, givenNameLatin: 'Kanha', givenNameKm: 'កញ្ញា' }, dateOfBirth: '2011-01-01', assignedToId: team.colleague.id }),
    );
    expect(given.assignedToId).toBe(team.colleague.id);
  });

  it('says which field is wrong when the form is incomplete', async () => {
    const form = intake({ names: names.thida });
    const error = await staffCaller(db, team.caseworker).cases.register({ ...form, child: { ...form.child, givenNameLatin: '' } }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'BAD_REQUEST' });
    expect(JSON.stringify((error as { cause: { issues: { path: string[] }[] } }).cause.issues.map((i) => i.path.join('.')))).toContain('child.givenNameLatin');
  });

  it('refuses a date of birth after today (the case would show a negative age) and saves nothing', async () => {
    const before = db.select().from(schema.cases).all().length;
    const error = await staffCaller(db, team.caseworker).cases.register(intake({ names: names.thida, dateOfBirth: '2026-11-22' })).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'BAD_REQUEST', cause: expect.objectContaining({ messageKey: 'errors.dateInFuture', field: 'child.dateOfBirth' }) });
    expect(db.select().from(schema.cases).all()).toHaveLength(before);
  });
});
