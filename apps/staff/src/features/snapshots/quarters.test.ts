import { describe, expect, it } from 'vitest';
import { cambodiaToday, endedQuarters, parseQuarter } from './quarters';

describe('endedQuarters', () => {
  it('starts with the quarter before today and crosses years', () => {
    expect(endedQuarters('2026-11-21', 5)).toEqual(['2026-Q3', '2026-Q2', '2026-Q1', '2025-Q4', '2025-Q3']);
    expect(endedQuarters('2027-01-01', 2)).toEqual(['2026-Q4', '2026-Q3']);
    expect(endedQuarters('2026-03-31', 1)).toEqual(['2025-Q4']);
  });
});

describe('cambodiaToday', () => {
  it('counts the day in Phnom Penh (UTC+7)', () => {
    expect(cambodiaToday(new Date('2026-12-31T17:00:00Z'))).toBe('2027-01-01');
  });
});

describe('parseQuarter', () => {
  it('reads yyyy-Qn only', () => {
    expect(parseQuarter('2026-Q4')).toEqual({ year: 2026, number: 4 });
    expect(parseQuarter('2026-Q0')).toBeNull();
  });
});
