// Importing a caseload from real CSV and XLSX files (made here with papaparse and exceljs) into a real SQLite file.
import { afterAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { createTestDatabase } from '@kruosar/db/testing';
import { battambangDemoUnits, schema, upsertGeoUnits } from '@kruosar/db';
import type { CurrentUser } from '@kruosar/domain';
import { createCallerFactory } from '../trpc';
import { staffRouter } from '../portals/staff';
import { makeUser, testContext } from '../testing';

const header = ['reference', 'family_name_latin', 'given_name_latin', 'family_name_km', 'given_name_km', 'sex', 'date_of_birth', 'village_code', 'risk_level', 'protection_concerns'];

describe('caseload import', () => {
  const { db, cleanup } = createTestDatabase();
  afterAll(cleanup);
  const units = battambangDemoUnits();
  upsertGeoUnits(db, units);
  const villages = units.filter((u) => u.level === 'village');
  const village = villages[0]!;
  const otherCommuneVillage = villages.find((v) => v.parentCode !== village.parentCode)!;
  const admin = makeUser(db, 'admin');
  const supervisor = makeUser(db, 'supervisor', [village.parentCode!]);
  const caseworker = makeUser(db, 'caseworker', [village.parentCode!]);
  const as = (user: CurrentUser) => createCallerFactory(staffRouter)(testContext(db, 'staff', user));
  const names = ['Dara', 'Sophea', 'Vuthy', 'Chenda', 'Rithy', 'Bopha', 'Kosal', 'Sreymom', 'Pisey', 'Nimol'];
  const row = (i: number, over: Partial<Record<string, string | Date>> = {}) => ({
    reference: `OLD-${i}`, family_name_latin: `Family${i}`, given_name_latin: names[i % 10]!, family_name_km: 'សុខ', given_name_km: 'តារា', sex: i % 2 ? 'male' : 'female',
    date_of_birth: `20${String(10 + (i % 8)).padStart(2, '0')}-0${1 + (i % 9)}-1${i % 9}`, village_code: village.code, risk_level: 'medium', protection_concerns: 'neglect', ...over,
  });

  async function xlsx(rows: Record<string, string | Date>[]): Promise<string> {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Caseload');
    sheet.addRow(header);
    for (const r of rows) sheet.addRow(header.map((h) => r[h] ?? ''));
    return Buffer.from(await book.xlsx.writeBuffer()).toString('base64');
  }

  it('dry-runs an XLSX file, naming each bad row\'s problem, then imports the valid rows in one go', async () => {
    const rows = Array.from({ length: 20 }, (_, i) => row(i));
    rows[3] = row(3, { village_code: '99999999' });
    rows[7] = row(7, { date_of_birth: '2015-13-40' });
    rows[11] = row(11, { date_of_birth: new Date('2016-04-05T00:00:00Z') });
    rows[15] = { ...row(2) };
    const file = { fileName: 'old.xlsx', format: 'xlsx' as const, contentBase64: await xlsx(rows) };
    const dry = await as(admin).imports.dryRun(file);
    expect(dry).toMatchObject({ total: 20, valid: 17, missingColumns: [] });
    expect(dry.rows.map((r) => [r.line, r.problems.map((p) => p.key)])).toEqual([[5, ['unknownVillage']], [9, ['badDate']], [17, ['duplicateInFile']]]);
    expect(db.select().from(schema.cases).all()).toHaveLength(0);

    const done = await as(admin).imports.run(file);
    expect(done).toMatchObject({ imported: 17, skipped: 3 });
    expect(db.select().from(schema.cases).all()).toHaveLength(17);
    const dated = db.select().from(schema.children).all().find((c) => c.familyNameLatin === 'Family11')!;
    expect(dated.dateOfBirth).toBe('2016-04-05');
    expect(db.select().from(schema.auditLog).all().filter((a) => a.action === 'case.import')).toHaveLength(1);

    // The same file again: every row is now a possible duplicate of what was imported.
    const again = await as(admin).imports.dryRun(file);
    expect(again.valid).toBe(0);
    expect(again.rows.find((r) => r.line === 2)!.problems[0]).toMatchObject({ key: 'possibleDuplicate' });
  });

  it('reads CSV (with a byte-order mark), reports missing columns and villages outside the importer\'s communes', async () => {
    const csv = `\uFEFF${Papa.unparse([row(30, { given_name_latin: 'Makara', family_name_latin: 'Chea', family_name_km: 'ជា', given_name_km: 'មករា' }), row(31, { village_code: otherCommuneVillage.code, given_name_latin: 'Samnang', family_name_latin: 'Ouk', family_name_km: 'អ៊ុក', given_name_km: 'សំណាង' })])}`;
    const file = { fileName: 'old.csv', format: 'csv' as const, contentBase64: Buffer.from(csv).toString('base64') };
    const dry = await as(supervisor).imports.dryRun(file);
    expect(dry).toMatchObject({ total: 2, valid: 1 });
    expect(dry.rows[0]).toMatchObject({ line: 3, problems: [{ key: 'villageOutsideScope' }] });
    const missing = await as(admin).imports.dryRun({ ...file, contentBase64: Buffer.from('name,age\nx,1\n').toString('base64') });
    expect(missing.missingColumns).toContain('date_of_birth');
    await expect(as(admin).imports.dryRun({ fileName: 'x.xlsx', format: 'xlsx', contentBase64: Buffer.from('not a workbook').toString('base64') })).rejects.toMatchObject({ cause: expect.objectContaining({ messageKey: 'errors.importUnreadable' }) });
    await expect(as(caseworker).imports.dryRun(file)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
