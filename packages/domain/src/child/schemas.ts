// A child: who they are, in Khmer and Latin script.
import { z } from 'zod';
import { IsoDate, Version, requiredText, text } from '../common/schemas';

export const sexes = ['female', 'male', 'other'] as const;
export const schoolStatuses = ['not_of_school_age', 'enrolled', 'irregular', 'dropped_out', 'never_enrolled'] as const;
export const birthRegistrations = ['registered', 'not_registered', 'unknown'] as const;
export const disabilities = ['none', 'physical', 'sensory', 'intellectual', 'psychosocial', 'multiple'] as const;

export const ChildInput = z.object({
  givenNameKm: requiredText(80),
  familyNameKm: requiredText(80),
  givenNameLatin: requiredText(80),
  familyNameLatin: requiredText(80),
  sex: z.enum(sexes),
  dateOfBirth: IsoDate,
  dateOfBirthEstimated: z.boolean().default(false),
  disability: z.enum(disabilities).default('none'),
  schoolStatus: z.enum(schoolStatuses),
  birthRegistration: z.enum(birthRegistrations),
  photoConsent: z.boolean().default(false),
  notes: text(2000).default(''),
});
export type ChildInput = z.infer<typeof ChildInput>;

export const Child = ChildInput.extend({ id: z.string(), version: Version, createdAt: z.string(), updatedAt: z.string() });
export type Child = z.infer<typeof Child>;

// In a file of its own so a screen that shows an age does not carry the child schemas (and zod) with it.
export { ageOn } from './age';

export const nameFieldScripts = ['km', 'latin'] as const;
export type NameFieldScript = (typeof nameFieldScripts)[number];

const KHMER_LETTER = /[\u1780-\u17ff\u19e0-\u19ff]/u;
const LATIN_LETTER = /[A-Za-z\u00c0-\u024f]/u;

/**
 * Whether a name typed in a field for one script holds letters of the other (Latin in a Khmer name field, Khmer
 * in a Latin one). Forms warn and still save: people type what they have.
 */
export function hasOtherScript(name: string, script: NameFieldScript): boolean {
  return script === 'km' ? LATIN_LETTER.test(name) : KHMER_LETTER.test(name);
}
