import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { signInDelayRules, signInDelaySeconds } from './sign-in-delays';

describe('signInDelaySeconds', () => {
  const rule = signInDelayRules.accountFromAddress;

  it('lets the free failures through, then doubles from the first delay', () => {
    expect([1, 4].map((n) => signInDelaySeconds(n, rule))).toEqual([0, 0]);
    expect([5, 6, 7, 8].map((n) => signInDelaySeconds(n, rule))).toEqual([15, 30, 60, 120]);
  });

  it('never decreases and never passes the cap, however many failures', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), (n) => {
        const d = signInDelaySeconds(n, rule);
        expect(d).toBeLessThanOrEqual(rule.maxDelaySeconds);
        expect(signInDelaySeconds(n + 1, rule)).toBeGreaterThanOrEqual(d);
      }),
    );
    expect(signInDelaySeconds(10_000, rule)).toBe(rule.maxDelaySeconds);
  });

  it('keeps an account delay short, so its owner waits minutes at most', () => {
    expect(signInDelaySeconds(1_000, signInDelayRules.account)).toBeLessThanOrEqual(120);
  });
});
