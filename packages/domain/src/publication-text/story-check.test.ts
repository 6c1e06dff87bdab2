import { describe, expect, it } from 'vitest';
import { findCorrectionNoteProblems } from './correction-note';
import type { PlaceName } from './places';
import { findStoryHits, openStoryHits, type StoryRecords } from './story-check';

const places: PlaceName[] = [
  { code: '020101', level: 'commune', nameKm: 'បឹងប្រីយ៍', nameLatin: 'Boeng Pring' },
  { code: '02010101', level: 'village', nameKm: 'ត្រាង', nameLatin: 'Trang' },
  { code: '0201', level: 'district', nameKm: 'មោងឫស្សី', nameLatin: 'Moung Ruessei' },
];
const records: StoryRecords = {
  people: [
    { name: 'Sok Dara (demo)', role: 'child' },
    { name: 'ចាន់ ស្រីពៅ', role: 'household_member' },
    { name: 'Heng Vanna (demo)', role: 'staff' },
  ],
  caseReferences: ['KR-2025-0042'],
  places,
};
const kinds = (text: string) => findStoryHits(text, records).map((h) => [h.kind, h.text]);

describe('story checks', () => {
  it('finds a child\'s name from the records, spelt another way and in another order', () => {
    expect(kinds('Today Dara Sokh laughs again.')).toEqual([['person_name', 'Dara Sokh']]);
    expect(findStoryHits('Sok Darah went home.', records)[0]?.role).toBe('child');
  });

  it('finds Khmer names inside unspaced Khmer text, ignoring the marks typists vary, and Khmer names written in Latin', () => {
    expect(kinds('ម្ដាយរបស់ចាន់ស្រីពៅបានមក')).toEqual([['person_name', 'ចាន់ស្រីពៅ']]);
    const khmerChild: StoryRecords = { ...records, people: [{ name: 'សុខ ដារា', role: 'child' }] };
    expect(findStoryHits('We met Sok Dara.', khmerChild).map((h) => h.text)).toEqual(['Sok Dara']);
  });

  it('leaves alone names that only look a little alike, and a pseudonym nobody in the records has', () => {
    expect(kinds('Sophea and Kosal planted rice.')).toEqual([]);
  });

  it('finds case references, villages and communes, exact dates, ages with a place and phone numbers', () => {
    const text = 'Case KR-2025-0042: a girl aged 9 from Trang village in Boeng Pring came home on 12 March 2025; call 012 345 678.';
    expect(kinds(text)).toEqual([
      ['case_reference', 'KR-2025-0042'],
      ['age_with_place', 'aged 9'],
      ['place', 'Trang'],
      ['place', 'Boeng Pring'],
      ['exact_date', '12 March 2025'],
      ['phone_number', '012 345 678'],
    ]);
    // An age alone, with no place named, is not a finding; nor is a year.
    expect(kinds('She was 9 years old in 2025.')).toEqual([]);
  });

  it('reads Khmer digits and Khmer dates and ages', () => {
    expect(kinds('នៅថ្ងៃទី១២ ខែមីនា នៅភូមិត្រាង អាយុ ៩ ឆ្នាំ').map(([k]) => k)).toEqual(['exact_date', 'place', 'age_with_place']);
  });

  it('counts a hit as dealt with once a reviewer overruled it, in any later version', () => {
    const hits = findStoryHits('Sok Dara and Trang.', records);
    expect(openStoryHits(hits, new Set([hits[0]!.key])).map((h) => h.kind)).toEqual(['place']);
    expect(findStoryHits('Now: Sok Dara.', records)[0]?.key).toBe(hits[0]?.key);
  });
});

describe('correction notes', () => {
  it('refuses digits, Latin or Khmer, and places below the province', () => {
    expect(findCorrectionNoteProblems('Late records were added.', places)).toEqual([]);
    expect(findCorrectionNoteProblems('One late record', places)).toEqual([]);
    expect(findCorrectionNoteProblems('1 late record', places)).toEqual([{ kind: 'digits', text: '1' }]);
    expect(findCorrectionNoteProblems('ត្រីមាសទី៣', places)).toEqual([{ kind: 'digits', text: '៣' }]);
    expect(findCorrectionNoteProblems('a record in moung ruessei', places)).toEqual([{ kind: 'place', text: 'moung ruessei', level: 'district' }]);
    expect(findCorrectionNoteProblems('កំណត់ត្រានៅមោងឫស្សី', places).map((p) => p.kind)).toEqual(['place']);
  });
});
