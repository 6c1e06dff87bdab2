import { describe, expect, it } from 'vitest';
import { MATCHING_PAGE_SIZE, readMatchingCases } from './matching-cases';

const cases = Array.from({ length: 1234 }, (_, i) => ({ id: `c${i}`, communeCode: i % 2 ? '020303' : '020307' }));
const pageOf = (page: number) => ({ items: cases.slice((page - 1) * MATCHING_PAGE_SIZE, page * MATCHING_PAGE_SIZE), total: cases.length });

describe('readMatchingCases', () => {
  it('reads every page, with no cap on the number of cases', async () => {
    const asked: number[] = [];
    const progress: number[] = [];
    const all = await readMatchingCases(
      async (page) => {
        asked.push(page);
        return pageOf(page);
      },
      (done) => progress.push(done),
    );
    expect(all).toHaveLength(1234);
    expect(new Set(all.map((c) => c.id)).size).toBe(1234);
    expect(asked.sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(progress.at(-1)).toBe(1234);
  });
  it('reads one page when everything fits on it', async () => {
    const all = await readMatchingCases(async () => ({ items: cases.slice(0, 3), total: 3 }));
    expect(all.map((c) => c.id)).toEqual(['c0', 'c1', 'c2']);
  });
});
