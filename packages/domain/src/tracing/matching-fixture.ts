// A labelled synthetic set for the tracing matcher: each pair is a remembered person and a known person, with
// whether they are the same. Spelling variants, Khmer/Latin script changes, swapped and partial names, moves and
// guessed ages on the positive side; namesakes, shared family names and neighbours on the negative side.
import type { CandidateProfile, SoughtProfile } from './matching';
import type { SoughtRelation } from './schemas';

export type LabelledPair = { sought: SoughtProfile; candidate: CandidateProfile; same: boolean; kind: string };

const familyNames: [string, string][] = [
  ['សុខ', 'Sok'], ['ចាន់', 'Chan'], ['គីម', 'Kim'], ['លី', 'Ly'], ['ហេង', 'Heng'], ['ម៉ៅ', 'Mao'], ['ទេព', 'Tep'],
  ['ឈុន', 'Chhun'], ['សេង', 'Seng'], ['ខៀវ', 'Khiev'], ['ឡុង', 'Long'], ['ជា', 'Chea'], ['មាស', 'Meas'], ['ហុង', 'Hong'],
  ['សួន', 'Suon'], ['ទូច', 'Touch'], ['អ៊ុក', 'Ouk'], ['គង់', 'Kong'], ['យឹម', 'Yim'], ['នួន', 'Nuon'], ['ប៊ុន', 'Bun'],
  ['ឆាយ', 'Chhay'], ['ម៉េង', 'Meng'],
];
const givenNames: [string, string][] = [
  ['ដារា', 'Dara'], ['សុភា', 'Sophea'], ['វណ្ណា', 'Vanna'], ['ធីតា', 'Thida'], ['ពិសី', 'Pisey'], ['សំណាង', 'Samnang'],
  ['បុប្ផា', 'Bopha'], ['ផល្លា', 'Phalla'], ['រស្មី', 'Reaksmey'], ['ម៉ាលី', 'Maly'], ['កុសល', 'Kosal'], ['ពេជ្រ', 'Pich'],
  ['ភក្តី', 'Pheakdey'], ['ចិន្តា', 'Chenda'], ['សុវណ្ណ', 'Sovann'], ['រតនា', 'Ratana'], ['វិចិត្រ', 'Vichet'], ['ណារ៉ា', 'Nara'],
  ['សុផល', 'Sophal'], ['ចន្ថា', 'Chantha'], ['ធារី', 'Theary'], ['វិសាល', 'Visal'], ['ស្រីពៅ', 'Sreypov'],
];

/** How the same name is spelt by different hands: the variants met in registers and on phones. */
const spellings: Record<string, string[]> = {
  Sok: ['Sokh'], Chan: ['Chann'], Kim: ['Kimm'], Ly: ['Lee', 'Li'], Heng: ['Hheng'], Chhun: ['Chun'], Khiev: ['Kheav', 'Khiew'],
  Chea: ['Chia'], Touch: ['Tuch', 'Touch'], Ouk: ['Ok', 'Uk'], Suon: ['Soun'], Yim: ['Yimm'], Nuon: ['Noun'], Chhay: ['Chay'],
  Dara: ['Darah', 'Daraa'], Sophea: ['Sophia', 'Sopheaa'], Vanna: ['Vana', 'Vannah'], Thida: ['Tida', 'Thidaa'],
  Pisey: ['Pisei', 'Pisay'], Phalla: ['Phala'], Reaksmey: ['Raksmey', 'Reaksmei'], Maly: ['Mali', 'Malyy'],
  Sovann: ['Sovan'], Ratana: ['Rattana', 'Rathana'], Vichet: ['Vichett', 'Vicheth'], Nara: ['Narra'], Sreypov: ['Srey Pov', 'Sreypove'],
  Chantha: ['Chanta'], Theary: ['Thearie'], Kosal: ['Kossal'], Samnang: ['Samnangh'], Bopha: ['Bopa'], Chenda: ['Chendaa'],
};

/** A small deterministic generator, so the set and its figures are the same on every run. */
function generator(seed: number) {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!, chance: (p: number) => next() < p };
}

const villages = ['02030301', '02030302', '02030401', '02040101', '02050203', '12010101', '12020304', '17010203'];
const relations: SoughtRelation[] = ['mother', 'father', 'sibling', 'aunt_uncle', 'grandparent'];

type Person = { family: [string, string]; given: [string, string]; birthYear: number; village: string; sex: 'female' | 'male' };

function latinVariant(latin: string, g: ReturnType<typeof generator>): string {
  const options = spellings[latin];
  return options && g.chance(0.7) ? g.pick(options) : latin;
}

/** The name as the child says it and a caseworker writes it: either script, a spelling variant, maybe reordered or half. */
function remembered(p: Person, g: ReturnType<typeof generator>): { name: string; kind: string } {
  const script = g.chance(0.35) ? 'km' : 'latin';
  const family = script === 'km' ? p.family[0] : latinVariant(p.family[1], g);
  const given = script === 'km' ? p.given[0] : latinVariant(p.given[1], g);
  const roll = g.next();
  if (roll < 0.08) return { name: given, kind: `${script}-given-only` };
  if (roll < 0.35) return { name: `${given} ${family}`, kind: `${script}-swapped` };
  return { name: `${family} ${given}`, kind: `${script}-variant` };
}

/** How the known person is recorded: a household member has both scripts, a hive contact often one. */
function recorded(p: Person, g: ReturnType<typeof generator>): string[] {
  const km = `${p.family[0]} ${p.given[0]}`;
  const latin = `${p.family[1]} ${p.given[1]}`;
  const roll = g.next();
  return roll < 0.5 ? [km, latin] : roll < 0.75 ? [km] : [latin];
}

function person(g: ReturnType<typeof generator>, childBirthYear: number, relation: SoughtRelation): Person {
  const gap = relation === 'sibling' ? g.pick([-8, -4, -2, 2, 5]) : relation === 'grandparent' ? 45 + Math.floor(g.next() * 20) : 18 + Math.floor(g.next() * 25);
  const sex: 'female' | 'male' = relation === 'mother' ? 'female' : relation === 'father' ? 'male' : g.chance(0.5) ? 'female' : 'male';
  return { family: g.pick(familyNames), given: g.pick(givenNames), birthYear: childBirthYear - gap, village: g.pick(villages), sex };
}

/** Where the child remembers: the village, only the commune or district, a wrong or no place. */
function rememberedPlace(village: string, g: ReturnType<typeof generator>): string | null {
  const roll = g.next();
  if (roll < 0.3) return village;
  if (roll < 0.5) return village.slice(0, 6);
  if (roll < 0.65) return village.slice(0, 4);
  if (roll < 0.75) return g.pick(villages);
  return null;
}

/** `size` positive pairs and three times as many negatives, from one seed. */
export function labelledTracingPairs(size = 600, seed = 2032): LabelledPair[] {
  const g = generator(seed);
  const pairs: LabelledPair[] = [];
  for (let i = 0; i < size; i++) {
    const childBirthYear = 2008 + Math.floor(g.next() * 12);
    const relation = g.pick(relations);
    const real = person(g, childBirthYear, relation);
    const { name, kind } = remembered(real, g);
    const sought: SoughtProfile = { relation, name, childBirthYear: g.chance(0.8) ? childBirthYear : null, placeCode: rememberedPlace(real.village, g) };
    // The family moved since: the record is in another village a fifth of the time.
    const recordVillage = g.chance(0.2) ? g.pick(villages) : real.village;
    const birthYear = g.chance(0.7) ? real.birthYear + g.pick([0, 0, 1, -1, 2, -3]) : null;
    pairs.push({ sought, candidate: { names: recorded(real, g), birthYear, sex: g.chance(0.6) ? real.sex : null, placeCode: recordVillage }, same: true, kind });
    for (let n = 0; n < 3; n++) {
      const other = person(g, childBirthYear, relation);
      const roll = g.next();
      // A neighbour with the same family name, a namesake in another village, or anyone.
      if (roll < 0.4) {
        other.family = real.family;
        other.village = real.village;
      } else if (roll < 0.55) {
        other.given = real.given;
        other.village = villages[(villages.indexOf(real.village) + 3) % villages.length]!;
      }
      if (other.family === real.family && other.given === real.given) other.given = givenNames[(givenNames.indexOf(real.given) + 1) % givenNames.length]!;
      pairs.push({
        sought,
        candidate: { names: recorded(other, g), birthYear: g.chance(0.7) ? other.birthYear : null, sex: g.chance(0.6) ? other.sex : null, placeCode: other.village },
        same: false,
        kind: roll < 0.4 ? 'same-family-name' : roll < 0.55 ? 'same-given-name' : 'other',
      });
    }
  }
  return pairs;
}

/** Precision and recall of a scorer over a labelled set, at a threshold. */
export function precisionRecall(pairs: readonly LabelledPair[], predict: (p: LabelledPair) => boolean) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const misses: LabelledPair[] = [];
  const falseAlarms: LabelledPair[] = [];
  for (const p of pairs) {
    const hit = predict(p);
    if (hit && p.same) tp++;
    else if (hit) {
      fp++;
      falseAlarms.push(p);
    } else if (p.same) {
      fn++;
      misses.push(p);
    }
  }
  return { precision: tp / Math.max(1, tp + fp), recall: tp / Math.max(1, tp + fn), truePositives: tp, falsePositives: fp, falseNegatives: fn, misses, falseAlarms };
}
