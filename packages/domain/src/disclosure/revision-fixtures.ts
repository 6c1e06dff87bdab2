// Shared fixtures for the tests of corrections: a year of quarterly snapshots where one district's first quarter is
// "<10" (9) in every publication, and the corrections that move it.
import { protectPublication } from './protect';
import { sumCommuneQuarters } from './raw';
import type { PublicRevision, RevisionLink, StatedChange } from './revisions';
import { geo, reunified, spec } from './test-data';
import type { PublishedTable, RawCount, TableSpec } from './types';

export const districts = ['0201', '0202', '0203'];
/** District 0201 has 9 reunifications in Q1 (shown "<10"); every total keeps its rounding through +2. */
const quarters = { '020101': [9, 12, 0, 14], '020201': [11, 0, 13, 12], '020301': [0, 13, 11, 0] };

/** The true counts, with `changes` (commune: [quarter, delta]) applied. */
export const rawOf = (changes: Record<string, [number, number]> = {}): RawCount => {
  const byCommune = Object.fromEntries(Object.entries(quarters).map(([c, qs]) => [c, [...qs]]));
  for (const [commune, [q, delta]] of Object.entries(changes)) (byCommune[commune] as number[])[q - 1]! += delta;
  return sumCommuneQuarters(2025, byCommune);
};

export const snapshot = (through: 1 | 2 | 3 | 4, levels: ('province' | 'district')[] = ['province', 'district']): TableSpec[] =>
  levels.map((level) => spec({ indicator: reunified, throughQuarter: through, level, rows: level === 'province' ? ['02'] : districts, columnTotals: level === 'district' }));

export const q1 = { year: 2025, from: 1, to: 1 };
export const lateRecordQ3: StatedChange = { indicator: reunified.id, geo: '0202', period: { year: 2025, from: 3, to: 3 }, delta: 1 };
/** What the reported note gave away: one more reunification in district 0201, quarter 1 (9 -> 10). */
export const lateRecordQ1: StatedChange = { indicator: reunified.id, geo: '0201', period: q1, delta: 1 };

/**
 * Four quarterly snapshots, then a correction (a late record in 0202, Q3) made the naive way: the year protected
 * again from scratch, without the publications it replaces. Five publications show 0201 Q1 as "<10".
 */
export function fivePublications(): { revisions: PublicRevision[]; links: RevisionLink[] } {
  const revisions: { id: string; tables: PublishedTable[] }[] = [];
  const earlier = () => revisions.flatMap((r) => r.tables);
  for (const through of [1, 2, 3, 4] as const) {
    revisions.push({ id: `Q${through}`, tables: protectPublication({ specs: snapshot(through), raw: { [reunified.id]: rawOf() }, geo: geo(), earlier: earlier() }) });
  }
  revisions.push({ id: 'Q4r2', tables: protectPublication({ specs: snapshot(4), raw: { [reunified.id]: rawOf({ '020201': [3, 1] }) }, geo: geo() }) });
  const links: RevisionLink[] = [
    { from: 'Q1', to: 'Q2', stated: [] },
    { from: 'Q2', to: 'Q3', stated: [] },
    { from: 'Q3', to: 'Q4', stated: [] },
    { from: 'Q4', to: 'Q4r2', stated: [lateRecordQ3], reason: 'late_records' },
  ];
  return { revisions, links };
}

/** The reported correction: the late record in 0202 Q3 and one more in 0201 Q1, which moves its "<10" to 10. */
export const correctedRaw = () => rawOf({ '020201': [3, 1], '020101': [1, 1] });
/** How a publication shows district 0201 in Q1. */
export const shownQ1 = (tables: readonly PublishedTable[]) => tables.find((t) => t.level === 'district')?.rows[0]?.cells[0];
