// A correction's public note: a reason from a fixed list, and free text that never gives away a number or a place.
import { z } from 'zod';
import { findDigits, findPlaces, type PlaceName } from './places';

/** Why a publication was corrected; labels in the locales (values.correctionReason.*). */
export const correctionReasons = ['late_records', 'data_fix', 'definition_change'] as const;
export type CorrectionReason = (typeof correctionReasons)[number];

export const CorrectionNoteInput = z.object({
  reason: z.enum(correctionReasons),
  /** Optional words for supporters; reviewed with the correction. */
  note: z.string().trim().max(500).default(''),
});
export type CorrectionNoteInput = z.infer<typeof CorrectionNoteInput>;

export type CorrectionNoteProblem = { kind: 'digits'; text: string } | { kind: 'place'; text: string; level: PlaceName['level'] };

/**
 * What a note must not say: any digit (a count, a quarter, a date: the difference an attacker needs) and any
 * district, commune or village (the place of that difference). Provinces may be named.
 */
export function findCorrectionNoteProblems(note: string, places: readonly PlaceName[]): CorrectionNoteProblem[] {
  return [
    ...findDigits(note).map((h) => ({ kind: 'digits' as const, text: h.text })),
    ...findPlaces(note, places).map((h) => ({ kind: 'place' as const, text: h.text, level: h.place.level })),
  ];
}
