// How alike two names are (0..1), across spellings and across Khmer and Latin script.
import { jaroWinkler } from './jaro-winkler';
import { hasKhmer, normaliseKhmerName, romaniseKhmerName } from './khmer';
import { normaliseLatinName } from './latin';

const tokensOf = (normalised: string): string[] => normalised.split(' ').filter((t) => t !== '');

/**
 * Tokens paired best-first (so "Dara Sok" matches "Sok Dara"), unpaired tokens counting as misses;
 * or the names run together ("Sreypov" against "Srey Pov"), whichever is closer.
 */
export function tokenSimilarity(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  if (a.length === 1 && b.length === 1) return jaroWinkler(a[0]!, b[0]!);
  const pairs: { i: number; j: number; score: number }[] = [];
  a.forEach((x, i) => b.forEach((y, j) => pairs.push({ i, j, score: jaroWinkler(x, y) })));
  pairs.sort((p, q) => q.score - p.score);
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  let total = 0;
  for (const p of pairs) {
    if (usedA.has(p.i) || usedB.has(p.j)) continue;
    usedA.add(p.i);
    usedB.add(p.j);
    total += p.score;
  }
  const paired = (2 * total) / (a.length + b.length);
  return Math.max(paired, jaroWinkler(a.join(''), b.join('')));
}

export type NameScript = 'khmer' | 'latin';

/** A name normalised once, to be compared with many others (a registration against every registered child). */
export type PreparedName = {
  script: NameScript;
  tokens: string[];
  /** The name in canonical Latin tokens: itself, or the romanised Khmer; null when it cannot be romanised. */
  latinTokens: string[] | null;
};

/** Khmer wins when a name mixes scripts: the Khmer spelling is the one that does not vary. */
export function prepareName(name: string): PreparedName {
  if (hasKhmer(name)) {
    const romanised = romaniseKhmerName(name);
    return {
      script: 'khmer',
      tokens: tokensOf(normaliseKhmerName(name)),
      latinTokens: romanised === null ? null : tokensOf(normaliseLatinName(romanised)),
    };
  }
  const tokens = tokensOf(normaliseLatinName(name));
  return { script: 'latin', tokens, latinTokens: tokens };
}

/** Khmer with Khmer and Latin with Latin compare directly; Khmer with Latin through the romanisation table. */
export function preparedNameSimilarity(x: PreparedName, y: PreparedName): number {
  if (x.script === y.script) return tokenSimilarity(x.tokens, y.tokens);
  return x.latinTokens && y.latinTokens ? tokenSimilarity(x.latinTokens, y.latinTokens) : 0;
}

/**
 * Similarity of two names, 0 (nothing alike) to 1 (the same name, maybe spelt differently or in another order).
 * Khmer against Latin is 0 when the Khmer name has a syllable the romanisation table does not know.
 */
export function nameSimilarity(a: string, b: string): number {
  return preparedNameSimilarity(prepareName(a), prepareName(b));
}
