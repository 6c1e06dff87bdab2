import { describe, expect, it } from 'vitest';
import { hoursNeedReason, shiftHasEnded, shiftLengthHours } from './shifts';

// 2026-12-05 10:00 in Cambodia (UTC+7).
const now = new Date('2026-12-05T03:00:00.000Z');

describe('shiftHasEnded', () => {
  it('is true for an earlier day and for a shift today whose end time has passed in Cambodia', () => {
    expect(shiftHasEnded({ shiftDate: '2026-12-04', endTime: '23:59' }, now)).toBe(true);
    expect(shiftHasEnded({ shiftDate: '2026-12-05', endTime: '09:30' }, now)).toBe(true);
    expect(shiftHasEnded({ shiftDate: '2026-12-05', endTime: '10:00' }, now)).toBe(true);
  });
  it('is false for a shift later today or on a later day', () => {
    expect(shiftHasEnded({ shiftDate: '2026-12-05', endTime: '10:01' }, now)).toBe(false);
    expect(shiftHasEnded({ shiftDate: '2026-12-06', endTime: '08:00' }, now)).toBe(false);
  });
  it('counts the day in Cambodia, not in UTC', () => {
    // 18:30 UTC on the 4th is 01:30 on the 5th in Cambodia: the 4th's shifts have ended.
    expect(shiftHasEnded({ shiftDate: '2026-12-04', endTime: '23:00' }, new Date('2026-12-04T18:30:00.000Z'))).toBe(true);
  });
});

describe('shift length and hours', () => {
  it('measures a shift in hours', () => {
    expect(shiftLengthHours({ startTime: '08:00', endTime: '11:30' })).toBe(3.5);
  });
  it('asks a reason only for more hours than the shift lasted', () => {
    const shift = { startTime: '08:00', endTime: '11:30' };
    expect(hoursNeedReason(3.5, shift, '')).toBe(false);
    expect(hoursNeedReason(4, shift, '  ')).toBe(true);
    expect(hoursNeedReason(4, shift, 'Stayed to clean up')).toBe(false);
  });
});
