// Jaro-Winkler string similarity (0..1): forgiving of small misspellings, rewarding a shared start, fit for short names.

function jaro(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length === 0 || b.length === 0) return 0;
  const window = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  const aMatched: boolean[] = new Array<boolean>(a.length).fill(false);
  const bMatched: boolean[] = new Array<boolean>(b.length).fill(false);
  let matches = 0;
  for (let i = 0; i < a.length; i++) {
    const hi = Math.min(b.length - 1, i + window);
    for (let j = Math.max(0, i - window); j <= hi; j++) {
      if (!bMatched[j] && a[i] === b[j]) {
        aMatched[i] = true;
        bMatched[j] = true;
        matches++;
        break;
      }
    }
  }
  if (matches === 0) return 0;
  let transpositions = 0;
  let k = 0;
  for (let i = 0; i < a.length; i++) {
    if (!aMatched[i]) continue;
    while (!bMatched[k]) k++;
    if (a[i] !== b[k]) transpositions++;
    k++;
  }
  const m = matches;
  return (m / a.length + m / b.length + (m - transpositions / 2) / m) / 3;
}

/**
 * Jaro-Winkler with the usual prefix bonus (up to 4 characters, scale 0.1). The arguments are put in a fixed
 * order first, so the result is the same whichever name is the candidate.
 */
export function jaroWinkler(x: string, y: string): number {
  const [a, b] = x.length < y.length || (x.length === y.length && x <= y) ? [x, y] : [y, x];
  const j = jaro(a, b);
  let prefix = 0;
  while (prefix < 4 && prefix < a.length && a[prefix] === b[prefix]) prefix++;
  return j + prefix * 0.1 * (1 - j);
}
