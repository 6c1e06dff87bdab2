import { describe, expect, it } from 'vitest';
import { missingImportColumns, readImportRow, sameChildKey } from './caseload-import';

const good = { family_name_latin: 'Sok', given_name_latin: 'Dara', family_name_km: 'សុខ', given_name_km: 'តារា', sex: 'Female', date_of_birth: '2015-03-07', village_code: '02030301', risk_level: 'high' };

describe('caseload import rows', () => {
  it('reads a good row into an intake, with defaults for the columns the export lacks', () => {
    const r = readImportRow({ ...good, 'Protection concerns': 'neglect child_labour', reference: 'KR-1' }, 2, '2026-11-21');
    expect(r.problems).toEqual([]);
    expect(r.input).toMatchObject({ child: { sex: 'female', schoolStatus: 'enrolled', birthRegistration: 'unknown' }, household: { villageCode: '02030301', idPoor: 'not_assessed' }, source: 'intake', protectionConcerns: ['neglect', 'child_labour'] });
  });

  it('names every problem of a row: bad and future dates, bad choices, a malformed village, missing names', () => {
    expect(readImportRow({ ...good, date_of_birth: '2015-02-30' }, 3, '2026-11-21').problems).toEqual([{ column: 'date_of_birth', key: 'badDate', value: '2015-02-30' }]);
    expect(readImportRow({ ...good, date_of_birth: '07/03/2015' }, 3, '2026-11-21').problems[0]!.key).toBe('badDate');
    expect(readImportRow({ ...good, date_of_birth: '2027-01-01' }, 3, '2026-11-21').problems[0]!.key).toBe('futureDate');
    const many = readImportRow({ ...good, sex: 'x', village_code: '123', given_name_km: '', protection_concerns: 'sadness' }, 4, '2026-11-21');
    expect(many.input).toBeNull();
    expect(many.problems.map((p) => `${p.column}:${p.key}`).sort()).toEqual(['given_name_km:required', 'protection_concerns:badChoice', 'sex:badChoice', 'village_code:badVillageCode']);
  });

  it('lists missing required columns, and keys the same child alike', () => {
    expect(missingImportColumns(['Family name latin', 'given_name_latin'])).toEqual(['family_name_km', 'given_name_km', 'sex', 'date_of_birth', 'village_code', 'risk_level']);
    const a = readImportRow(good, 2, '2026-11-21').input!;
    const b = readImportRow({ ...good, family_name_latin: 'SOK' }, 3, '2026-11-21').input!;
    expect(sameChildKey(a)).toBe(sameChildKey(b));
  });
});
