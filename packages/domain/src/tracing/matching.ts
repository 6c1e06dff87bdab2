// Possible family of a child being traced: people the system already knows, scored by name (either script, any
// order, part of a name), age and place, with the reasons shown to the caseworker.
import { jaroWinkler } from '../duplicates/jaro-winkler';
import { prepareName, type PreparedName } from '../duplicates/names';
import type { SoughtRelation } from './schemas';

/** Someone the child remembers, as the matcher sees them. */
export type SoughtProfile = {
  relation: SoughtRelation;
  name: string;
  /** The child's year of birth, from which a parent's or sibling's likely age follows. */
  childBirthYear: number | null;
  /** Village (8 digits), commune (6), district (4) or province (2) code the child remembers. */
  placeCode: string | null;
};

/** A person already in the system: a household member, a hive need's contact, a traced child or their parent. */
export type CandidateProfile = {
  /** The same person's name as written in each script the record holds. */
  names: readonly string[];
  birthYear: number | null;
  sex: 'female' | 'male' | 'other' | null;
  placeCode: string | null;
};

export const tracingMatchReasons = [
  'same_name', 'similar_name', 'cross_script_name', 'names_swapped', 'part_of_name',
  'age_consistent', 'age_inconsistent', 'sex_inconsistent', 'same_village', 'same_commune', 'same_district', 'same_province',
] as const;
export type TracingMatchReason = (typeof tracingMatchReasons)[number];

export type TracingMatchScore = {
  score: number;
  parts: { name: number; age: number; place: number };
  reasons: TracingMatchReason[];
};

/** Names decide; a family may have moved, and ages of adults are often guessed. */
const WEIGHTS = { name: 0.7, age: 0.1, place: 0.2 } as const;
/** Below this name score, nothing else makes it the same person. */
const NAME_GATE = 0.7;
/** Shown to the caseworker: a miss leaves a child in an institution, a false alarm costs a look. */
export const TRACING_MATCH_THRESHOLD = 0.7;
/** A name that is only part of the other (the child remembers "Dara", the record says "Sok Dara") counts a little less. */
const PART_OF_NAME = 0.92;
/** What a mother named on a man's record (or a father on a woman's) is worth. */
const SEX_PENALTY = 0.6;

const sharpen = (similarity: number): number => Math.max(0, (similarity - 0.5) / 0.5);

/** Likely years of birth of a relation, relative to the child's. */
const AGE_GAP: Record<SoughtRelation, [number, number]> = {
  mother: [14, 50],
  father: [14, 65],
  sibling: [-15, 15],
  grandparent: [30, 90],
  aunt_uncle: [5, 65],
  other_relative: [-30, 90],
};
const AGE_FADE_YEARS = 6;

type Compared = { score: number; crossScript: boolean; swapped: boolean; partial: boolean };

/** Each token of the shorter name paired with its best match in the longer, best pairs first. */
function pairedTokens(short: readonly string[], long: readonly string[]): { mean: number; weakest: number; pairs: [number, number][] } {
  const all: { i: number; j: number; s: number }[] = [];
  short.forEach((x, i) => long.forEach((y, j) => all.push({ i, j, s: jaroWinkler(x, y) })));
  all.sort((p, q) => q.s - p.s);
  const usedI = new Set<number>();
  const usedJ = new Set<number>();
  let total = 0;
  let weakest = 1;
  const pairs: [number, number][] = [];
  for (const p of all) {
    if (usedI.has(p.i) || usedJ.has(p.j)) continue;
    usedI.add(p.i);
    usedJ.add(p.j);
    total += p.s;
    weakest = Math.min(weakest, p.s);
    pairs.push([p.i, p.j]);
  }
  return { mean: total / short.length, weakest, pairs };
}

function compareTokens(a: readonly string[], b: readonly string[], crossScript: boolean): Compared {
  if (a.length === 0 || b.length === 0) return { score: 0, crossScript, swapped: false, partial: false };
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const paired = pairedTokens(short, long);
  const { pairs } = paired;
  // A shared family name with a different given name is a neighbour, not the person: the weakest pair counts as much as the rest.
  const mean = (paired.mean + 2 * paired.weakest) / 3;
  const partial = short.length < long.length;
  // Names run together ("Sreypov" for "Srey Pov") only where the token counts differ; between two full names a shared
  // family name at the start would otherwise carry the rest.
  const together = a.length === b.length ? 0 : jaroWinkler(a.join(''), b.join(''));
  const whole = partial ? Math.max(mean * PART_OF_NAME, together) : Math.max(mean, together);
  const swapped = !partial && short.length > 1 && mean >= 0.9 && pairs.some(([i, j]) => i !== j);
  return { score: whole, crossScript, swapped, partial: partial && mean * PART_OF_NAME >= together };
}

function compareNames(x: PreparedName, y: PreparedName): Compared {
  if (x.script === y.script) return compareTokens(x.tokens, y.tokens, false);
  if (!x.latinTokens || !y.latinTokens) return { score: 0, crossScript: true, swapped: false, partial: false };
  return compareTokens(x.latinTokens, y.latinTokens, true);
}

// Names are prepared once per text, not once per comparison: one sought name meets thousands of candidates.
const preparedCache = new Map<string, PreparedName>();
function prepared(name: string): PreparedName {
  let out = preparedCache.get(name);
  if (!out) {
    if (preparedCache.size > 50_000) preparedCache.clear();
    out = prepareName(name);
    preparedCache.set(name, out);
  }
  return out;
}

function namePart(sought: SoughtProfile, candidate: CandidateProfile): { score: number; reasons: TracingMatchReason[] } {
  const s = prepared(sought.name);
  let best: Compared = { score: 0, crossScript: false, swapped: false, partial: false };
  for (const name of candidate.names) {
    if (name.trim() === '') continue;
    const c = compareNames(s, prepared(name));
    if (c.score > best.score) best = c;
  }
  const score = sharpen(best.score);
  const reasons: TracingMatchReason[] = [];
  if (score >= 0.95) reasons.push('same_name');
  else if (score >= 0.6) reasons.push('similar_name');
  if (score >= 0.6) {
    if (best.crossScript) reasons.push('cross_script_name');
    if (best.swapped) reasons.push('names_swapped');
    if (best.partial) reasons.push('part_of_name');
  }
  return { score, reasons };
}

function agePart(sought: SoughtProfile, candidate: CandidateProfile): { score: number; reasons: TracingMatchReason[] } {
  if (sought.childBirthYear === null || candidate.birthYear === null) return { score: 0.5, reasons: [] };
  const [minGap, maxGap] = AGE_GAP[sought.relation];
  const gap = sought.childBirthYear - candidate.birthYear;
  const outside = gap < minGap ? minGap - gap : gap > maxGap ? gap - maxGap : 0;
  if (outside === 0) return { score: 1, reasons: ['age_consistent'] };
  const score = Math.max(0, 1 - outside / AGE_FADE_YEARS);
  return { score, reasons: score === 0 ? ['age_inconsistent'] : [] };
}

const expectedSex: Partial<Record<SoughtRelation, 'female' | 'male'>> = { mother: 'female', father: 'male' };

function sexConsistent(sought: SoughtProfile, candidate: CandidateProfile): boolean {
  const want = expectedSex[sought.relation];
  return !want || !candidate.sex || candidate.sex === 'other' || candidate.sex === want;
}

/** Same village 1, commune 0.7, district 0.4, province 0.15; unknown on either side is neither for nor against. */
function placePart(sought: SoughtProfile, candidate: CandidateProfile): { score: number; reasons: TracingMatchReason[] } {
  if (!sought.placeCode || !candidate.placeCode) return { score: 0.3, reasons: [] };
  const levels = [
    { length: 8, score: 1, reason: 'same_village' },
    { length: 6, score: 0.7, reason: 'same_commune' },
    { length: 4, score: 0.4, reason: 'same_district' },
    { length: 2, score: 0.15, reason: 'same_province' },
  ] as const;
  for (const level of levels) {
    if (sought.placeCode.length >= level.length && candidate.placeCode.length >= level.length && sought.placeCode.slice(0, level.length) === candidate.placeCode.slice(0, level.length)) {
      return { score: level.score, reasons: [level.reason] };
    }
  }
  return { score: 0, reasons: [] };
}

/** How likely `candidate` is the person the child remembers, with the reasons to show. */
export function tracingMatchScore(sought: SoughtProfile, candidate: CandidateProfile): TracingMatchScore {
  const name = namePart(sought, candidate);
  const age = agePart(sought, candidate);
  const place = placePart(sought, candidate);
  let score = WEIGHTS.name * name.score + WEIGHTS.age * age.score + WEIGHTS.place * place.score;
  if (name.score < NAME_GATE) score = Math.min(score, name.score);
  const reasons = [...name.reasons, ...age.reasons, ...place.reasons];
  if (!sexConsistent(sought, candidate)) {
    score *= SEX_PENALTY;
    reasons.push('sex_inconsistent');
  }
  return { score: Math.round(score * 1000) / 1000, parts: { name: name.score, age: age.score, place: place.score }, reasons };
}

export function isPossibleTracingMatch(result: Pick<TracingMatchScore, 'score'>): boolean {
  return result.score >= TRACING_MATCH_THRESHOLD;
}

/**
 * Keys a repository indexes a person's names under, so a search scores only people sharing one: each name's
 * canonical Latin tokens (romanised Khmer included) and its Khmer tokens without marks.
 */
export function tracingNameKeys(names: readonly string[]): string[] {
  const keys = new Set<string>();
  for (const name of names) {
    const p = prepareName(name);
    for (const t of p.tokens) if (t.length > 1) keys.add(t);
    for (const t of p.latinTokens ?? []) if (t.length > 1) keys.add(t);
  }
  return [...keys].sort();
}

/** A birth year from an ISO date, or null. */
export function birthYearOf(dateOfBirth: string | null | undefined): number | null {
  if (!dateOfBirth) return null;
  const year = Number(dateOfBirth.slice(0, 4));
  return Number.isInteger(year) && year > 1900 ? year : null;
}
