// Automatic checks on a story before review: what in it could point at a real child (docs/DESIGN.md §5).
import { khmerToAsciiDigits } from '../common/khmer-digits';
import { jaroWinkler } from '../duplicates/jaro-winkler';
import { prepareName, tokenSimilarity } from '../duplicates/names';
import { normaliseLatinName } from '../duplicates/latin';
import { findKhmerPhrase, findPlaces, type PlaceName, type TextHit } from './places';

export const storyHitKinds = ['person_name', 'case_reference', 'place', 'exact_date', 'age_with_place', 'phone_number'] as const;
export type StoryHitKind = (typeof storyHitKinds)[number];
export const recordRoles = ['child', 'household_member', 'staff', 'volunteer'] as const;
export type RecordRole = (typeof recordRoles)[number];

/** What the records hold that a story must not repeat. */
export interface StoryRecords {
  readonly people: readonly { readonly name: string; readonly role: RecordRole }[];
  readonly caseReferences: readonly string[];
  readonly places: readonly PlaceName[];
}

export interface StoryHit extends TextHit {
  readonly kind: StoryHitKind;
  /** Whose name it looks like (never which person: the reviewer sees the story, not the record). */
  readonly role?: RecordRole;
  /** The same finding in any version of the story: what an overrule is recorded against. */
  readonly key: string;
}

/** Latin names this close (0..1, duplicate scoring's similarity) count as the same name. */
export const nameMatchThreshold = 0.9;

const hitKey = (kind: StoryHitKind, text: string) => `${kind}:${text.toLowerCase().replace(/\s+/g, ' ').trim()}`;
const hit = (kind: StoryHitKind, h: TextHit, role?: RecordRole): StoryHit => ({ ...h, kind, key: hitKey(kind, h.text), ...(role ? { role } : {}) });

type Word = { token: string; start: number; end: number };

function latinWords(text: string): Word[] {
  return [...text.matchAll(/[A-Za-zÀ-ɏ]+/g)].flatMap((m) => {
    const token = normaliseLatinName(m[0]);
    return token === '' ? [] : [{ token, start: m.index, end: m.index + m[0].length }];
  });
}

/**
 * A name from the records in Latin words of the text, alike by duplicate scoring: as many words as the name, or one
 * more ("Srey Pov" written apart where the record has "Sreypov").
 */
function findLatinName(text: string, words: readonly Word[], tokens: readonly string[]): TextHit[] {
  if (tokens.length === 0) return [];
  return [tokens.length, tokens.length + 1].flatMap((n) => findLatinWindows(text, words, tokens, n));
}

/** The window's words, or with two neighbours written together, alike enough to the name. */
function windowMatches(window: readonly string[], tokens: readonly string[]): boolean {
  if (window.length === tokens.length) return tokenSimilarity(window, tokens) >= nameMatchThreshold;
  for (let j = 0; j + 1 < window.length; j++) {
    const joined = [...window.slice(0, j), `${window[j]}${window[j + 1]}`, ...window.slice(j + 2)];
    // Each part on its own, not run together (that would let a neighbouring word ride along).
    if (joined.every((t) => tokens.some((x) => Math.abs(t.length - x.length) <= 1 && jaroWinkler(t, x) >= nameMatchThreshold))) return true;
  }
  return false;
}

function findLatinWindows(text: string, words: readonly Word[], tokens: readonly string[], n: number): TextHit[] {
  const hits: TextHit[] = [];
  for (let i = 0; i + n <= words.length; i++) {
    const window = words.slice(i, i + n);
    // Cheap first: some word starts like some part of the name.
    if (!window.some((w) => tokens.some((t) => t[0] === w.token[0]))) continue;
    if (windowMatches(window.map((w) => w.token), tokens)) {
      const start = window[0]!.start;
      const end = window[n - 1]!.end;
      hits.push({ start, end, text: text.slice(start, end) });
    }
  }
  return hits;
}

function findNames(text: string, people: StoryRecords['people']): StoryHit[] {
  const words = latinWords(text);
  return people.flatMap(({ name, role }) => {
    const prepared = prepareName(name);
    const inKhmer = prepared.script === 'khmer' ? findKhmerPhrase(text, name) : [];
    // A Khmer name is looked for in Latin words through its romanisation, as duplicate scoring compares them.
    const inLatin = prepared.latinTokens ? findLatinName(text, words, prepared.latinTokens) : [];
    return [...inKhmer, ...inLatin].map((h) => hit('person_name', h, role));
  });
}

const months = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const khmerMonths = 'មករា|កុម្ភៈ|មីនា|មេសា|ឧសភា|មិថុនា|កក្កដា|សីហា|កញ្ញា|តុលា|វិច្ឆិកា|ធ្នូ';
const datePatterns = [
  /\b\d{4}-\d{1,2}-\d{1,2}\b/g,
  /\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b/g,
  new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${months})\\b\\.?(?:,?\\s+\\d{4})?`, 'gi'),
  new RegExp(`\\b(?:${months})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?\\b(?:,?\\s+\\d{4})?`, 'gi'),
  new RegExp(`ថ្ងៃទី\\s*\\d{1,2}(?:\\s*ខែ\\s*(?:${khmerMonths}))?`, 'g'),
  new RegExp(`\\d{1,2}\\s*ខែ\\s*(?:${khmerMonths})`, 'g'),
];
const agePatterns = [/\b\d{1,2}[\s-]*(?:years?|yrs?)[\s-]*old\b/gi, /\baged?\s+\d{1,2}\b/gi, /អាយុ\s*\d{1,2}/g, /\d{1,2}\s*ឆ្នាំ/g];
const phonePatterns = [/(?:\+|\b)855[\s.-]?\d{2}[\s.-]?\d{3}[\s.-]?\d{3,4}\b/g, /\b0\d{1,2}[\s.-]?\d{3}[\s.-]?\d{3,4}\b/g];
const caseReferencePattern = /\bKR-\d{4}-\d+\b/gi;

function matchAll(text: string, patterns: readonly RegExp[]): TextHit[] {
  return patterns.flatMap((p) => [...text.matchAll(p)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] })));
}

/** Overlapping hits of one kind become one ("អាយុ ៩" and "៩ ឆ្នាំ" are one age; a date's day is inside the date). */
function merged(hits: StoryHit[], text: string): StoryHit[] {
  const out: StoryHit[] = [];
  for (const h of [...hits].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const i = out.findIndex((o) => o.kind === h.kind && o.end > h.start && h.end > o.start);
    if (i < 0) {
      out.push(h);
      continue;
    }
    const o = out[i]!;
    const start = Math.min(o.start, h.start);
    const end = Math.max(o.end, h.end);
    out[i] = hit(o.kind, { start, end, text: text.slice(start, end) }, o.role);
  }
  return out;
}

/**
 * Everything in `text` the records say could identify someone: names of children, household members, staff and
 * volunteers (Khmer and Latin, fuzzy), case references, village, commune and district names, exact dates, ages
 * where the story names a place, phone numbers. Khmer digits count as digits. Sorted by position, without repeats.
 */
export function findStoryHits(text: string, records: StoryRecords): StoryHit[] {
  // Khmer digits become Latin ones one for one, so positions stay the same.
  const digits = khmerToAsciiDigits(text);
  const places = findPlaces(text, records.places).map((h) => hit('place', h));
  const references = records.caseReferences.flatMap((ref) => {
    const at: StoryHit[] = [];
    for (let i = digits.toLowerCase().indexOf(ref.toLowerCase()); ref !== '' && i >= 0; i = digits.toLowerCase().indexOf(ref.toLowerCase(), i + 1)) {
      at.push(hit('case_reference', { start: i, end: i + ref.length, text: text.slice(i, i + ref.length) }));
    }
    return at;
  });
  const phones = matchAll(digits, phonePatterns);
  const dates = matchAll(digits, datePatterns).filter((d) => !phones.some((p) => p.start <= d.start && p.end >= d.end));
  const ages = places.length > 0 ? matchAll(digits, agePatterns) : [];
  const all = [
    ...findNames(text, records.people),
    ...references,
    ...matchAll(digits, [caseReferencePattern]).map((h) => hit('case_reference', { ...h, text: text.slice(h.start, h.end) })),
    ...places,
    ...dates.map((h) => hit('exact_date', { ...h, text: text.slice(h.start, h.end) })),
    ...ages.map((h) => hit('age_with_place', { ...h, text: text.slice(h.start, h.end) })),
    ...phones.map((h) => hit('phone_number', { ...h, text: text.slice(h.start, h.end) })),
  ];
  return merged(all, text).sort((a, b) => a.start - b.start || a.end - b.end);
}

/** The hits of a story's parts that no overrule covers: what still stops it going to review. */
export function openStoryHits(hits: readonly StoryHit[], overruled: ReadonlySet<string>): StoryHit[] {
  return hits.filter((h) => !overruled.has(h.key));
}
