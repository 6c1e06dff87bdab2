import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { duplicateNameKeys } from './keys';
import { duplicateScore, findPossibleDuplicates, isPossibleDuplicate, type DuplicateProfile } from './score';

const dara: DuplicateProfile = {
  givenNameKm: 'ដារា', familyNameKm: 'សុខ', givenNameLatin: 'Dara', familyNameLatin: 'Sok',
  sex: 'male', dateOfBirth: '2014-03-05', dateOfBirthEstimated: false, villageCode: '02030301',
};
const variant = (over: Partial<DuplicateProfile>): DuplicateProfile => ({ ...dara, ...over });

describe('duplicateScore: the same child', () => {
  it('recognises a romanisation variant with zero-width spaces in the Khmer', () => {
    const r = duplicateScore(variant({ givenNameLatin: 'Darah', familyNameLatin: 'Sokh', givenNameKm: 'ដារ៉ា\u200b' }), dara);
    expect(r.score).toBe(1);
    expect(isPossibleDuplicate(r)).toBe(true);
    expect(r.reasons).toEqual(expect.arrayContaining(['latin_name_similar', 'khmer_name_similar', 'same_date_of_birth', 'same_sex', 'same_village']));
  });
  it('recognises given and family names entered the other way round, after a move, with an estimated birth date', () => {
    const moved = variant({
      givenNameLatin: 'Sok', familyNameLatin: 'Dara', givenNameKm: 'សុខ', familyNameKm: 'ដារា',
      villageCode: '02040101', dateOfBirth: '2013-06-01', dateOfBirthEstimated: true,
    });
    const r = duplicateScore(moved, dara);
    expect(isPossibleDuplicate(r)).toBe(true);
    expect(r.reasons).toEqual(expect.arrayContaining(['names_swapped', 'date_of_birth_within_estimate']));
    expect(r.parts.place).toBe(0);
  });
  it('recognises a child whose Latin name was badly typed, through the Khmer name', () => {
    const r = duplicateScore(variant({ givenNameLatin: 'Xdra', familyNameLatin: 'Sukk', villageCode: null }), dara);
    expect(r.reasons).toContain('khmer_name_similar');
    expect(isPossibleDuplicate(r)).toBe(true);
  });
  it('forgives a day and month typed the other way round', () => {
    const r = duplicateScore(variant({ dateOfBirth: '2014-05-03' }), dara);
    expect(r.reasons).toContain('date_of_birth_day_month_swapped');
    expect(isPossibleDuplicate(r)).toBe(true);
  });
  it('matches a Latin-only record against a Khmer-only one through the romanisation table', () => {
    const latinOnly = variant({ givenNameKm: '', familyNameKm: '', givenNameLatin: 'Srey Pov', familyNameLatin: 'Chann' });
    const khmerOnly = variant({ givenNameKm: 'ស្រីពៅ', familyNameKm: 'ចាន់', givenNameLatin: '', familyNameLatin: '' });
    const r = duplicateScore(latinOnly, khmerOnly);
    expect(r.reasons).toContain('cross_script_name_similar');
    expect(isPossibleDuplicate(r)).toBe(true);
  });
});

describe('duplicateScore: different children', () => {
  it('keeps a sister apart', () => {
    const sister = variant({ givenNameLatin: 'Sophea', givenNameKm: 'សុភា', sex: 'female', dateOfBirth: '2016-08-01' });
    expect(isPossibleDuplicate(duplicateScore(sister, dara))).toBe(false);
  });
  it('keeps a twin brother with another name apart, though all else agrees', () => {
    const twin = variant({ givenNameLatin: 'Vanna', givenNameKm: 'វណ្ណា' });
    const r = duplicateScore(twin, dara);
    expect(r.parts.dateOfBirth).toBe(1);
    expect(isPossibleDuplicate(r)).toBe(false);
  });
  it('keeps a namesake born years earlier elsewhere apart', () => {
    expect(isPossibleDuplicate(duplicateScore(variant({ dateOfBirth: '2010-11-20', villageCode: '01020304' }), dara))).toBe(false);
  });
  it('keeps a stranger apart', () => {
    const stranger = variant({ givenNameLatin: 'Vanna', familyNameLatin: 'Long', givenNameKm: 'វណ្ណា', familyNameKm: 'ឡុង', sex: 'female' });
    expect(duplicateScore(stranger, dara).score).toBeLessThan(0.4);
  });
});

describe('duplicate search', () => {
  it('lists likely duplicates first and leaves out the rest', () => {
    const registered = [
      { id: 'sister', ...variant({ givenNameLatin: 'Sophea', givenNameKm: 'សុភា', sex: 'female', dateOfBirth: '2016-08-01' }) },
      { id: 'near', ...variant({ givenNameLatin: 'Darah', dateOfBirth: '2014-09-01', villageCode: null }) },
      { id: 'same', ...variant({ familyNameLatin: 'Sokh' }) },
    ];
    expect(findPossibleDuplicates(dara, registered).map((m) => m.child.id)).toEqual(['same', 'near']);
  });
  it('gives a score between 0 and 1 whatever is compared (property)', () => {
    const name = fc.constantFrom('Sok', 'Dara', 'Chan', 'សុខ', 'ដារា', '', 'Vanna (demo)');
    const profile = fc.record({
      givenNameKm: name, familyNameKm: name, givenNameLatin: name, familyNameLatin: name,
      sex: fc.constantFrom('female', 'male', 'other'),
      dateOfBirth: fc.constantFrom('2010-01-31', '2012-12-01', '2014-03-05'),
      dateOfBirthEstimated: fc.boolean(),
      villageCode: fc.constantFrom(null, '02030301', '02030302'),
    }) as fc.Arbitrary<DuplicateProfile>;
    fc.assert(fc.property(profile, profile, (a, b) => {
      const s = duplicateScore(a, b).score;
      return s >= 0 && s <= 1;
    }));
  });
  it('gives name keys that a spelling variant of the same child shares', () => {
    const keys = duplicateNameKeys(dara);
    expect(keys).toEqual(expect.arrayContaining(['suk', 'dara']));
    const other = duplicateNameKeys(variant({ givenNameLatin: 'Darah', familyNameLatin: 'Sokh', givenNameKm: 'ដារ៉ា' }));
    expect(other.filter((k) => keys.includes(k)).length).toBeGreaterThan(0);
  });
});
