import { describe, expect, it } from 'vitest';
import { assertAssessmentComplete, assertRecordComplete, matchCarers } from './rules';
import type { MatchCandidate } from './schemas';

const carer = (id: string, over: Partial<MatchCandidate> = {}): MatchCandidate => ({
  id, status: 'approved', kind: 'foster', emergency: false, capacity: 2, ageMin: 0, ageMax: 17, languages: ['khmer'], takesSiblings: false, placedNow: 0, communeCode: '020303', ...over,
});
const child = { ageYears: 6, language: 'khmer', communeCode: '020303', siblingsToPlace: 0 };

describe('matchCarers', () => {
  it('keeps only approved carers with a free place and the right ages', () => {
    const found = matchCarers(child, [carer('a'), carer('b', { status: 'applicant' }), carer('c', { placedNow: 2 }), carer('d', { ageMin: 10 }), carer('e', { status: 'on_hold' })]);
    expect(found.map((m) => m.carer.id)).toEqual(['a']);
  });

  it('places siblings only with a carer who takes them together and has room for all', () => {
    const siblings = { ...child, siblingsToPlace: 1 };
    const found = matchCarers(siblings, [carer('a'), carer('b', { takesSiblings: true }), carer('c', { takesSiblings: true, capacity: 3, placedNow: 2 })]);
    expect(found.map((m) => m.carer.id)).toEqual(['b']);
    expect(found[0]!.reasons).toContain('siblings_together');
  });

  it('ranks the same commune and a shared language first, and can ask for emergency foster carers only', () => {
    const found = matchCarers(child, [carer('far', { communeCode: '020804' }), carer('near-other-language', { languages: ['cham'] }), carer('near', { emergency: true })]);
    expect(found.map((m) => m.carer.id)).toEqual(['near', 'near-other-language', 'far']);
    expect(matchCarers(child, [carer('a'), carer('b', { emergency: true }), carer('k', { emergency: true, kind: 'kinship' })], { emergencyOnly: true }).map((m) => m.carer.id)).toEqual(['b']);
  });
});

describe('assertAssessmentComplete', () => {
  it('needs a satisfactory home visit, reference and safeguarding check', () => {
    const ok = (kind: 'home_visit' | 'reference' | 'safeguarding_check') => ({ kind, outcome: 'satisfactory' });
    expect(() => assertAssessmentComplete([ok('home_visit'), ok('reference')])).toThrow(/safeguarding_check/);
    expect(() => assertAssessmentComplete([ok('home_visit'), ok('reference'), { kind: 'safeguarding_check', outcome: 'concerns' }])).toThrow(/safeguarding_check/);
    expect(() => assertAssessmentComplete([ok('home_visit'), ok('reference'), ok('safeguarding_check')])).not.toThrow();
  });
});

describe('assertRecordComplete', () => {
  const base = { kind: 'support_visit' as const, amountRiel: null, caseId: null, caseReference: '', relationshipToChild: null };
  it('needs an amount for payments and in-kind support', () => {
    expect(() => assertRecordComplete({ ...base, kind: 'support_payment' })).toThrow(/Amount/);
    expect(() => assertRecordComplete({ ...base, kind: 'support_in_kind', amountRiel: 50_000 })).not.toThrow();
    expect(() => assertRecordComplete(base)).not.toThrow();
  });

  it('needs the child and the relationship for a kinship assessment', () => {
    const kin = { ...base, kind: 'kinship_assessment' as const };
    expect(() => assertRecordComplete(kin)).toThrow(/Case reference/);
    expect(() => assertRecordComplete({ ...kin, caseReference: 'KR-2026-000001' })).toThrow(/Relationship/);
    expect(() => assertRecordComplete({ ...kin, caseReference: 'KR-2026-000001', relationshipToChild: 'grandmother' })).not.toThrow();
  });
});
