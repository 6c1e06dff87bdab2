// Roles without names (analysts) may not sort or filter the de-identified caseload by name: the order alone
// would tell them whose record is where.
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '@kruosar/db/testing';
import { CaseExportInput, CaseloadInput } from '@kruosar/domain';
import { intake, names, registerQuietly, seedTeam, staffCaller } from './case-fixtures';

describe('caseload: no name-derived queries without names', () => {
  const { db, cleanup } = createTestDatabase();
  afterAll(cleanup);
  const team = seedTeam(db);
  for (const n of [names.dara, names.bopha, names.vichet]) registerQuietly(db, team.caseworker, intake({ names: n }), new Date('2026-11-20T08:00:00.000Z'));
  const refused = { code: 'FORBIDDEN', message: expect.stringMatching(/name/i) };

  it('refuses an analyst the sort by child name, in the list and the export, with a clear error', async () => {
    const analyst = staffCaller(db, team.analyst);
    await expect(analyst.cases.list(CaseloadInput.parse({ sort: 'childName', direction: 'asc' }))).rejects.toMatchObject(refused);
    await expect(analyst.cases.exportCsv(CaseExportInput.parse({ sort: 'childName' }))).rejects.toMatchObject(refused);
  });

  it('refuses an analyst a search by name, but not by reference', async () => {
    const analyst = staffCaller(db, team.analyst);
    await expect(analyst.cases.list(CaseloadInput.parse({ search: 'keo' }))).rejects.toMatchObject(refused);
    await expect(analyst.cases.list(CaseloadInput.parse({ search: '2026' }))).resolves.toMatchObject({ total: expect.any(Number) });
  });

  it('still sorts by name for the case team', async () => {
    const page = await staffCaller(db, team.admin).cases.list(CaseloadInput.parse({ sort: 'childName', direction: 'asc' }));
    expect(page.items.map((c) => c.childName)).toEqual(['Keo Bopha', 'Lim Vichet', 'Sok Dara']);
  });
});
