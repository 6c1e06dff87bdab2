import { describe, expect, it } from 'vitest';
import { shiftReminderDue, shiftReminderMail, shiftStartsAt } from './reminders';

const shift = { title: 'Reading club', shiftDate: '2026-12-06', startTime: '08:00', endTime: '11:30', place: 'Svay Pao' };

describe('shift reminders', () => {
  it('read shift times as Cambodian time (UTC+7)', () => {
    expect(shiftStartsAt(shift).toISOString()).toBe('2026-12-06T01:00:00.000Z');
  });
  it('are due from 24 hours before the start until the start', () => {
    expect(shiftReminderDue(shift, new Date('2026-12-05T00:59:00.000Z'))).toBe(false);
    expect(shiftReminderDue(shift, new Date('2026-12-05T01:00:00.000Z'))).toBe(true);
    expect(shiftReminderDue(shift, new Date('2026-12-06T00:59:00.000Z'))).toBe(true);
    expect(shiftReminderDue(shift, new Date('2026-12-06T01:00:00.000Z'))).toBe(false);
  });
  it('speak the volunteer’s language, with Khmer digits in Khmer', () => {
    const en = shiftReminderMail(shift, { locale: 'en', link: 'L' });
    expect(en.subject).toBe('Reminder: your volunteer shift "Reading club" tomorrow');
    expect(en.body).toContain('When: 06/12/2026 08:00–11:30');
    const km = shiftReminderMail(shift, { locale: 'km', link: 'L' });
    expect(km.subject).toContain('ការរំលឹក');
    expect(km.body).toContain('០៦/១២/២០២៦ ០៨:០០–១១:៣០');
    expect(km.body).toContain('L');
  });
});
