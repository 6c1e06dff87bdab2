// Invents one synthetic child, their household and the case, with realistic mixes for a Battambang caseload.
import {
  type CaseIntakeInput,
  type CaseSource,
  type HouseholdMemberInput,
  type ProtectionConcern,
  type RiskLevel,
  ageOn,
} from '@kruosar/domain';
import type { disabilities, idPoorStatuses, incomeSources, schoolStatuses } from '@kruosar/domain';
import { DEMO_MARK, familyNames, fullName, givenNameFor, type SexOfName } from './demo-names';
import type { Random } from './random';

const DAY = 24 * 60 * 60 * 1000;
export const DEMO_CHILD_NOTE = 'Synthetic demo record, not a real child.';

type Weighted<T> = readonly (readonly [T, number])[];
type Disability = (typeof disabilities)[number];
type SchoolStatus = (typeof schoolStatuses)[number];
type IncomeSource = (typeof incomeSources)[number];

const riskMix: Weighted<RiskLevel> = [['high', 15], ['medium', 35], ['low', 50]];
const sourceMix: Weighted<CaseSource> = [['intake', 45], ['referral', 25], ['hive_need', 20], ['hotline', 10]];
const disabilityMix: Weighted<Disability> = [['none', 88], ['physical', 4], ['intellectual', 3], ['sensory', 2], ['psychosocial', 1.5], ['multiple', 1.5]];
const idPoorMix: Weighted<(typeof idPoorStatuses)[number]> = [['level_1', 20], ['level_2', 25], ['not_poor', 35], ['not_assessed', 20]];
const incomeMix: Weighted<IncomeSource> = [
  ['farming', 35], ['daily_labour', 30], ['small_business', 12], ['factory', 8], ['migration_remittance', 8], ['fishing', 3], ['government_support', 3], ['other', 1],
];
const concernsByRisk: Record<RiskLevel, readonly ProtectionConcern[]> = {
  high: ['physical_abuse', 'sexual_abuse', 'trafficking', 'abandonment', 'domestic_violence', 'neglect', 'separated_from_family', 'early_marriage'],
  medium: ['neglect', 'child_labour', 'unsafe_migration', 'school_dropout', 'domestic_violence', 'substance_abuse_in_family', 'residential_care', 'emotional_abuse', 'in_conflict_with_law'],
  low: ['school_dropout', 'child_labour', 'unsafe_migration', 'disability_without_support'],
};

/** Who the child lives with; decides the members, the likely income and the case summary. */
const familyMix = [
  ['both_parents', 35], ['grandparents', 20], ['single_mother', 15], ['kinship', 10], ['step_family', 7],
  ['single_father', 5], ['foster', 3], ['non_relative', 3], ['sibling_headed', 2],
] as const;
type Family = (typeof familyMix)[number][0];

const summaries: Record<Family, string> = {
  both_parents: 'Lives with both parents, who work as day labourers.',
  grandparents: 'Parents work in Thailand; the grandmother is the main caregiver.',
  single_mother: 'Father left the family; the mother cares for the children alone.',
  kinship: 'Parents died; an aunt has taken the child in.',
  step_family: 'Lives with a parent and a step-parent.',
  single_father: 'Mother migrated for work; the father cares for the children.',
  foster: 'Placed with a foster family after leaving a residential care centre.',
  non_relative: 'Cared for by a neighbour while the parents cannot be found.',
  sibling_headed: 'An older sibling heads the household.',
};

const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Somebody born `minYears`..`maxYears` before the child (an estimated date: nobody asked them). */
function elderBorn(random: Random, childDob: string, minYears: number, maxYears: number): string {
  const year = Number(childDob.slice(0, 4)) - random.int(minYears, maxYears);
  return `${year}-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`;
}

function members(random: Random, family: Family, childFamily: readonly [string, string], childDob: string): HouseholdMemberInput[] {
  const person = (relationship: HouseholdMemberInput['relationship'], sex: SexOfName, isCaregiver: boolean, dob: string | null, sameFamily = false): HouseholdMemberInput => {
    const name = fullName(random, sex, sameFamily ? childFamily : undefined);
    return { nameKm: name.km, nameLatin: name.latin, sex, dateOfBirth: dob, relationship, isCaregiver, phone: '' };
  };
  const parent = (rel: 'mother' | 'father', caregiver = true) =>
    person(rel, rel === 'mother' ? 'female' : 'male', caregiver, elderBorn(random, childDob, 18, 42), rel === 'father');
  const grand = (rel: 'grandmother' | 'grandfather', caregiver: boolean) =>
    person(rel, rel === 'grandmother' ? 'female' : 'male', caregiver, elderBorn(random, childDob, 38, 62));
  const siblings = (max: number, rel: 'sibling' | 'cousin' = 'sibling') =>
    Array.from({ length: random.int(0, max) }, () => person(rel, random.chance(0.5) ? 'female' : 'male', false, null, rel === 'sibling'));
  switch (family) {
    case 'both_parents':
      return [parent('mother'), parent('father'), ...siblings(3)];
    case 'grandparents':
      return [grand('grandmother', true), ...(random.chance(0.5) ? [grand('grandfather', true)] : []), ...siblings(3)];
    case 'single_mother':
      return [parent('mother'), ...(random.chance(0.3) ? [grand('grandmother', false)] : []), ...siblings(2)];
    case 'kinship':
      return [person('aunt', 'female', true, elderBorn(random, childDob, 20, 45)), ...(random.chance(0.5) ? [person('uncle', 'male', true, elderBorn(random, childDob, 20, 45))] : []), ...siblings(2, 'cousin')];
    case 'step_family':
      return random.chance(0.6)
        ? [parent('mother'), person('stepfather', 'male', true, elderBorn(random, childDob, 20, 45)), ...siblings(2)]
        : [parent('father'), person('stepmother', 'female', true, elderBorn(random, childDob, 18, 40)), ...siblings(2)];
    case 'single_father':
      return [parent('father'), ...(random.chance(0.5) ? [grand('grandmother', true)] : []), ...siblings(2)];
    case 'foster':
      return [person('foster_parent', 'female', true, elderBorn(random, childDob, 25, 50)), ...(random.chance(0.5) ? [person('foster_parent', 'male', true, elderBorn(random, childDob, 25, 50))] : [])];
    case 'non_relative':
      return [person('non_relative', random.chance(0.7) ? 'female' : 'male', true, elderBorn(random, childDob, 20, 55))];
    case 'sibling_headed':
      return [person('sibling', random.chance(0.5) ? 'female' : 'male', true, null, true), ...siblings(2)];
  }
}

function schoolStatusAt(random: Random, age: number): SchoolStatus {
  if (age < 5) return 'not_of_school_age';
  if (age === 5) return random.weighted([['not_of_school_age', 50], ['enrolled', 50]]);
  if (age < 12) return random.weighted([['enrolled', 75], ['irregular', 12], ['never_enrolled', 8], ['dropped_out', 5]]);
  return random.weighted([['enrolled', 55], ['dropped_out', 22], ['irregular', 15], ['never_enrolled', 8]]);
}

function incomeOf(random: Random, family: Family): IncomeSource[] {
  if (random.chance(0.03)) return ['none'];
  const sources = new Set<IncomeSource>(Array.from({ length: random.int(1, 2) }, () => random.weighted(incomeMix)));
  if (family === 'grandparents' || family === 'single_father') sources.add('migration_remittance');
  return [...sources];
}

function concernsOf(random: Random, risk: RiskLevel, disability: Disability, school: SchoolStatus): ProtectionConcern[] {
  const count = risk === 'high' ? random.int(1, 3) : risk === 'medium' ? random.int(1, 2) : random.int(0, 1);
  const concerns = new Set(random.sample(concernsByRisk[risk], count));
  if (disability !== 'none' && random.chance(0.5)) concerns.add('disability_without_support');
  if (school === 'dropped_out' && random.chance(0.5)) concerns.add('school_dropout');
  return [...concerns];
}

/**
 * A child aged 0-17 on `now`, born before `registeredAt`, living in `villageCode`.
 * Returns the intake exactly as a caseworker would have entered it.
 */
export function inventCase(random: Random, params: { villageCode: string; registeredAt: Date; now: Date }): CaseIntakeInput {
  const { now, registeredAt } = params;
  const sex = random.weighted<SexOfName>([['female', 50], ['male', 49.5], ['other', 0.5]]);
  const family = random.pick(familyNames);
  const [givenKm, givenLatin] = givenNameFor(random, sex);
  // Born after the day that would make them 18 today, and before they were registered.
  const earliest = Date.UTC(now.getUTCFullYear() - 18, now.getUTCMonth(), now.getUTCDate() + 1);
  const dateOfBirth = isoDate(earliest + random.next() * (registeredAt.getTime() - DAY - earliest));
  const ageAtRegistration = ageOn(dateOfBirth, isoDate(registeredAt.getTime()));
  const disability = random.weighted(disabilityMix);
  const schoolStatus = schoolStatusAt(random, ageAtRegistration);
  const risk = random.weighted(riskMix);
  const household = random.weighted(familyMix);
  return {
    child: {
      givenNameKm: givenKm,
      familyNameKm: family[0],
      givenNameLatin: `${givenLatin}${DEMO_MARK}`,
      familyNameLatin: family[1],
      sex,
      dateOfBirth,
      dateOfBirthEstimated: random.chance(0.2),
      disability,
      schoolStatus,
      birthRegistration: random.weighted([['registered', 75], ['not_registered', 18], ['unknown', 7]]),
      photoConsent: random.chance(0.3),
      notes: DEMO_CHILD_NOTE,
    },
    household: {
      villageCode: params.villageCode,
      idPoor: random.weighted(idPoorMix),
      incomeSources: incomeOf(random, household),
      address: '',
      members: members(random, household, family, dateOfBirth),
    },
    source: random.weighted(sourceMix),
    riskLevel: risk,
    protectionConcerns: concernsOf(random, risk, disability, schoolStatus),
    summary: `Synthetic demo case. ${summaries[household]}`,
    duplicatesReviewed: true,
  };
}
