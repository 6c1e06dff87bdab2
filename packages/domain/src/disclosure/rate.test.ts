import { describe, expect, it } from 'vitest';
import { rate } from './rate';

describe('rates', () => {
  it('shows a whole percent only when the count is 10 or more and the base 50 or more', () => {
    expect(rate(10, 50)).toEqual({ kind: 'rate', percent: 20 });
    expect(rate(23, 98)).toEqual({ kind: 'rate', percent: 23 });
    expect(rate(9, 500)).toEqual({ kind: 'suppressed' });
    expect(rate(0, 500)).toEqual({ kind: 'suppressed' });
    expect(rate(30, 49)).toEqual({ kind: 'suppressed' });
  });
  it('refuses counts that cannot be a rate', () => {
    expect(() => rate(60, 50)).toThrow(/0 <= count <= base/);
    expect(() => rate(-1, 50)).toThrow();
    expect(() => rate(10.5, 50)).toThrow();
  });
});
