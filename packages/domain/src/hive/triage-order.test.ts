import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { needCategories, needUrgencies } from './schemas';
import { compareForTriage, triagePriority, type TriageOrderFields } from './triage-order';

const urgencyOrder = ['urgent', 'soon', 'can_wait'];
const need = (id: string, category: TriageOrderFields['category'], urgency: TriageOrderFields['urgency'], reportedAt: string) => ({ id, category, urgency, reportedAt });

const arbitraryNeed = fc.record({
  id: fc.string({ minLength: 1, maxLength: 4 }),
  category: fc.constantFrom(...needCategories),
  urgency: fc.constantFrom(...needUrgencies),
  // A few instants only, so equal times (and the id tie-break) are exercised often.
  reportedAt: fc.integer({ min: 0, max: 5 }).map((d) => new Date(Date.UTC(2026, 0, 1 + d)).toISOString()),
});
const uniqueNeeds = fc.uniqueArray(arbitraryNeed, { selector: (n) => n.id, maxLength: 30 });

describe('triage order', () => {
  it('puts abuse concerns first, then urgency, then the oldest', () => {
    const queue = [
      need('a', 'food', 'urgent', '2026-01-01T00:00:00Z'),
      need('b', 'violence_or_abuse', 'can_wait', '2026-01-09T00:00:00Z'),
      need('c', 'school', 'can_wait', '2026-01-01T00:00:00Z'),
      need('d', 'health', 'urgent', '2025-12-01T00:00:00Z'),
      need('e', 'violence_or_abuse', 'urgent', '2026-01-10T00:00:00Z'),
      need('f', 'violence_or_abuse', 'can_wait', '2026-01-02T00:00:00Z'),
    ].sort(compareForTriage);
    expect(queue.map((n) => n.id).join('')).toBe('efbdac');
  });

  it('is a total order: antisymmetric, transitive, and the same whatever the input order', () => {
    fc.assert(
      fc.property(arbitraryNeed, arbitraryNeed, arbitraryNeed, (a, b, c) => {
        expect(Math.sign(compareForTriage(a, b))).toBe(-Math.sign(compareForTriage(b, a)));
        if (compareForTriage(a, b) === 0) expect(a.id).toBe(b.id);
        if (compareForTriage(a, b) <= 0 && compareForTriage(b, c) <= 0) expect(compareForTriage(a, c)).toBeLessThanOrEqual(0);
      }),
    );
    fc.assert(
      fc.property(uniqueNeeds.chain((ns) => fc.tuple(fc.constant(ns), fc.shuffledSubarray(ns, { minLength: ns.length, maxLength: ns.length }))), ([ns, shuffled]) => {
        expect([...shuffled].sort(compareForTriage)).toEqual([...ns].sort(compareForTriage));
      }),
    );
  });

  it('always lists every abuse concern before any other need, then by urgency and age', () => {
    fc.assert(
      fc.property(uniqueNeeds, (ns) => {
        const sorted = [...ns].sort(compareForTriage);
        const firstOther = sorted.findIndex((n) => n.category !== 'violence_or_abuse');
        if (firstOther >= 0) expect(sorted.slice(firstOther).every((n) => n.category !== 'violence_or_abuse')).toBe(true);
        for (let i = 1; i < sorted.length; i++) {
          const [p, n] = [sorted[i - 1]!, sorted[i]!];
          if ((p.category === 'violence_or_abuse') !== (n.category === 'violence_or_abuse')) continue;
          const [pu, nu] = [urgencyOrder.indexOf(p.urgency), urgencyOrder.indexOf(n.urgency)];
          expect(pu).toBeLessThanOrEqual(nu);
          if (pu === nu) expect(Date.parse(p.reportedAt)).toBeLessThanOrEqual(Date.parse(n.reportedAt));
        }
      }),
    );
  });

  it('gives a safe-integer sort key that orders like the comparison', () => {
    fc.assert(
      fc.property(arbitraryNeed, arbitraryNeed, (a, b) => {
        expect(Number.isSafeInteger(triagePriority(a))).toBe(true);
        if (triagePriority(a) !== triagePriority(b)) expect(Math.sign(triagePriority(a) - triagePriority(b))).toBe(Math.sign(compareForTriage(a, b)));
      }),
    );
    const abuse = triagePriority(need('x', 'violence_or_abuse', 'can_wait', '2286-01-01T00:00:00Z'));
    expect(abuse).toBeLessThan(triagePriority(need('y', 'food', 'urgent', '1970-01-01T00:00:00Z')));
    expect(Number.isSafeInteger(abuse)).toBe(true);
  });

  it('puts a need with an unreadable time first in its group rather than losing it', () => {
    const broken = need('z', 'food', 'soon', 'not a date');
    expect([need('a', 'food', 'soon', '2026-01-01T00:00:00Z'), broken].sort(compareForTriage)[0]).toBe(broken);
  });
});
