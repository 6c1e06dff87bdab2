// Is this child already registered? A score 0..1 from names (both scripts, either order), date of birth, sex and place.
import { daysBetween } from '../case-workflow/calendar';
import { prepareName, preparedNameSimilarity, type PreparedName } from './names';

/** What a registration form knows about a child, and what a registered child's record holds. */
export type DuplicateProfile = {
  givenNameKm: string;
  familyNameKm: string;
  givenNameLatin: string;
  familyNameLatin: string;
  sex: 'female' | 'male' | 'other';
  dateOfBirth: string;
  dateOfBirthEstimated: boolean;
  villageCode?: string | null;
  communeCode?: string | null;
};

export const duplicateReasons = [
  'latin_name_similar', 'khmer_name_similar', 'cross_script_name_similar', 'names_swapped',
  'same_date_of_birth', 'date_of_birth_within_estimate', 'date_of_birth_day_month_swapped', 'date_of_birth_close',
  'same_sex', 'different_sex', 'same_village', 'same_commune',
] as const;
export type DuplicateReason = (typeof duplicateReasons)[number];

export type DuplicateScore = {
  score: number;
  parts: { name: number; dateOfBirth: number; sex: number; place: number };
  reasons: DuplicateReason[];
};

/** Names carry most weight; children move, so place carries least. */
const WEIGHTS = { name: 0.55, dateOfBirth: 0.25, sex: 0.1, place: 0.1 } as const;
/** Given names tell children apart; family names are shared by siblings and by many unrelated families. */
const GIVEN_WEIGHT = 0.65;
/** Below this the names are not the same child's, whatever else agrees (twins share the rest). */
const NAME_GATE = 0.7;
/** A script's names this alike are reported as a reason. */
const NAME_REASON = 0.8;
/** Shown to the person registering before saving; a miss costs far more than a look at a false alarm. */
export const CHILD_DUPLICATE_THRESHOLD = 0.75;
/** An estimated date of birth is a guess of age in years. */
const ESTIMATE_TOLERANCE_DAYS = 366;
const DOB_FADE_DAYS = 730;

/**
 * Jaro-Winkler gives about 0.65 to unrelated short names that share vowels (Dara, Vanna); spread the useful
 * range so only names that are really alike count.
 */
const sharpen = (similarity: number): number => Math.max(0, (similarity - 0.5) / 0.5);

type Names = { given: PreparedName; family: PreparedName };
type PreparedProfile = { km: Names; latin: Names };

// Preparing a profile normalises and romanises its four names once, not once per comparison.
const prepared = new WeakMap<DuplicateProfile, PreparedProfile>();
function prepareProfile(p: DuplicateProfile): PreparedProfile {
  let out = prepared.get(p);
  if (!out) {
    out = {
      km: { given: prepareName(p.givenNameKm), family: prepareName(p.familyNameKm) },
      latin: { given: prepareName(p.givenNameLatin), family: prepareName(p.familyNameLatin) },
    };
    prepared.set(p, out);
  }
  return out;
}

function pairScore(a: Names, b: Names): { score: number; swapped: boolean } {
  const sim = (x: PreparedName, y: PreparedName) => sharpen(preparedNameSimilarity(x, y));
  const straight = GIVEN_WEIGHT * sim(a.given, b.given) + (1 - GIVEN_WEIGHT) * sim(a.family, b.family);
  const swapped = GIVEN_WEIGHT * sim(a.given, b.family) + (1 - GIVEN_WEIGHT) * sim(a.family, b.given);
  return swapped > straight ? { score: swapped, swapped: true } : { score: straight, swapped: false };
}

function namePart(candidate: DuplicateProfile, existing: DuplicateProfile): { score: number; reasons: DuplicateReason[] } {
  const a = prepareProfile(candidate);
  const b = prepareProfile(existing);
  const scored = [
    { reason: 'latin_name_similar', ...pairScore(a.latin, b.latin) },
    { reason: 'khmer_name_similar', ...pairScore(a.km, b.km) },
    { reason: 'cross_script_name_similar', ...pairScore(a.km, b.latin) },
    { reason: 'cross_script_name_similar', ...pairScore(a.latin, b.km) },
  ] as const;
  const best = scored.reduce((x, y) => (y.score > x.score ? y : x));
  const reasons = new Set<DuplicateReason>(scored.filter((s) => s.score >= NAME_REASON).map((s) => s.reason));
  if (best.swapped && best.score >= NAME_REASON) reasons.add('names_swapped');
  return { score: best.score, reasons: [...reasons] };
}

function dayMonthSwapped(a: string, b: string): boolean {
  const [ya, ma, da] = a.split('-');
  const [yb, mb, db] = b.split('-');
  return ya === yb && ma === db && da === mb && ma !== da;
}

function dateOfBirthPart(a: DuplicateProfile, b: DuplicateProfile): { score: number; reasons: DuplicateReason[] } {
  const apart = Math.abs(daysBetween(a.dateOfBirth, b.dateOfBirth));
  if (apart === 0) return { score: 1, reasons: ['same_date_of_birth'] };
  const tolerance = a.dateOfBirthEstimated || b.dateOfBirthEstimated ? ESTIMATE_TOLERANCE_DAYS : 0;
  if (apart <= tolerance) return { score: 1, reasons: ['date_of_birth_within_estimate'] };
  if (tolerance === 0 && dayMonthSwapped(a.dateOfBirth, b.dateOfBirth)) return { score: 0.9, reasons: ['date_of_birth_day_month_swapped'] };
  const score = Math.max(0, 1 - (apart - tolerance) / DOB_FADE_DAYS);
  return { score, reasons: score >= 0.5 ? ['date_of_birth_close'] : [] };
}

function sexPart(a: DuplicateProfile, b: DuplicateProfile): { score: number; reasons: DuplicateReason[] } {
  if (a.sex === 'other' || b.sex === 'other') return { score: 0.5, reasons: [] };
  return a.sex === b.sex ? { score: 1, reasons: ['same_sex'] } : { score: 0, reasons: ['different_sex'] };
}

const communeOf = (p: DuplicateProfile): string | null => p.communeCode ?? (p.villageCode ? p.villageCode.slice(0, 6) : null);

function placePart(a: DuplicateProfile, b: DuplicateProfile): { score: number; reasons: DuplicateReason[] } {
  if (a.villageCode && a.villageCode === b.villageCode) return { score: 1, reasons: ['same_village'] };
  const commune = communeOf(a);
  return commune !== null && commune === communeOf(b) ? { score: 0.6, reasons: ['same_commune'] } : { score: 0, reasons: [] };
}

/** How likely `candidate` is the child already registered as `existing`, with the reasons to show the user. */
export function duplicateScore(candidate: DuplicateProfile, existing: DuplicateProfile): DuplicateScore {
  const name = namePart(candidate, existing);
  const dateOfBirth = dateOfBirthPart(candidate, existing);
  const sex = sexPart(candidate, existing);
  const place = placePart(candidate, existing);
  const weighted =
    WEIGHTS.name * name.score + WEIGHTS.dateOfBirth * dateOfBirth.score + WEIGHTS.sex * sex.score + WEIGHTS.place * place.score;
  const score = name.score < NAME_GATE ? Math.min(weighted, name.score) : weighted;
  return {
    score: Math.round(score * 1000) / 1000,
    parts: { name: name.score, dateOfBirth: dateOfBirth.score, sex: sex.score, place: place.score },
    reasons: [...name.reasons, ...dateOfBirth.reasons, ...sex.reasons, ...place.reasons],
  };
}

export function isPossibleDuplicate(result: Pick<DuplicateScore, 'score'>): boolean {
  return result.score >= CHILD_DUPLICATE_THRESHOLD;
}

/** Registered children that may be the candidate, most likely first. */
export function findPossibleDuplicates<T extends DuplicateProfile>(
  candidate: DuplicateProfile,
  registered: readonly T[],
  limit = 10,
): { child: T; result: DuplicateScore }[] {
  return registered
    .map((child) => ({ child, result: duplicateScore(candidate, child) }))
    .filter((m) => isPossibleDuplicate(m.result))
    .sort((a, b) => b.result.score - a.result.score)
    .slice(0, limit);
}
