// Khmer-script names compared without the marks that vary between typists, and romanised for cross-script matching.
import { stripZeroWidth } from '../common/khmer-digits';
import { stripNameNotes } from './latin';

/**
 * Coeng (U+17D2, which writes a subscript consonant), register shifters, nikahit, bantoc and the other signs
 * (U+17C6-U+17D3, U+17DD) and the invisible inherent vowels (U+17B4-U+17B5): typists enter them
 * inconsistently, and ordering differences around them are the main cause of "same name, different bytes".
 */
const KHMER_MARKS = /[\u17b4\u17b5\u17c6-\u17d3\u17dd]/g;
const KHMER_LETTER = /[\u1780-\u17b3\u17b6-\u17c5]/;

export function hasKhmer(text: string): boolean {
  return KHMER_LETTER.test(text);
}

/** Khmer name -> space-separated tokens of consonants and vowels only: zero-width spaces and marks removed. */
export function normaliseKhmerName(name: string): string {
  return stripZeroWidth(stripNameNotes(name))
    .normalize('NFC')
    .replace(KHMER_MARKS, '')
    .replace(/[^\u1780-\u17b3\u17b6-\u17c5]+/g, ' ')
    .trim();
}

/**
 * Common name syllables and names, Khmer -> usual Latin spelling. Deliberately small: enough to link
 * "សុខ ដារា" to "Sok Dara"; a name it cannot spell is simply not compared across scripts.
 */
const romanisations: Readonly<Record<string, string>> = {
  សុខ: 'sok', ដារា: 'dara', ចាន់: 'chan', ស្រី: 'srey', គីម: 'kim', សុភា: 'sophea', សោភា: 'sophea',
  វណ្ណា: 'vanna', ធីតា: 'thida', ពិសី: 'pisey', នាង: 'neang', លី: 'ly', ហេង: 'heng', ម៉ៅ: 'mao',
  ទេព: 'tep', ឈុន: 'chhun', សេង: 'seng', ខៀវ: 'khiev', ឡុង: 'long', ជា: 'chea', ពៅ: 'pov', មាស: 'meas',
  សំណាង: 'samnang', បុប្ផា: 'bopha', ផល្លា: 'phalla', រស្មី: 'reaksmey', ម៉ាលី: 'maly', កុសល: 'kosal',
  ពេជ្រ: 'pich', ភក្តី: 'pheakdey', ហុង: 'hong', ឃឹម: 'khim', សួន: 'suon', ទូច: 'touch', អ៊ុក: 'ouk',
  ម៉ម: 'mom', គង់: 'kong', យឹម: 'yim', នួន: 'nuon', ប៊ុន: 'bun', ចិន្តា: 'chenda', សុវណ្ណ: 'sovann',
  រតនា: 'ratana', ឈឿន: 'chhoeun', ឆាយ: 'chhay', វិចិត្រ: 'vichet', ម៉េង: 'meng', ណារ៉ា: 'nara',
  សុផល: 'sophal', សុភ័ក្រ: 'sopheak', ចន្ថា: 'chantha', ធារី: 'theary', ពិសិដ្ឋ: 'piseth', វិសាល: 'visal',
};

const syllables: ReadonlyMap<string, string> = new Map(
  Object.entries(romanisations).map(([km, latin]) => [normaliseKhmerName(km).replace(/ /g, ''), latin]),
);
const longestSyllable = Math.max(...[...syllables.keys()].map((k) => k.length));

/** Split one normalised token into known syllables, fewest pieces first; null when some part is unknown. */
function romaniseToken(token: string): string[] | null {
  const best: (string[] | null)[] = [[]];
  for (let end = 1; end <= token.length; end++) {
    best[end] = null;
    for (let start = Math.max(0, end - longestSyllable); start < end; start++) {
      const before = best[start];
      const latin = syllables.get(token.slice(start, end));
      if (before && latin !== undefined && (best[end] === null || before.length + 1 < best[end]!.length)) {
        best[end] = [...before, latin];
      }
    }
  }
  return best[token.length] ?? null;
}

/** A Khmer name in Latin letters ("ស្រីពៅ" -> "sreypov"), or null when a syllable is not in the table. */
export function romaniseKhmerName(name: string): string | null {
  const tokens = normaliseKhmerName(name).split(' ').filter((t) => t !== '');
  if (tokens.length === 0) return null;
  const out: string[] = [];
  for (const token of tokens) {
    const parts = romaniseToken(token);
    if (parts === null) return null;
    out.push(parts.join(''));
  }
  return out.join(' ');
}
