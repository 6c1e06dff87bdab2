import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber, formatYear } from './format';

describe('formatNumber', () => {
  it('groups thousands by default, in each language', () => {
    expect(formatNumber(1235, 'en')).toBe('1,235');
    expect(formatNumber(1234567, 'km')).toMatch(/^1\D234\D567$/);
  });
  it('writes Khmer digits when asked', () => {
    expect(formatNumber(2032, 'km', { digits: 'khmer', grouping: false })).toBe('២០៣២');
    expect(formatNumber(1235, 'km', { digits: 'khmer' })).toMatch(/^១\D២៣៥$/);
  });
  it('keeps Latin digits by default in Khmer', () => {
    expect(formatNumber(12, 'km')).toBe('12');
  });
});

describe('formatYear', () => {
  it('never groups a year', () => {
    expect(formatYear(2032, 'en')).toBe('2032');
    expect(formatYear(2032, 'km')).toBe('2032');
    expect(formatYear(2032, 'km', 'khmer')).toBe('២០៣២');
  });
});

describe('formatDate', () => {
  it('shows a calendar date without shifting it across time zones', () => {
    expect(formatDate('2015-03-07', 'en')).toBe('7 Mar 2015');
    expect(formatDate('2015-03-07', 'en', { style: 'long' })).toBe('7 March 2015');
  });
  it('shows an instant in Phnom Penh time', () => {
    // 20:30 UTC on 31 December is already 1 January in Cambodia (UTC+7).
    expect(formatDate('2025-12-31T20:30:00Z', 'en', { withTime: true })).toBe('1 Jan 2026, 03:30');
  });
  it('writes Khmer month names, and Khmer digits when asked', () => {
    const latin = formatDate('2026-11-21', 'km', { style: 'long' });
    expect(latin).toContain('វិច្ឆិកា');
    expect(latin).toContain('2026');
    expect(formatDate('2026-11-21', 'km', { style: 'long', digits: 'khmer' })).toContain('២០២៦');
  });
  it('returns a non-date string unchanged rather than "Invalid Date"', () => {
    expect(formatDate('not a date', 'en')).toBe('not a date');
  });
});
