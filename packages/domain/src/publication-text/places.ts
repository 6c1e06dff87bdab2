// Finding places and digits in text meant for the public: correction notes and stories.
import { normaliseKhmerName } from '../duplicates/khmer';
import { hasKhmer } from '../duplicates/khmer';

/** A place below the province from the gazetteer, in both scripts. */
export interface PlaceName {
  readonly code: string;
  readonly level: 'district' | 'commune' | 'village';
  readonly nameKm: string;
  readonly nameLatin: string;
}

/** Where in the text something was found, and what. */
export interface TextHit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Latin words compared without accents or case, as whole words. */
export function findLatinPhrase(text: string, phrase: string): TextHit[] {
  const words = phrase
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/\([^)]*\)/g, ' ')
    .trim()
    .split(/[^A-Za-z]+/)
    .filter((w) => w !== '');
  if (words.length === 0) return [];
  const folded = text.normalize('NFD').replace(/\p{M}/gu, '');
  // NFD only adds combining marks after letters, so offsets shift; keep a map back to the original text.
  const pattern = new RegExp(`(?<![A-Za-z])${words.map(escape).join('[^A-Za-z]{1,3}')}(?![A-Za-z])`, 'giu');
  const hits: TextHit[] = [];
  for (const m of folded.matchAll(pattern)) {
    const start = originalOffset(text, m.index);
    const end = originalOffset(text, m.index + m[0].length);
    hits.push({ start, end, text: text.slice(start, end) });
  }
  return hits;
}

/** Offset in `text` of offset `i` in its NFD form with marks removed. */
function originalOffset(text: string, i: number): number {
  let folded = 0;
  for (let j = 0; j < text.length; j++) {
    if (folded >= i) return j;
    folded += text[j]!.normalize('NFD').replace(/\p{M}/gu, '').length;
  }
  return text.length;
}

/**
 * Khmer words are not separated by spaces, so a Khmer name is looked for as a run of letters anywhere, both sides
 * compared without the marks typists vary (normaliseKhmerName, as duplicate scoring does).
 */
export function findKhmerPhrase(text: string, phrase: string): TextHit[] {
  const needle = normaliseKhmerName(phrase).replace(/ /g, '');
  // A short run (one syllable) would be found inside any word; names that short are left to the reviewer.
  if (needle.length < 4) return [];
  const letters: { ch: string; at: number }[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (normaliseKhmerName(ch) !== '') letters.push({ ch: normaliseKhmerName(ch), at: i });
  }
  const hay = letters.map((l) => l.ch).join('');
  const hits: TextHit[] = [];
  for (let from = hay.indexOf(needle); from >= 0; from = hay.indexOf(needle, from + 1)) {
    const start = letters[from]!.at;
    const end = letters[from + needle.length - 1]!.at + 1;
    hits.push({ start, end, text: text.slice(start, end) });
  }
  return hits;
}

/** Every mention of a place below the province, in either script. */
export function findPlaces(text: string, places: readonly PlaceName[]): (TextHit & { place: PlaceName })[] {
  return places.flatMap((place) => [
    ...findLatinPhrase(text, place.nameLatin).map((h) => ({ ...h, place })),
    ...(hasKhmer(place.nameKm) ? findKhmerPhrase(text, place.nameKm).map((h) => ({ ...h, place })) : []),
  ]);
}

/** Latin (0-9) and Khmer (០-៩) digits. */
export function findDigits(text: string): TextHit[] {
  return [...text.matchAll(/[0-9\u17e0-\u17e9]+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
}
