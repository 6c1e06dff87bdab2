import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { knownRange, protectCount } from './primary';

describe('primary control of one count', () => {
  it('shows 0, hides 1-9 as "<10" and rounds the rest to the nearest 5', () => {
    expect(protectCount(0, 'person')).toEqual({ kind: 'count', value: 0 });
    expect(protectCount(1, 'person')).toEqual({ kind: 'small' });
    expect(protectCount(9, 'person')).toEqual({ kind: 'small' });
    expect(protectCount(10, 'person')).toEqual({ kind: 'count', value: 10 });
    expect(protectCount(12, 'person')).toEqual({ kind: 'count', value: 10 });
    expect(protectCount(13, 'person')).toEqual({ kind: 'count', value: 15 });
    expect(protectCount(17, 'person')).toEqual({ kind: 'count', value: 15 });
    expect(protectCount(18, 'person')).toEqual({ kind: 'count', value: 20 });
  });
  it('leaves counts that are not about people as they are', () => {
    expect(protectCount(3, 'event')).toEqual({ kind: 'count', value: 3 });
    expect(protectCount(13, 'event')).toEqual({ kind: 'count', value: 13 });
  });
  it('knows exactly which true counts a published cell can stand for', () => {
    for (const unit of ['person', 'event'] as const) {
      const standsFor = new Map<string, number[]>();
      for (let n = 0; n <= 60; n++) {
        const key = JSON.stringify(protectCount(n, unit));
        standsFor.set(key, [...(standsFor.get(key) ?? []), n]);
      }
      for (const [key, counts] of standsFor) {
        if (Math.max(...counts) > 55) continue; // the last group is cut off by the loop
        const [lo, hi] = knownRange(JSON.parse(key), unit);
        expect([lo, hi]).toEqual([Math.min(...counts), Math.max(...counts)]);
      }
    }
  });
  it('never shows a person count of 1-9 and never moves a count by more than 2', () => {
    fc.assert(
      fc.property(fc.nat(100_000), (n) => {
        const cell = protectCount(n, 'person');
        if (n >= 1 && n <= 9) return cell.kind === 'small';
        return cell.kind === 'count' && cell.value % 5 === 0 && Math.abs(cell.value - n) <= 2;
      }),
    );
  });
});
