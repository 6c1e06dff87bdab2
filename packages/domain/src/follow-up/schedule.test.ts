import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { daysBetween } from '../case-workflow/calendar';
import { followUpStatus, followUpsDueThisWeek, overdueFollowUps, scheduleFollowUps } from './schedule';
import { FollowUpVisitInput } from './schemas';

describe('scheduleFollowUps', () => {
  it('schedules monthly for 6 months then quarterly to 24 months after a reunification', () => {
    expect(scheduleFollowUps({ startDate: '2026-01-15' })).toEqual([
      '2026-02-15', '2026-03-15', '2026-04-15', '2026-05-15', '2026-06-15', '2026-07-15',
      '2026-10-15', '2027-01-15', '2027-04-15', '2027-07-15', '2027-10-15', '2028-01-15',
    ]);
  });
  it('stays on the last day of short months without drifting', () => {
    const dates = scheduleFollowUps({ startDate: '2026-01-31' });
    expect(dates.slice(0, 4)).toEqual(['2026-02-28', '2026-03-31', '2026-04-30', '2026-05-31']);
    expect(dates.at(-1)).toBe('2028-01-31');
    expect(scheduleFollowUps({ startDate: '2027-11-30' })[2]).toBe('2028-02-29');
  });
  it('follows the months the plan sets instead', () => {
    expect(scheduleFollowUps({ startDate: '2026-01-15' }, { overrideMonths: [6, 3, 3, 12] })).toEqual(['2026-04-15', '2026-07-15', '2027-01-15']);
    expect(() => scheduleFollowUps({ startDate: '2026-01-15' }, { overrideMonths: [0] })).toThrow(expect.objectContaining({ field: 'overrideMonths' }));
    expect(() => scheduleFollowUps({ startDate: '2026-01-15' }, { overrideMonths: [1.5] })).toThrow(/whole number/);
  });
  it('gives increasing dates, each in its month after the start (property)', () => {
    const date = fc.date({ min: new Date('2000-01-01'), max: new Date('2080-01-01'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(date, (start) => {
        const dates = scheduleFollowUps({ startDate: start });
        expect(dates).toHaveLength(12);
        dates.forEach((d, i) => {
          if (i > 0) expect(d > dates[i - 1]!).toBe(true);
        });
        expect(daysBetween(start, dates[0]!)).toBeGreaterThanOrEqual(28);
        expect(daysBetween(start, dates[0]!)).toBeLessThanOrEqual(31);
      }),
    );
  });
});

describe('follow-up status and lists', () => {
  const today = '2026-03-10';
  const visits = [
    { id: 'a', dueDate: '2026-03-01', doneOn: null },
    { id: 'b', dueDate: '2026-03-17', doneOn: null },
    { id: 'c', dueDate: '2026-03-18', doneOn: null },
    { id: 'd', dueDate: '2026-03-05', doneOn: '2026-03-06' },
    { id: 'e', dueDate: '2026-02-01', doneOn: null },
    { id: 'f', dueDate: '2026-03-10', doneOn: null },
    { id: 'g', dueDate: '2026-03-02', doneOn: null, cancelledOn: '2026-02-20' },
    { id: 'h', dueDate: '2026-03-12', doneOn: null, cancelledOn: '2026-02-20' },
  ];
  it('gives each visit its status', () => {
    expect(visits.slice(0, 6).map((v) => followUpStatus(v.dueDate, v.doneOn, today))).toEqual(['overdue', 'due', 'upcoming', 'done', 'overdue', 'due']);
  });
  it('lists due this week and overdue, soonest or oldest first, leaving cancelled visits out', () => {
    expect(followUpsDueThisWeek(visits, today).map((v) => v.id)).toEqual(['f', 'b']);
    expect(overdueFollowUps(visits, today).map((v) => v.id)).toEqual(['e', 'a']);
  });
});

describe('FollowUpVisitInput', () => {
  it('names each missing field', () => {
    const issues = FollowUpVisitInput.safeParse({ doneOn: '2026-03-10' }).error?.issues ?? [];
    expect(issues.map((i) => i.message)).toEqual([
      'Child seen: answer yes or no',
      expect.stringMatching(/^Wellbeing: choose one of/),
      'Visit notes is required',
    ]);
  });
});
