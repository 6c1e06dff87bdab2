// A small seeded random source, so the demo seed gives the same people and cases on every run.

export type Random = {
  /** A float in [0, 1). */
  next: () => number;
  /** A whole number in [min, max], both included. */
  int: (min: number, max: number) => number;
  chance: (probability: number) => boolean;
  pick: <T>(list: readonly T[]) => T;
  /** A value chosen by relative weight: `[['low', 50], ['high', 15]]`. */
  weighted: <T>(choices: readonly (readonly [T, number])[]) => T;
  /** `count` distinct items of `list`, in list order. */
  sample: <T>(list: readonly T[], count: number) => T[];
  /** A string shaped like a UUID v4, made from this source (so ids repeat across runs). */
  uuid: () => string;
};

/** mulberry32: tiny, fast and good enough for synthetic data (not for anything secret). */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => {
    if (list.length === 0) throw new Error('Cannot pick from an empty list');
    return list[int(0, list.length - 1)] as T;
  };
  const weighted = <T>(choices: readonly (readonly [T, number])[]): T => {
    const total = choices.reduce((sum, [, w]) => sum + w, 0);
    let r = next() * total;
    for (const [value, weight] of choices) {
      if (r < weight) return value;
      r -= weight;
    }
    return pick(choices)[0];
  };
  const sample = <T>(list: readonly T[], count: number): T[] => {
    const chosen = new Set<number>();
    while (chosen.size < Math.min(count, list.length)) chosen.add(int(0, list.length - 1));
    return [...chosen].sort((a, b) => a - b).map((i) => list[i] as T);
  };
  const hex = (n: number) => Array.from({ length: n }, () => int(0, 15).toString(16)).join('');
  const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-${pick(['8', '9', 'a', 'b'])}${hex(3)}-${hex(12)}`;
  return { next, int, chance: (p) => next() < p, pick, weighted, sample, uuid };
}
