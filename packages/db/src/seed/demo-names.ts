// Common Khmer names in both scripts, from which the demo seed invents people. Each pair is one name.
import type { Random } from './random';

type NamePair = readonly [km: string, latin: string];

export const familyNames: readonly NamePair[] = [
  ['សុខ', 'Sok'], ['ចាន់', 'Chan'], ['ហេង', 'Heng'], ['លី', 'Ly'], ['គឹម', 'Kim'], ['ខៀវ', 'Khiev'],
  ['ម៉ៅ', 'Mao'], ['កែវ', 'Keo'], ['ជា', 'Chea'], ['ទេព', 'Tep'], ['ឡុង', 'Long'], ['ពេជ្រ', 'Pich'],
  ['អ៊ុក', 'Ouk'], ['នួន', 'Nuon'], ['ប៊ុន', 'Bun'], ['សៅ', 'Sao'], ['សេង', 'Seng'], ['ញឹម', 'Nhim'],
  ['ផល', 'Phal'], ['ពៅ', 'Pov'], ['វង្ស', 'Vong'], ['ឈិន', 'Chhin'], ['យិន', 'Yin'], ['សួន', 'Suon'],
];

export const femaleGivenNames: readonly NamePair[] = [
  ['សុភា', 'Sophea'], ['ស្រីពៅ', 'Sreypov'], ['ចាន់ធី', 'Chanthy'], ['សុភាព', 'Sopheap'], ['ដាលីន', 'Dalin'],
  ['ស្រីមុំ', 'Sreymom'], ['ធីតា', 'Thida'], ['បុប្ផា', 'Bopha'], ['គន្ធា', 'Kunthea'], ['មាលា', 'Mealea'],
  ['ចិន្តា', 'Chenda'], ['លីដា', 'Lida'], ['ស្រីនាង', 'Sreyneang'], ['ស្រីលក្ខណ៍', 'Sreyleak'], ['សុគន្ធា', 'Sokunthea'],
];

export const maleGivenNames: readonly NamePair[] = [
  ['ដារ៉ា', 'Dara'], ['វិចិត្រ', 'Vichet'], ['សុផល', 'Sophal'], ['រតនា', 'Rathana'], ['ពិសិដ្ឋ', 'Piseth'],
  ['វិបុល', 'Vibol'], ['សំណាង', 'Samnang'], ['បូរ៉ា', 'Bora'], ['វុទ្ធី', 'Vuthy'], ['សុវណ្ណ', 'Sovann'],
  ['មករា', 'Makara'], ['រិទ្ធី', 'Rithy'], ['វាសនា', 'Veasna'], ['សម្បត្តិ', 'Sambath'], ['កុសល', 'Kosal'],
  ['ធារ៉ា', 'Theara'], ['សុជាតិ', 'Socheat'],
];

/** Names given to girls and boys alike. */
export const sharedGivenNames: readonly NamePair[] = [
  ['សុខា', 'Sokha'], ['រស្មី', 'Reaksmey'], ['ពិសី', 'Pisey'], ['ផល្លា', 'Phalla'], ['វណ្ណា', 'Vanna'], ['ចាន់ណា', 'Channa'],
];

/** Every Latin name the seed makes ends with this, so nobody can take a demo record for a real person. */
export const DEMO_MARK = ' (demo)';

export type SexOfName = 'female' | 'male' | 'other';

export function givenNameFor(random: Random, sex: SexOfName): NamePair {
  if (random.chance(0.12) || sex === 'other') return random.pick(sharedGivenNames);
  return random.pick(sex === 'female' ? femaleGivenNames : maleGivenNames);
}

/** A whole name, family name first as in Khmer, for household members and need contacts. */
export function fullName(random: Random, sex: SexOfName, family: NamePair = random.pick(familyNames)): { km: string; latin: string } {
  const [givenKm, givenLatin] = givenNameFor(random, sex);
  return { km: `${family[0]} ${givenKm}`, latin: `${family[1]} ${givenLatin}${DEMO_MARK}` };
}
