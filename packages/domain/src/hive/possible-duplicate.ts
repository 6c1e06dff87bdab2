// Possible duplicates in the triage queue: the same household reported twice, by one volunteer or by two.
import { khmerToAsciiDigits, stripZeroWidth } from '../common/khmer-digits';
import type { NeedCategory } from './schemas';

export type DuplicateNeedFields = {
  id: string;
  villageCode: string;
  category: NeedCategory;
  contactName: string;
  contactPhone: string;
  reportedAt: string;
  /** The volunteer's words: the same text twice is the same report sent twice (a double tap, a second phone). */
  description?: string;
};

/** Reports further apart than this are a new need of the same household, not the same need twice. */
export const DUPLICATE_WINDOW_DAYS = 30;
export const DUPLICATE_THRESHOLD = 0.5;
const NAME_SIMILAR_AT = 0.8;
const DAY = 24 * 60 * 60 * 1000;

/**
 * The evidence weights. A phone is the best household marker (0.4) but a village chief's phone is often given
 * for several families, so it does not decide alone; names repeat a lot in Khmer villages (0.3); the village
 * (0.2) and category (0.1) only support the rest. With the 0.5 threshold a duplicate needs the same phone and
 * one more sign, or a similar name in the same village: village and category alone describe many families.
 * The same words (0.4), written again by chance, are very unlikely: with the village or the category they flag
 * the same report sent twice even when no contact was given.
 */
const weights = { samePhone: 0.4, similarPhone: 0.2, similarName: 0.3, sameVillage: 0.2, sameCategory: 0.1, sameDescription: 0.4 };

export type NeedDuplicateEvidence = {
  phone: 'same' | 'similar' | 'different' | 'unknown';
  nameSimilarity: number;
  sameVillage: boolean;
  sameCategory: boolean;
  sameDescription: boolean;
  daysApart: number;
};

/**
 * One phone number written one way: Khmer digits to ASCII, punctuation and spaces gone, the +855 / 00855 country
 * code and the trunk 0 dropped, so "០១២ ៣៤៥ ៦៧៨", "+855 12 345 678" and "012-345-678" all give "12345678".
 * Fewer than 8 digits is not a Cambodian number and gives '' (no evidence).
 */
export function normaliseNeedPhone(phone: string): string {
  let digits = khmerToAsciiDigits(phone).replace(/\D/g, '');
  if (digits.startsWith('00855')) digits = digits.slice(5);
  else if (digits.startsWith('855') && digits.length >= 11) digits = digits.slice(3);
  digits = digits.replace(/^0+/, '');
  return digits.length >= 8 ? digits : '';
}

const latinTitles = new Set(['mr', 'mrs', 'ms', 'miss', 'dr']);
// Longest first, so លោកស្រី is not cut to ស្រី.
const khmerTitles = ['លោកស្រី', 'អ្នកស្រី', 'លោក'];

function nameTokens(name: string): string[] {
  const plain = stripZeroWidth(name)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '') // Latin accents only: Khmer vowel signs are other marks and must stay
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ');
  const tokens = plain.split(' ').filter(Boolean);
  if (tokens.length > 1 && latinTitles.has(tokens[0]!)) tokens.shift();
  const first = tokens[0];
  const title = first === undefined ? undefined : khmerTitles.find((t) => first.startsWith(t));
  if (first !== undefined && title !== undefined) {
    // Khmer is written without spaces, so a title may be glued to the name.
    if (first.length > title.length) tokens[0] = first.slice(title.length);
    else if (tokens.length > 1) tokens.shift();
  }
  return tokens;
}

function editDistance(a: string[], b: string[]): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length]!;
}

function similarity(a: string, b: string): number {
  const [ca, cb] = [[...a], [...b]];
  const longest = Math.max(ca.length, cb.length);
  return longest === 0 ? 0 : 1 - editDistance(ca, cb) / longest;
}

/**
 * 0..1: how alike two contact names are, ignoring case, Latin accents, spaces (Khmer spacing is inconsistent),
 * punctuation, a title (Mr, លោក, …) and word order ("Dara Sok" is "Sok Dara"). An empty name gives 0: no evidence.
 */
export function needContactNameSimilarity(a: string, b: string): number {
  const [ta, tb] = [nameTokens(a), nameTokens(b)];
  if (ta.length === 0 || tb.length === 0) return 0;
  const asWritten = similarity(ta.join(''), tb.join(''));
  const sorted = similarity([...ta].sort().join(''), [...tb].sort().join(''));
  return Math.max(asWritten, sorted);
}

function comparePhones(a: string, b: string): NeedDuplicateEvidence['phone'] {
  const [pa, pb] = [normaliseNeedPhone(a), normaliseNeedPhone(b)];
  if (pa === '' || pb === '') return 'unknown';
  if (pa === pb) return 'same';
  // One digit wrong, missing or extra is a typing slip more often than a neighbour's number.
  return editDistance([...pa], [...pb]) === 1 ? 'similar' : 'different';
}

/** The same text once spacing, case and zero-width marks are ignored; no text is no evidence. */
function sameWords(a: string | undefined, b: string | undefined): boolean {
  const plain = (text: string) => stripZeroWidth(text).normalize('NFC').toLowerCase().replace(/\s+/gu, ' ').trim();
  return a !== undefined && b !== undefined && plain(a) !== '' && plain(a) === plain(b);
}

export function needDuplicateEvidence(a: DuplicateNeedFields, b: DuplicateNeedFields): NeedDuplicateEvidence {
  return {
    phone: comparePhones(a.contactPhone, b.contactPhone),
    nameSimilarity: needContactNameSimilarity(a.contactName, b.contactName),
    sameVillage: a.villageCode === b.villageCode,
    sameCategory: a.category === b.category,
    sameDescription: sameWords(a.description, b.description),
    daysApart: Math.abs(Date.parse(a.reportedAt) - Date.parse(b.reportedAt)) / DAY,
  };
}

/** 0..1: the sum of the evidence weights, or 0 when the reports are more than 30 days apart (or undated). */
export function needDuplicateScore(a: DuplicateNeedFields, b: DuplicateNeedFields): number {
  const e = needDuplicateEvidence(a, b);
  if (!(e.daysApart <= DUPLICATE_WINDOW_DAYS)) return 0;
  const score =
    (e.phone === 'same' ? weights.samePhone : e.phone === 'similar' ? weights.similarPhone : 0) +
    (e.nameSimilarity >= NAME_SIMILAR_AT ? weights.similarName : 0) +
    (e.sameVillage ? weights.sameVillage : 0) +
    (e.sameCategory ? weights.sameCategory : 0) +
    (e.sameDescription ? weights.sameDescription : 0);
  // Rounded so 0.4 + 0.1 is exactly the 0.5 threshold, not 0.49999….
  return Math.min(1, Math.round(score * 100) / 100);
}

export function isPossibleDuplicateNeed(a: DuplicateNeedFields, b: DuplicateNeedFields): boolean {
  return a.id !== b.id && needDuplicateScore(a, b) >= DUPLICATE_THRESHOLD;
}

/** The needs that may be the same household as `need`, likeliest first, for the triage screen. */
export function findPossibleDuplicateNeeds<T extends DuplicateNeedFields>(need: DuplicateNeedFields, others: readonly T[]): { need: T; score: number }[] {
  return others
    .filter((other) => isPossibleDuplicateNeed(need, other))
    .map((other) => ({ need: other, score: needDuplicateScore(need, other) }))
    .sort((x, y) => y.score - x.score);
}
