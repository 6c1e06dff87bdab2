import { describe, expect, it } from 'vitest';
import { bubbleRadius, chartPointOf, largestOf } from './chart-values';

describe('chartPointOf', () => {
  it('draws counts as themselves, "<10" up to 9 and a hidden count as nothing', () => {
    expect(chartPointOf({ kind: 'count', value: 45 })).toEqual({ value: 45, kind: 'count', label: '45' });
    expect(chartPointOf({ kind: 'small' })).toEqual({ value: 9, kind: 'small', label: '<10' });
    expect(chartPointOf({ kind: 'suppressed' })).toEqual({ value: null, kind: 'suppressed', label: 'x' });
  });
});

describe('bubbleRadius', () => {
  it('grows with the square root of the count', () => {
    const largest = largestOf([chartPointOf({ kind: 'count', value: 100 }), chartPointOf({ kind: 'count', value: 25 })]);
    expect(largest).toBe(100);
    expect(bubbleRadius(chartPointOf({ kind: 'count', value: 100 }), largest, 20)).toBe(20);
    expect(bubbleRadius(chartPointOf({ kind: 'count', value: 25 }), largest, 20)).toBe(10);
  });
  it('gives hidden and zero counts the smallest size', () => {
    expect(bubbleRadius(chartPointOf({ kind: 'suppressed' }), 100, 20, 4)).toBe(4);
    expect(bubbleRadius(chartPointOf({ kind: 'count', value: 0 }), 100, 20, 4)).toBe(4);
  });
});
