import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, addMonths, daysBetween, dueStatus, isRealDate } from './calendar';

describe('calendar', () => {
  it('knows real dates, leap years included', () => {
    expect(isRealDate('2024-02-29')).toBe(true);
    expect(isRealDate('2023-02-29')).toBe(false);
    expect(isRealDate('2015-02-30')).toBe(false);
    expect(isRealDate('2015-13-01')).toBe(false);
    expect(isRealDate('15-01-01')).toBe(false);
  });
  it('adds months without running past the end of a month', () => {
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2025-01-31', 3)).toBe('2025-04-30');
    expect(addMonths('2025-11-15', 2)).toBe('2026-01-15');
    expect(addMonths('2025-03-31', -1)).toBe('2025-02-28');
  });
  it('counts days across month and year ends', () => {
    expect(daysBetween('2025-12-30', '2026-01-02')).toBe(3);
    expect(daysBetween('2026-01-02', '2025-12-30')).toBe(-3);
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
  });
  it('addDays and daysBetween agree', () => {
    const date = fc.date({ min: new Date('1990-01-01'), max: new Date('2060-01-01'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(fc.property(date, fc.integer({ min: -2000, max: 2000 }), (d, n) => daysBetween(d, addDays(d, n)) === n));
  });
  it('gives the status of a dated task', () => {
    expect(dueStatus('2026-03-10', '2026-03-09', '2026-03-20')).toBe('done');
    expect(dueStatus('2026-03-10', null, '2026-03-11')).toBe('overdue');
    expect(dueStatus('2026-03-10', null, '2026-03-10')).toBe('due');
    expect(dueStatus('2026-03-10', null, '2026-03-03')).toBe('due');
    expect(dueStatus('2026-03-10', null, '2026-03-02')).toBe('upcoming');
  });
});
