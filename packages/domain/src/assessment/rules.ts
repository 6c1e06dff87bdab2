// Reading assessments: which domains are weak, and how scores moved between assessments.
import type { RiskLevel } from '../case/values';
import type { CsiScores } from './schemas';
import { csiDomains, WEAK_SCORE_MAX, type CsiDomain } from './values';

type Scored = { scores: CsiScores };

/** Domains scored 1 or 2, in CSI order: each needs a goal in the case plan. */
export function weakDomains(assessment: Scored): CsiDomain[] {
  return csiDomains.filter((d) => assessment.scores[d].score <= WEAK_SCORE_MAX);
}

export type DomainTrend = 'better' | 'worse' | 'same';
export type DomainChange = { domain: CsiDomain; before: number; after: number; change: number; trend: DomainTrend };

export type AssessmentComparison = {
  domains: DomainChange[];
  riskBefore: RiskLevel;
  riskAfter: RiskLevel;
  better: number;
  worse: number;
  /** Weak before and no longer weak: what the plan achieved. */
  resolvedWeakDomains: CsiDomain[];
  /** Newly weak: what the next plan must answer. */
  newWeakDomains: CsiDomain[];
};

const trendOf = (change: number): DomainTrend => (change > 0 ? 'better' : change < 0 ? 'worse' : 'same');

/** Per-domain change from an older assessment to a newer one, for the reassessment history view. */
export function compareAssessments(older: Scored & { riskLevel: RiskLevel }, newer: Scored & { riskLevel: RiskLevel }): AssessmentComparison {
  const domains = csiDomains.map((domain) => {
    const before = older.scores[domain].score;
    const after = newer.scores[domain].score;
    return { domain, before, after, change: after - before, trend: trendOf(after - before) };
  });
  const weakBefore = new Set(weakDomains(older));
  const weakAfter = new Set(weakDomains(newer));
  return {
    domains,
    riskBefore: older.riskLevel,
    riskAfter: newer.riskLevel,
    better: domains.filter((d) => d.trend === 'better').length,
    worse: domains.filter((d) => d.trend === 'worse').length,
    resolvedWeakDomains: csiDomains.filter((d) => weakBefore.has(d) && !weakAfter.has(d)),
    newWeakDomains: csiDomains.filter((d) => !weakBefore.has(d) && weakAfter.has(d)),
  };
}

/** Each domain's scores in date order, for a chart of one child's assessments over time. */
export function scoreHistory(
  assessments: readonly (Scored & { assessedOn: string })[],
): { dates: string[]; scores: Record<CsiDomain, number[]> } {
  const ordered = [...assessments].sort((a, b) => a.assessedOn.localeCompare(b.assessedOn));
  const scores = Object.fromEntries(csiDomains.map((d) => [d, ordered.map((a) => a.scores[d].score)])) as Record<CsiDomain, number[]>;
  return { dates: ordered.map((a) => a.assessedOn), scores };
}
