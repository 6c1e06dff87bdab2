// Interval propagation over a lattice's relations: the bounds each count must lie in, given bounds on the others.
import type { Lattice, Relation } from './lattice';

/** Lower and upper bounds per lattice node; an upper bound may be Infinity. */
export interface Bounds {
  lo: number[];
  hi: number[];
}

export const copyBounds = (b: Bounds): Bounds => ({ lo: [...b.lo], hi: [...b.hi] });

/** Sum of upper bounds of the parts other than one, without Infinity - Infinity. */
function sumHiExcept(hi: readonly number[], parts: readonly number[]) {
  let finite = 0;
  let infinite = 0;
  for (const p of parts) {
    const h = hi[p] as number;
    if (h === Number.POSITIVE_INFINITY) infinite++;
    else finite += h;
  }
  return (part: number) => {
    const h = hi[part] as number;
    const others = infinite - (h === Number.POSITIVE_INFINITY ? 1 : 0);
    return others > 0 ? Number.POSITIVE_INFINITY : finite - (h === Number.POSITIVE_INFINITY ? 0 : h);
  };
}

/** Tighten the bounds of one relation's nodes; returns the nodes whose bounds changed. */
function tighten(r: Relation, b: Bounds): number[] {
  const { lo, hi } = b;
  const changed: number[] = [];
  const raise = (n: number, v: number) => {
    if (v > (lo[n] as number)) {
      lo[n] = v;
      changed.push(n);
    }
  };
  const lower = (n: number, v: number) => {
    if (v < (hi[n] as number)) {
      hi[n] = v;
      changed.push(n);
    }
  };
  const othersHi = sumHiExcept(hi, r.parts);
  let sumLo = 0;
  let maxLo = 0;
  for (const p of r.parts) {
    sumLo += lo[p] as number;
    maxLo = Math.max(maxLo, lo[p] as number);
  }
  const sumHi = r.parts.reduce((s, p) => s + (hi[p] as number), 0);
  lower(r.whole, sumHi);
  raise(r.whole, r.kind === 'sum' ? sumLo : maxLo);
  for (const p of r.parts) {
    // Each part is at least what the whole needs beyond the most the others can give.
    raise(p, (lo[r.whole] as number) - othersHi(p));
    lower(p, r.kind === 'sum' ? (hi[r.whole] as number) - (sumLo - (lo[p] as number)) : (hi[r.whole] as number));
  }
  return changed;
}

/**
 * Propagate until nothing changes, starting from the given relations (all when omitted). Returns false when the
 * bounds contradict each other. Integer bounds shrink by at least 1 a step, so this ends; the step budget only
 * guards against very slow convergence, stopping early with bounds that are still valid, just looser.
 */
export function propagate(lattice: Lattice, b: Bounds, start?: readonly number[]): boolean {
  const queue: number[] = start ? [...start] : lattice.relations.map((_, i) => i);
  const queued = new Uint8Array(lattice.relations.length);
  for (const i of queue) queued[i] = 1;
  let budget = 200 * lattice.relations.length + 1000;
  for (let head = 0; head < queue.length && budget-- > 0; head++) {
    const i = queue[head] as number;
    queued[i] = 0;
    for (const node of tighten(lattice.relations[i] as Relation, b)) {
      if ((b.lo[node] as number) > (b.hi[node] as number)) return false;
      for (const j of lattice.relationsOf[node] ?? []) {
        if (!queued[j]) {
          queued[j] = 1;
          queue.push(j);
        }
      }
    }
  }
  return true;
}

/**
 * Shave one node's bounds: try its lowest (then highest) value and propagate; a value that leads to a contradiction
 * is impossible. Stronger than propagation alone, and cheap for the small ranges that matter ("<10" is 1..9).
 */
export function shave(lattice: Lattice, b: Bounds, node: number, maxWidth: number): boolean {
  let changed = false;
  const fits = (value: number) => {
    const trial = copyBounds(b);
    trial.lo[node] = value;
    trial.hi[node] = value;
    return propagate(lattice, trial, lattice.relationsOf[node]);
  };
  while ((b.hi[node] as number) - (b.lo[node] as number) <= maxWidth && (b.lo[node] as number) < (b.hi[node] as number)) {
    if (!fits(b.lo[node] as number)) {
      b.lo[node] = (b.lo[node] as number) + 1;
      changed = true;
    } else if (!fits(b.hi[node] as number)) {
      b.hi[node] = (b.hi[node] as number) - 1;
      changed = true;
    } else break;
  }
  return changed;
}
