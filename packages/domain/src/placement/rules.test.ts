import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays } from '../case-workflow/calendar';
import { assertNoOverlap, isFamilyBased, isReunification, placementOn, previousPlacement } from './rules';
import { PlacementInput, placementTypes } from './schemas';

describe('family-based care and reunification', () => {
  it('knows which placements are family-based', () => {
    expect(placementTypes.filter(isFamilyBased)).toEqual([
      'biological_family', 'kinship_care', 'foster_care_emergency', 'foster_care_long_term', 'domestic_adoption',
    ]);
  });
  it('calls a move from residential care to any family a reunification, and nothing else', () => {
    expect(isReunification('residential_care', 'biological_family')).toBe(true);
    expect(isReunification('residential_care', 'kinship_care')).toBe(true);
    expect(isReunification('residential_care', 'independent_living')).toBe(false);
    expect(isReunification('foster_care_emergency', 'biological_family')).toBe(false);
    expect(isReunification(null, 'biological_family')).toBe(false);
  });
});

describe('assertNoOverlap', () => {
  it('accepts a history where each move starts the day the last placement ended', () => {
    expect(() =>
      assertNoOverlap([
        { startDate: '2024-05-01', endDate: null },
        { startDate: '2022-01-10', endDate: '2024-05-01' },
      ]),
    ).not.toThrow();
  });
  it('refuses overlapping or open-ended earlier placements, naming the start date', () => {
    const overlapping = [
      { startDate: '2022-01-10', endDate: '2024-05-01' },
      { startDate: '2024-04-01', endDate: null },
    ];
    expect(() => assertNoOverlap(overlapping)).toThrow(expect.objectContaining({ messageKey: 'errors.placementOverlap', field: 'startDate' }));
    expect(() => assertNoOverlap([{ startDate: '2022-01-10', endDate: null }, { startDate: '2024-04-01', endDate: null }])).toThrow(/no end date/);
  });
  it('accepts any back-to-back history and refuses it once one placement is stretched into the next (property)', () => {
    const lengths = fc.array(fc.integer({ min: 1, max: 800 }), { minLength: 2, maxLength: 8 });
    fc.assert(
      fc.property(lengths, fc.nat(), fc.integer({ min: 1, max: 30 }), (days, pick, stretch) => {
        let start = '2015-01-01';
        const history = days.map((d, i) => {
          const end = i === days.length - 1 ? null : addDays(start, d);
          const p = { startDate: start, endDate: end };
          start = end ?? start;
          return p;
        });
        assertNoOverlap(history);
        const i = pick % (history.length - 1);
        const stretched = history.map((p, j) => (j === i ? { ...p, endDate: addDays(p.endDate!, stretch) } : p));
        expect(() => assertNoOverlap(stretched)).toThrow();
      }),
    );
  });
});

describe('placement history', () => {
  const history = [
    { id: 'rc', type: 'residential_care', startDate: '2020-02-01', endDate: '2024-05-01' },
    { id: 'home', type: 'biological_family', startDate: '2024-05-01', endDate: null },
  ];
  it('finds where the child lived on a day and what came before', () => {
    expect(placementOn(history, '2023-01-01')?.id).toBe('rc');
    expect(placementOn(history, '2024-05-01')?.id).toBe('home');
    expect(placementOn(history, '2019-01-01')).toBeNull();
    expect(previousPlacement(history, history[1]!)?.id).toBe('rc');
  });
});

describe('PlacementInput', () => {
  it('accepts an open placement and refuses an end before the start', () => {
    const p = { type: 'kinship_care', startDate: '2025-06-01', reason: 'Grandmother can care for her' };
    expect(PlacementInput.parse(p).endDate).toBeNull();
    const issue = PlacementInput.safeParse({ ...p, endDate: '2025-05-01' }).error?.issues[0];
    expect(issue).toMatchObject({ path: ['endDate'], message: 'Placement end date cannot be before its start date' });
    expect(PlacementInput.safeParse({ ...p, reason: '' }).error?.issues[0]?.message).toBe('Placement reason is required');
  });
});
