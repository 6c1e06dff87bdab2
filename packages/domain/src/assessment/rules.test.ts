import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { RiskLevel } from '../case/values';
import { compareAssessments, scoreHistory, weakDomains } from './rules';
import type { CsiScores } from './schemas';
import { csiDomains, type CsiDomain } from './values';

const scored = (over: Partial<Record<CsiDomain, number>> = {}, riskLevel: RiskLevel = 'medium') => ({
  riskLevel,
  scores: Object.fromEntries(csiDomains.map((d) => [d, { score: over[d] ?? 3, reason: 'r' }])) as CsiScores,
});

describe('weakDomains', () => {
  it('lists domains scored 1 or 2, in CSI order', () => {
    expect(weakDomains(scored({ shelter: 2, food_security: 1, care: 3, education_work: 4 }))).toEqual(['food_security', 'shelter']);
    expect(weakDomains(scored())).toEqual([]);
  });
  it('is exactly the domains at or below 2 (property)', () => {
    const scoresArb = fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 12, maxLength: 12 });
    fc.assert(
      fc.property(scoresArb, (values) => {
        const a = scored(Object.fromEntries(csiDomains.map((d, i) => [d, values[i]])));
        const weak = weakDomains(a);
        return csiDomains.every((d) => weak.includes(d) === (a.scores[d].score <= 2));
      }),
    );
  });
});

describe('compareAssessments', () => {
  it('gives per-domain changes, resolved and new weak domains, and the risk change', () => {
    const older = scored({ shelter: 1, care: 2, emotional_health: 3 }, 'high');
    const newer = scored({ shelter: 3, care: 2, emotional_health: 2 }, 'medium');
    const c = compareAssessments(older, newer);
    expect(c.domains.find((d) => d.domain === 'shelter')).toEqual({ domain: 'shelter', before: 1, after: 3, change: 2, trend: 'better' });
    expect(c.domains.find((d) => d.domain === 'emotional_health')).toMatchObject({ change: -1, trend: 'worse' });
    expect(c.domains.find((d) => d.domain === 'care')).toMatchObject({ change: 0, trend: 'same' });
    expect([c.better, c.worse]).toEqual([1, 1]);
    expect(c.resolvedWeakDomains).toEqual(['shelter']);
    expect(c.newWeakDomains).toEqual(['emotional_health']);
    expect([c.riskBefore, c.riskAfter]).toEqual(['high', 'medium']);
  });
  it('shows no change against itself', () => {
    const a = scored({ shelter: 1 });
    expect(compareAssessments(a, a).domains.every((d) => d.change === 0)).toBe(true);
  });
});

describe('scoreHistory', () => {
  it('orders assessments by date', () => {
    const h = scoreHistory([
      { assessedOn: '2026-06-01', ...scored({ shelter: 3 }) },
      { assessedOn: '2025-12-01', ...scored({ shelter: 1 }) },
    ]);
    expect(h.dates).toEqual(['2025-12-01', '2026-06-01']);
    expect(h.scores.shelter).toEqual([1, 3]);
  });
});
