import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createRandom } from './random';

describe('createRandom', () => {
  it('repeats the same sequence for the same seed and differs for another', () => {
    const a = createRandom(42);
    const b = createRandom(42);
    const c = createRandom(43);
    const seqA = Array.from({ length: 20 }, () => a.next());
    expect(Array.from({ length: 20 }, () => b.next())).toEqual(seqA);
    expect(Array.from({ length: 20 }, () => c.next())).not.toEqual(seqA);
  });

  it('keeps numbers in range and respects weights roughly', () => {
    const r = createRandom(7);
    const ints = Array.from({ length: 2000 }, () => r.int(0, 17));
    expect(Math.min(...ints)).toBe(0);
    expect(Math.max(...ints)).toBe(17);
    const highs = Array.from({ length: 10_000 }, () => r.weighted([['high', 15], ['medium', 35], ['low', 50]] as const)).filter((v) => v === 'high').length;
    expect(highs / 10_000).toBeGreaterThan(0.13);
    expect(highs / 10_000).toBeLessThan(0.17);
  });

  it('samples distinct items and makes UUID v4-shaped ids', () => {
    const r = createRandom(1);
    const s = r.sample(['a', 'b', 'c', 'd', 'e'], 3);
    expect(new Set(s).size).toBe(3);
    const ids = Array.from({ length: 50 }, () => r.uuid());
    for (const id of ids) expect(z.uuid().safeParse(id).success).toBe(true);
    expect(new Set(ids).size).toBe(50);
  });
});
