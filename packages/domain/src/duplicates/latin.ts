// Latin spellings of Khmer names vary (Sok/Sokh, Chan/Chann, Dara/Darah, Srey/Srei): reduce them to one form.

/** Remove "(demo)", "[test]" and similar notes typed after a name. */
export function stripNameNotes(name: string): string {
  return name.replace(/\([^)]*\)|\[[^\]]*\]/g, ' ');
}

/**
 * One romanised syllable or name in a canonical spelling. The rules fold the variants French- and
 * English-style romanisations produce for the same Khmer sound; they are applied to both names compared,
 * so over-folding costs a little precision, never a miss.
 */
export function normaliseLatinToken(token: string): string {
  let t = token;
  t = t.replace(/chh/g, 'ch'); // Chhun / Chun
  if (t.length > 2) t = t.replace(/h$/, ''); // Sokh / Sok, Darah / Dara
  t = t.replace(/ee/g, 'i'); // Lee / Li
  t = t.replace(/(.)\1+/g, '$1'); // Chann / Chan, Kimm / Kim, Phalla / Phala
  t = t.replace(/ou/g, 'u').replace(/o/g, 'u'); // Touch / Tuch, Sok / Suk
  t = t.replace(/ea|ia|ie/g, 'ia'); // Chea / Chia, Khiev / Kheav
  t = t.replace(/y/g, (_, i: number) => (i === 0 ? 'y' : 'i')); // Srey / Srei, Ly / Li (not Yim)
  return t.replace(/(.)\1+/g, '$1');
}

/** Latin name -> space-separated canonical tokens: lower case, no accents, notes, digits or punctuation. */
export function normaliseLatinName(name: string): string {
  return stripNameNotes(name)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, ' ')
    .trim()
    .split(/\s+/)
    .filter((t) => t !== '')
    .map(normaliseLatinToken)
    .join(' ');
}
