import { afterAll, describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { createTestDatabase } from '@kruosar/db/testing';
import { schema } from '@kruosar/db';
import { OU_MAL, TA_PUNG, intake, names, registerQuietly, seedTeam, staffCaller, villageIn } from './case-fixtures';

const parse = (csv: string) => {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  return Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true }).data;
};

describe('cases.exportCsv', () => {
  const { db, cleanup } = createTestDatabase();
  afterAll(cleanup);
  const team = seedTeam(db);
  const dara = registerQuietly(db, team.caseworker, intake({ riskLevel: 'high' }));
  registerQuietly(db, team.caseworker, intake({ names: { ...names.bopha, givenNameLatin: '=HYPERLINK("x")' }, villageCode: villageIn[OU_MAL], sex: 'female', dateOfBirth: '2010-01-15' }));
  registerQuietly(db, team.ruralCaseworker, intake({ names: names.thida, villageCode: villageIn[TA_PUNG], sex: 'female' }));

  it('gives the case team identifiers, in Khmer and Latin, for the cases in their scope only', async () => {
    const out = await staffCaller(db, team.supervisor).cases.exportCsv({ sort: 'reference', direction: 'asc' });
    expect(out).toMatchObject({ identified: true, rows: 2, filename: 'kruosar-caseload-2026-11-21.csv' });
    const rows = parse(out.csv);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      reference: dara.reference, family_name_latin: 'Sok', given_name_latin: 'Dara', family_name_km: 'សុខ', given_name_km: 'ដារា',
      date_of_birth: '2014-03-05', age: '12', commune: 'Rottanak', risk_level: 'high', protection_concerns: 'neglect',
      assigned_to: team.caseworker.displayName, past_first_contact_target: 'false',
    });
    // A name that looks like a formula is written so a spreadsheet shows it as text.
    expect(rows[1]!.given_name_latin).toBe(`'=HYPERLINK("x")`);
  });

  it('gives analysts de-identified rows: no names, dates of birth, references or villages', async () => {
    const out = await staffCaller(db, team.analyst).cases.exportCsv({ sort: 'registeredAt', direction: 'desc' });
    expect(out).toMatchObject({ identified: false, rows: 3, filename: 'kruosar-caseload-deidentified-2026-11-21.csv' });
    const rows = parse(out.csv);
    expect(Object.keys(rows[0]!)).toEqual(['commune_code', 'commune', 'sex', 'age_band', 'status', 'stage', 'risk_level', 'protection_concerns', 'source', 'registered_month', 'past_first_contact_target']);
    expect(rows.map((r) => r.age_band).sort()).toEqual(['10-14', '10-14', '15-17']);
    for (const text of ['Dara', 'ដារា', 'Bopha', 'Thida', '2014-03-05', dara.reference, villageIn[OU_MAL]]) expect(out.csv).not.toContain(text);
  });

  it('applies the filters, has no cap, and audits who exported what', async () => {
    const out = await staffCaller(db, team.admin).cases.exportCsv({ sort: 'registeredAt', direction: 'desc', riskLevel: 'high' });
    expect(parse(out.csv).map((r) => r.reference)).toEqual([dara.reference]);
    const audit = db.select().from(schema.auditLog).all().filter((a) => a.action === 'case.export');
    expect(audit.map((a) => JSON.parse(a.detail) as { rows: number; identified: boolean; ids?: string[] })).toEqual([
      expect.objectContaining({ rows: 2, identified: true, ids: expect.any(Array) }),
      expect.not.objectContaining({ ids: expect.anything() }),
      expect.objectContaining({ rows: 1, identified: true, ids: [dara.caseId] }),
    ]);
  });
});
