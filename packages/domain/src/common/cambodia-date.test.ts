import { describe, expect, it } from 'vitest';
import { cambodiaToday } from './cambodia-date';

describe('cambodiaToday', () => {
  it('turns the day at 17:00 UTC, midnight in Phnom Penh', () => {
    expect(cambodiaToday(new Date('2026-03-31T16:59:59Z'))).toBe('2026-03-31');
    expect(cambodiaToday(new Date('2026-03-31T17:00:00Z'))).toBe('2026-04-01');
  });

  it('agrees with the Asia/Phnom_Penh time zone across a year', () => {
    const zone = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Phnom_Penh', year: 'numeric', month: '2-digit', day: '2-digit' });
    for (let hour = 0; hour < 366 * 24; hour += 7) {
      const at = new Date(Date.UTC(2026, 0, 1) + hour * 3_600_000);
      expect(cambodiaToday(at)).toBe(zone.format(at));
    }
  });
});
