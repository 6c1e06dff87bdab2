import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  findPossibleDuplicateNeeds,
  isPossibleDuplicateNeed,
  needContactNameSimilarity,
  needDuplicateScore,
  normaliseNeedPhone,
  type DuplicateNeedFields,
} from './possible-duplicate';

const first: DuplicateNeedFields = {
  id: 'n1',
  villageCode: '02030401',
  category: 'food',
  contactName: 'Sok Dara',
  contactPhone: '012 345 678',
  reportedAt: '2026-03-01T08:00:00.000Z',
};
const second = (over: Partial<DuplicateNeedFields>): DuplicateNeedFields => ({ ...first, id: 'n2', ...over });
const noContact = { contactName: '', contactPhone: '' };

describe('normaliseNeedPhone', () => {
  it('writes one number one way whatever the digits, spaces and prefix', () => {
    for (const written of ['012 345 678', '០១២ ៣៤៥ ៦៧៨', '+855 12 345 678', '+855 (0)12-345-678', '00855 12345678', '85512345678', '12345678']) {
      expect(normaliseNeedPhone(written), written).toBe('12345678');
    }
    expect(normaliseNeedPhone('097 1234 567')).toBe('971234567');
  });
  it('gives nothing for what is not a phone number', () => {
    expect(normaliseNeedPhone('')).toBe('');
    expect(normaliseNeedPhone('ask the village chief')).toBe('');
    expect(normaliseNeedPhone('012 34')).toBe('');
  });
});

describe('needContactNameSimilarity', () => {
  it('sees through case, spacing, titles, accents and word order', () => {
    expect(needContactNameSimilarity('Sok Dara', 'sok  dara')).toBe(1);
    expect(needContactNameSimilarity('Dara Sok', 'Sok Dara')).toBe(1);
    expect(needContactNameSimilarity('Mr. Sok Dara', 'Sok Dara')).toBe(1);
    expect(needContactNameSimilarity('សុខ ដារា', 'សុខដារា')).toBe(1);
    expect(needContactNameSimilarity('លោកសុខ ដារា', 'សុខ ដារា')).toBe(1);
    expect(needContactNameSimilarity('លោកស្រី ចាន់ធី', 'ចាន់ធី')).toBe(1);
    expect(needContactNameSimilarity('Ly Sóphal', 'Ly Sophal')).toBe(1);
  });
  it('scores a spelling variant high and another person low, and an empty name as no evidence', () => {
    expect(needContactNameSimilarity('Sok Darra', 'Sok Dara')).toBeGreaterThanOrEqual(0.8);
    expect(needContactNameSimilarity('Chan Thy', 'Sok Dara')).toBeLessThan(0.5);
    expect(needContactNameSimilarity('សុខ ដារា', 'ចាន់ ធី')).toBeLessThan(0.5);
    expect(needContactNameSimilarity('', '')).toBe(0);
  });
});

describe('needDuplicateScore and isPossibleDuplicateNeed', () => {
  it('flags the same household reported twice', () => {
    expect(needDuplicateScore(first, second({}))).toBe(1);
    // Same phone written another way, same village, different category: the family reported for food and school.
    expect(isPossibleDuplicateNeed(first, second({ contactName: '', contactPhone: '+855 12 345 678', category: 'school' }))).toBe(true);
    // Same name in another spelling, same village, no phone.
    expect(isPossibleDuplicateNeed(first, second({ contactName: 'Sok Darra', contactPhone: '', category: 'health' }))).toBe(true);
    // Same phone and name, but the volunteer picked a neighbouring village.
    expect(isPossibleDuplicateNeed(first, second({ villageCode: '02030402', category: 'health' }))).toBe(true);
    // One digit mistyped, same village and category.
    expect(isPossibleDuplicateNeed(first, second({ contactName: '', contactPhone: '012 345 679' }))).toBe(true);
  });

  it('flags the same words sent twice a minute apart, even with no contact given', () => {
    const words = 'ក្មេងពីរនាក់គ្មានអាហារ  ហើយម្តាយឈឺ';
    const a = { ...first, ...noContact, description: words };
    const b = second({ ...noContact, description: 'ក្មេងពីរនាក់គ្មានអាហារ ហើយម្តាយឈឺ\u200b', reportedAt: '2026-03-01T08:01:00.000Z' });
    expect(isPossibleDuplicateNeed(a, b)).toBe(true);
    expect(needDuplicateScore(a, b)).toBe(0.7);
    // Other words, or no words at all, are no evidence; the score stays within 0..1.
    expect(isPossibleDuplicateNeed(a, { ...b, description: 'គ្រួសារត្រូវការអង្ករ' })).toBe(false);
    expect(isPossibleDuplicateNeed({ ...a, description: '' }, { ...b, description: '' })).toBe(false);
    expect(needDuplicateScore({ ...first, description: words }, second({ description: words }))).toBe(1);
  });

  it('does not flag different families, old reports or a need against itself', () => {
    expect(isPossibleDuplicateNeed(first, second(noContact))).toBe(false);
    expect(needDuplicateScore({ ...first, ...noContact }, second(noContact))).toBe(0.3);
    // A shared phone (the village chief's) alone is not enough.
    expect(isPossibleDuplicateNeed(first, second({ contactName: 'Chan Thy', villageCode: '02030402', category: 'school' }))).toBe(false);
    expect(isPossibleDuplicateNeed(first, second({ contactName: 'Chan Thy', contactPhone: '011 222 333' }))).toBe(false);
    expect(isPossibleDuplicateNeed(first, second({ reportedAt: '2026-04-01T08:00:00.000Z' }))).toBe(false);
    expect(isPossibleDuplicateNeed(first, second({ reportedAt: '2026-03-31T08:00:00.000Z' }))).toBe(true);
    expect(isPossibleDuplicateNeed(first, { ...first })).toBe(false);
  });

  it('is symmetric and stays within 0..1', () => {
    const arbitraryNeed = fc.record({
      id: fc.string(),
      villageCode: fc.constantFrom('02030401', '02030402'),
      category: fc.constantFrom('food' as const, 'school' as const),
      contactName: fc.constantFrom('', 'Sok Dara', 'Dara Sok', 'Sok Darra', 'សុខ ដារា', 'Chan Thy'),
      contactPhone: fc.constantFrom('', '012 345 678', '+85512345678', '012 345 679', '011 222 333'),
      reportedAt: fc.integer({ min: 0, max: 60 }).map((d) => new Date(Date.UTC(2026, 0, 1 + d)).toISOString()),
    });
    fc.assert(
      fc.property(arbitraryNeed, arbitraryNeed, (a, b) => {
        const score = needDuplicateScore(a, b);
        expect(score).toBe(needDuplicateScore(b, a));
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('lists the likely duplicates of a need, likeliest first', () => {
    const others = [second({ id: 'weak', contactName: '', category: 'school' }), second({ id: 'strong' }), second({ id: 'other', ...noContact })];
    expect(findPossibleDuplicateNeeds(first, [first, ...others]).map((d) => [d.need.id, d.score])).toEqual([
      ['strong', 1],
      ['weak', 0.6],
    ]);
  });
});
