import { describe, expect, it } from 'vitest';
import { firstContactDueAt, isPastFirstContactTarget } from './risk';

describe('first-contact targets', () => {
  const registeredAt = '2026-01-01T08:00:00.000Z';
  it('gives 24 h, 72 h and 7 days by risk', () => {
    expect(firstContactDueAt(registeredAt, 'high')).toBe('2026-01-02T08:00:00.000Z');
    expect(firstContactDueAt(registeredAt, 'medium')).toBe('2026-01-04T08:00:00.000Z');
    expect(firstContactDueAt(registeredAt, 'low')).toBe('2026-01-08T08:00:00.000Z');
  });
  it('flags a high-risk case not contacted after 25 hours, but not a contacted one', () => {
    const now = '2026-01-02T09:00:00.000Z';
    expect(isPastFirstContactTarget({ registeredAt, riskLevel: 'high', firstContactAt: null }, now)).toBe(true);
    expect(isPastFirstContactTarget({ registeredAt, riskLevel: 'medium', firstContactAt: null }, now)).toBe(false);
    expect(isPastFirstContactTarget({ registeredAt, riskLevel: 'high', firstContactAt: '2026-01-01T10:00:00.000Z' }, now)).toBe(false);
  });
});
