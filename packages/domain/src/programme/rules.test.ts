import { describe, expect, it } from 'vitest';
import { findPossibleDuplicates } from '../duplicates/score';
import { attendanceChanges, participantCode, participantProfile, quarterOfDate } from './rules';
import { AttendanceInput, ParticipantInput } from './schemas';

const sokha = { givenNameKm: 'សុខា', familyNameKm: 'ចាន់', givenNameLatin: 'Sokha', familyNameLatin: 'Chan', sex: 'female' as const, birthYear: 2016, villageCode: '02030301' };

describe('participant duplicates', () => {
  it('finds a registered child born within a year of the year given, across spellings', () => {
    const registered = [
      { id: 'a', givenNameKm: 'សុខា', familyNameKm: 'ចាន់', givenNameLatin: 'Sokhaa', familyNameLatin: 'Chan', sex: 'female' as const, dateOfBirth: '2016-02-11', dateOfBirthEstimated: false, villageCode: '02030301' },
      { id: 'b', givenNameKm: 'ដារា', familyNameKm: 'សុខ', givenNameLatin: 'Dara', familyNameLatin: 'Sok', sex: 'male' as const, dateOfBirth: '2016-02-11', dateOfBirthEstimated: false, villageCode: '02030301' },
      { id: 'c', givenNameKm: 'សុខា', familyNameKm: 'ចាន់', givenNameLatin: 'Sokha', familyNameLatin: 'Chan', sex: 'female' as const, dateOfBirth: '2009-02-11', dateOfBirthEstimated: false, villageCode: '02080401' },
    ];
    const found = findPossibleDuplicates(participantProfile(sokha), registered);
    expect(found.map((m) => m.child.id)).toEqual(['a']);
  });

  it('puts the year of birth in the middle of the year, estimated, and the commune from the village code', () => {
    expect(participantProfile(sokha)).toMatchObject({ dateOfBirth: '2016-07-01', dateOfBirthEstimated: true, communeCode: '020303' });
  });
});

describe('attendance', () => {
  it('says who was added and removed, counting a child ticked twice once', () => {
    expect(attendanceChanges(['a', 'b', 'c'], ['b', 'c', 'd', 'd'])).toEqual({ added: ['d'], removed: ['a'], kept: ['b', 'c'] });
  });

  it('refuses a list over the limit and a registration without consent', () => {
    expect(AttendanceInput.safeParse({ sessionId: 's', expectedVersion: 0, participantIds: Array.from({ length: 301 }, (_, i) => `p${i}`) }).success).toBe(false);
    const noConsent = ParticipantInput.safeParse({ ...sokha, consent: false });
    expect(noConsent.success).toBe(false);
    expect(noConsent.error?.issues[0]?.path).toEqual(['consent']);
    expect(ParticipantInput.safeParse({ ...sokha, consent: true }).success).toBe(true);
  });
});

describe('quarters and codes', () => {
  it('puts a date in its quarter', () => {
    expect(['2026-01-01', '2026-03-31', '2026-04-01', '2026-09-30', '2026-12-31'].map(quarterOfDate)).toEqual([1, 1, 2, 3, 4]);
  });
  it('makes a code from a serial', () => {
    expect(participantCode(123)).toBe('P-000123');
  });
});
