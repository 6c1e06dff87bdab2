import { describe, expect, it } from 'vitest';
import { isPossibleTracingMatch, tracingMatchScore, tracingNameKeys, type CandidateProfile, type SoughtProfile } from './matching';
import { labelledTracingPairs, precisionRecall } from './matching-fixture';

const mother: SoughtProfile = { relation: 'mother', name: 'Sokh Darah', childBirthYear: 2014, placeCode: '02030301' };
const record: CandidateProfile = { names: ['សុខ ដារា', 'Sok Dara'], birthYear: 1988, sex: 'female', placeCode: '02030301' };

describe('tracingMatchScore', () => {
  it('finds a mother across spellings and scripts, with reasons', () => {
    const r = tracingMatchScore(mother, record);
    expect(isPossibleTracingMatch(r)).toBe(true);
    expect(r.reasons).toEqual(expect.arrayContaining(['same_name', 'age_consistent', 'same_village']));
    const khmerOnly = tracingMatchScore({ ...mother, name: 'ដារា សុខ' }, { ...record, names: ['Sok Dara'] });
    expect(khmerOnly.reasons).toEqual(expect.arrayContaining(['cross_script_name', 'names_swapped']));
    expect(isPossibleTracingMatch(khmerOnly)).toBe(true);
  });
  it('ranks the village above the commune above the district', () => {
    const at = (placeCode: string) => tracingMatchScore(mother, { ...record, placeCode }).score;
    expect(at('02030301')).toBeGreaterThan(at('02030399'));
    expect(at('02030399')).toBeGreaterThan(at('02039999'));
    expect(at('02039999')).toBeGreaterThan(at('17010203'));
  });
  it('accepts part of a name, and marks it', () => {
    const r = tracingMatchScore({ ...mother, name: 'Dara' }, record);
    expect(r.reasons).toContain('part_of_name');
    expect(isPossibleTracingMatch(r)).toBe(true);
  });
  it('refuses a different given name, an impossible age and a man as mother', () => {
    expect(isPossibleTracingMatch(tracingMatchScore(mother, { ...record, names: ['Sok Vanna'] }))).toBe(false);
    expect(tracingMatchScore(mother, { ...record, birthYear: 2012 }).reasons).toContain('age_inconsistent');
    const man = tracingMatchScore(mother, { ...record, sex: 'male' });
    expect(man.reasons).toContain('sex_inconsistent');
    expect(isPossibleTracingMatch(man)).toBe(false);
  });
  it('indexes both scripts under shared keys', () => {
    expect(tracingNameKeys(['Sokh Darah'])).toEqual(tracingNameKeys(['សុខ ដារា']).filter((k) => /^[a-z]/.test(k)));
  });
});

describe('matching quality on the labelled synthetic set', () => {
  it('keeps precision at least 0.95 and recall at least 0.90 at the default threshold, with a margin', () => {
    const pairs = labelledTracingPairs();
    const r = precisionRecall(pairs, (p) => isPossibleTracingMatch(tracingMatchScore(p.sought, p.candidate)));
    expect(r.precision).toBeGreaterThanOrEqual(0.97);
    expect(r.recall).toBeGreaterThanOrEqual(0.92);
  });
  it('would fail a scorer that ignores names (the check can fail)', () => {
    const pairs = labelledTracingPairs(200);
    const r = precisionRecall(pairs, (p) => tracingMatchScore(p.sought, p.candidate).parts.place >= 0.7);
    expect(r.precision).toBeLessThan(0.95);
  });
});
