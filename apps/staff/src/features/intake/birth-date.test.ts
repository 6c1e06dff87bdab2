import { describe, expect, it } from 'vitest';
import { ageOn } from '@kruosar/domain';
import { estimatedBirthDate, todayLocal } from './birth-date';

describe('estimatedBirthDate', () => {
  it('gives a date whose age today is the estimate, Khmer digits too', () => {
    expect(estimatedBirthDate('7', '2026-11-21')).toBe('2019-11-21');
    expect(ageOn(estimatedBirthDate('១២', '2026-11-21')!, '2026-11-21')).toBe(12);
    expect(estimatedBirthDate(' 0 ', '2026-11-21')).toBe('2026-11-21');
  });
  it('moves 29 February to the 28th', () => {
    expect(estimatedBirthDate('3', '2028-02-29')).toBe('2025-02-28');
  });
  it('refuses what is not a plausible age', () => {
    for (const text of ['', 'seven', '-2', '7.5', '26', '130']) expect(estimatedBirthDate(text, '2026-11-21')).toBeNull();
  });
});

describe('todayLocal', () => {
  it('uses the local calendar day', () => {
    expect(todayLocal(new Date(2026, 0, 5, 6, 30))).toBe('2026-01-05');
  });
});
