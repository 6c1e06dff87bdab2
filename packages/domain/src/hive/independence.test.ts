import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  countMeetingsInLastSixMonths,
  HiveMilestones,
  independenceIndex,
  independenceWeights,
  progressTo2032,
  shareOfNeedsResolvedLocally,
  type IndependenceProgress,
} from './independence';

const none: HiveMilestones = {
  committeeFormed: false,
  volunteersTrained: 0,
  volunteersTarget: 10,
  meetingsHeldLast6Months: 0,
  shareOfNeedsResolvedLocally: 0,
  budgetLineAdopted: false,
  referralPathwayMapped: false,
};
const all: HiveMilestones = { ...none, committeeFormed: true, volunteersTrained: 10, meetingsHeldLast6Months: 6, shareOfNeedsResolvedLocally: 1, budgetLineAdopted: true, referralPathwayMapped: true };

describe('independenceIndex', () => {
  it('runs from 0 to 100 with weights that add up to 100', () => {
    expect(Object.values(independenceWeights).reduce((s, w) => s + w, 0)).toBe(100);
    expect(independenceIndex(none)).toBe(0);
    expect(independenceIndex(all)).toBe(100);
    expect(independenceIndex({ ...all, volunteersTrained: 40, meetingsHeldLast6Months: 12 })).toBe(100);
  });

  it('counts partial progress in proportion', () => {
    // 15 committee + 20 x 5/10 volunteers + 15 x 3/6 meetings + 25 x 0.4 share + 10 pathway.
    const m = { ...none, committeeFormed: true, volunteersTrained: 5, meetingsHeldLast6Months: 3, shareOfNeedsResolvedLocally: 0.4, referralPathwayMapped: true };
    expect(independenceIndex(m)).toBe(52.5);
    expect(independenceIndex({ ...none, budgetLineAdopted: true })).toBe(15);
  });

  it('never goes down when a milestone improves', () => {
    const milestones = fc.record({
      committeeFormed: fc.boolean(),
      volunteersTrained: fc.nat(50),
      volunteersTarget: fc.integer({ min: 1, max: 50 }),
      meetingsHeldLast6Months: fc.nat(12),
      shareOfNeedsResolvedLocally: fc.double({ min: 0, max: 1, noNaN: true }),
      budgetLineAdopted: fc.boolean(),
      referralPathwayMapped: fc.boolean(),
    });
    const improvement = fc.record({
      committeeFormed: fc.boolean(),
      volunteersTrained: fc.nat(20),
      meetingsHeldLast6Months: fc.nat(6),
      shareOfNeedsResolvedLocally: fc.double({ min: 0, max: 1, noNaN: true }),
      budgetLineAdopted: fc.boolean(),
      referralPathwayMapped: fc.boolean(),
    });
    fc.assert(
      fc.property(milestones, improvement, (m, up) => {
        const better: HiveMilestones = {
          committeeFormed: m.committeeFormed || up.committeeFormed,
          volunteersTrained: m.volunteersTrained + up.volunteersTrained,
          volunteersTarget: m.volunteersTarget,
          meetingsHeldLast6Months: m.meetingsHeldLast6Months + up.meetingsHeldLast6Months,
          shareOfNeedsResolvedLocally: Math.min(1, m.shareOfNeedsResolvedLocally + up.shareOfNeedsResolvedLocally * (1 - m.shareOfNeedsResolvedLocally)),
          budgetLineAdopted: m.budgetLineAdopted || up.budgetLineAdopted,
          referralPathwayMapped: m.referralPathwayMapped || up.referralPathwayMapped,
        };
        const [before, after] = [independenceIndex(m), independenceIndex(better)];
        expect(after).toBeGreaterThanOrEqual(before);
        expect(before).toBeGreaterThanOrEqual(0);
        expect(after).toBeLessThanOrEqual(100);
      }),
    );
  });
});

describe('HiveMilestones', () => {
  it('accepts counts typed in Khmer digits and refuses empty or impossible ones', () => {
    const typed = { ...none, volunteersTrained: '១២', volunteersTarget: '២០', meetingsHeldLast6Months: '៣' };
    expect(HiveMilestones.parse(typed)).toMatchObject({ volunteersTrained: 12, volunteersTarget: 20, meetingsHeldLast6Months: 3 });
    expect(HiveMilestones.safeParse({ ...typed, volunteersTrained: '' }).success).toBe(false);
    expect(HiveMilestones.safeParse({ ...none, volunteersTarget: 0 }).success).toBe(false);
    expect(HiveMilestones.safeParse({ ...none, meetingsHeldLast6Months: -1 }).success).toBe(false);
    expect(HiveMilestones.safeParse({ ...none, shareOfNeedsResolvedLocally: 1.2 }).success).toBe(false);
  });
});

describe('milestone facts', () => {
  it('counts the meetings of the last six calendar months', () => {
    const dates = ['2026-01-15', '2026-01-16', '2026-04-01', '2026-07-15', '2026-07-16'];
    expect(countMeetingsInLastSixMonths(dates, '2026-07-15')).toBe(3);
  });
  it('gives the share of decided needs the commune resolved itself', () => {
    expect(shareOfNeedsResolvedLocally(['resolved', 'resolved', 'referred', 'linked_to_case', 'not_actionable', 'received'])).toBe(0.5);
    expect(shareOfNeedsResolvedLocally(['received', 'not_actionable'])).toBe(0);
  });
});

describe('progressTo2032', () => {
  const trend = (p: IndependenceProgress) => (p.status === 'on_track' || p.status === 'behind' ? p : undefined);

  it('needs two dates to see a pace', () => {
    expect(progressTo2032([], '2026-06-01')).toEqual({ status: 'not_enough_history', latestIndex: null });
    expect(progressTo2032([{ date: '2026-01-01', index: 20 }], '2026-06-01')).toEqual({ status: 'not_enough_history', latestIndex: 20 });
    expect(progressTo2032([{ date: '2026-01-01', index: 20 }, { date: '2026-01-01', index: 30 }], '2026-06-01').status).toBe('not_enough_history');
    expect(progressTo2032([{ date: '2026-01-01', index: 100 }], '2026-06-01')).toEqual({ status: 'reached', latestIndex: 100 });
  });

  it('is on track when its pace carries it to 100 by the end of 2032', () => {
    const p = trend(progressTo2032([{ date: '2026-01-01', index: 10 }, { date: '2027-01-01', index: 25 }], '2027-02-01'));
    expect(p?.status).toBe('on_track');
    expect(p?.pointsPerYear).toBeCloseTo(15, 1);
    expect(p?.projectedIndexAtDeadline).toBe(100);
    // 75 points to go at 15 a (365-day) year from 2027-01-01: 1825 days.
    expect(p?.projectedDateOf100).toBe('2031-12-31');
  });

  it('is behind when it is not, and says what pace it would need', () => {
    const p = trend(progressTo2032([{ date: '2026-01-01', index: 10 }, { date: '2027-01-01', index: 15 }], '2027-01-01'));
    expect(p?.status).toBe('behind');
    expect(p?.projectedIndexAtDeadline).toBeCloseTo(15 + 5 * 6, 0);
    expect(p?.requiredPointsPerYear).toBeCloseTo(85 / 6, 1);
  });

  it('uses the whole history for the pace, so one odd reading does not swing it, and ignores future points', () => {
    const history = [
      { date: '2026-01-01', index: 10 },
      { date: '2026-07-01', index: 14 },
      { date: '2027-01-01', index: 60 },
      { date: '2027-07-01', index: 20 },
      { date: '2028-01-01', index: 24 },
      { date: '2031-01-01', index: 100 },
    ];
    const p = trend(progressTo2032(history, '2028-01-01'));
    expect(p?.latestIndex).toBe(24);
    expect(p?.status).toBe('behind');
    expect(p?.pointsPerYear).toBeLessThan(15);
  });

  it('is behind after the deadline unless it reached 100, and never crashes on a crawling or falling pace', () => {
    const late = trend(progressTo2032([{ date: '2032-01-01', index: 80 }, { date: '2033-01-01', index: 99 }], '2033-02-01'));
    expect(late?.status).toBe('behind');
    expect(late?.requiredPointsPerYear).toBeNull();
    expect(progressTo2032([{ date: '2032-01-01', index: 80 }, { date: '2033-01-01', index: 100 }], '2033-02-01').status).toBe('reached');
    const falling = trend(progressTo2032([{ date: '2026-01-01', index: 40 }, { date: '2027-01-01', index: 30 }], '2027-01-01'));
    expect(falling?.projectedDateOf100).toBeNull();
    expect(falling?.projectedIndexAtDeadline).toBe(0);
    const crawling = trend(progressTo2032([{ date: '2000-01-01', index: 10 }, { date: '2027-01-01', index: 10.1 }], '2027-01-01'));
    expect(crawling?.status).toBe('behind');
    expect(crawling?.projectedDateOf100).toBeNull();
  });
});
