// The additive structure every published count sits in: communes within districts within the province,
// quarters within years. Secondary suppression and the attack both reason over these relations.
import type { ReportPeriod } from './types';
import { reportCellKey } from './types';

/**
 * `sum`: whole = sum of parts (places always; periods when the indicator adds over time).
 * `cover`: each part <= whole <= sum of parts (distinct people over periods: a child may be counted in two quarters).
 */
export interface Relation {
  readonly whole: number;
  readonly parts: readonly number[];
  readonly kind: 'sum' | 'cover';
}

/** Every place-and-period of one indicator as a numbered node, with the relations between them. */
export interface Lattice {
  readonly keys: readonly string[];
  readonly index: ReadonlyMap<string, number>;
  readonly relations: readonly Relation[];
  /** Relations each node takes part in, by node number. */
  readonly relationsOf: readonly (readonly number[])[];
}

/** Places of the gazetteer by code, from the communes up; a parent is its children's common prefix. */
export function placesOf(communes: readonly string[], provinces: ReadonlySet<string>) {
  const descendants = new Map<string, { district: string[]; commune: string[] }>();
  const add = (code: string) => {
    if (!descendants.has(code)) descendants.set(code, { district: [], commune: [] });
  };
  for (const commune of communes) {
    const province = commune.slice(0, 2);
    if (!provinces.has(province)) continue;
    const district = commune.slice(0, 4);
    add(commune);
    if (!descendants.has(district)) {
      add(district);
      add(province);
      descendants.get(province)?.district.push(district);
    }
    descendants.get(district)?.commune.push(commune);
    descendants.get(province)?.commune.push(commune);
  }
  return descendants;
}

/** All periods of a year: every run of quarters from..to. */
export function periodsOf(year: number): ReportPeriod[] {
  const periods: ReportPeriod[] = [];
  for (let from = 1; from <= 4; from++) for (let to = from; to <= 4; to++) periods.push({ year, from, to });
  return periods;
}

/** Ways to cut quarters from..to into two or more consecutive runs. */
function splitsOf(period: ReportPeriod): ReportPeriod[][] {
  const cuts = period.to - period.from;
  const splits: ReportPeriod[][] = [];
  for (let mask = 1; mask < 1 << cuts; mask++) {
    const parts: ReportPeriod[] = [];
    let start = period.from;
    for (let i = 0; i < cuts; i++) {
      if (mask & (1 << i)) {
        parts.push({ year: period.year, from: start, to: period.from + i });
        start = period.from + i + 1;
      }
    }
    parts.push({ year: period.year, from: start, to: period.to });
    splits.push(parts);
  }
  return splits;
}

export function buildLattice(
  communes: readonly string[],
  provinces: ReadonlySet<string>,
  years: readonly number[],
  additiveOverTime: boolean,
): Lattice {
  const places = placesOf(communes, provinces);
  const keys: string[] = [];
  const index = new Map<string, number>();
  const periods = years.flatMap(periodsOf);
  for (const place of places.keys()) {
    for (const period of periods) {
      index.set(reportCellKey(place, period), keys.length);
      keys.push(reportCellKey(place, period));
    }
  }
  const at = (place: string, period: ReportPeriod) => index.get(reportCellKey(place, period)) as number;
  const relations: Relation[] = [];
  for (const [place, below] of places) {
    for (const period of periods) {
      for (const level of [below.district, below.commune]) {
        if (level.length > 0) relations.push({ whole: at(place, period), parts: level.map((p) => at(p, period)), kind: 'sum' });
      }
      for (const split of splitsOf(period)) {
        relations.push({
          whole: at(place, period),
          parts: split.map((p) => at(place, p)),
          kind: additiveOverTime ? 'sum' : 'cover',
        });
      }
    }
  }
  const relationsOf: number[][] = keys.map(() => []);
  relations.forEach((r, i) => {
    for (const node of [r.whole, ...r.parts]) relationsOf[node]?.push(i);
  });
  return { keys, index, relations, relationsOf };
}
