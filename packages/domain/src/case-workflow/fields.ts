// Field builders for the workflow forms: every message names its field, so a form can show it beside the field
// and the API can add an i18n key. Also the columns every case record shares.
import { z } from 'zod';
import { khmerToAsciiDigits, stripZeroWidth } from '../common/khmer-digits';
import { Version } from '../common/schemas';
import { isRealDate } from './calendar';

/** Text that must be filled in: trimmed, zero-width spaces removed, bounded. */
export const requiredField = (field: string, max: number) =>
  z
    .string({ error: `${field} is required` })
    .transform(stripZeroWidth)
    .pipe(z.string().trim().min(1, `${field} is required`).max(max, `${field} must be at most ${max} characters`));

/** Text that may be left empty (defaults to ''). */
export const optionalField = (field: string, max: number) =>
  z
    .string({ error: `${field} must be text` })
    .transform(stripZeroWidth)
    .pipe(z.string().trim().max(max, `${field} must be at most ${max} characters`))
    .default('');

/** An ISO date (yyyy-mm-dd) that exists on the calendar; Khmer digits accepted. */
export const dateField = (field: string) =>
  z.preprocess(
    (v) => (typeof v === 'string' ? khmerToAsciiDigits(v.trim()) : v),
    z
      .string({ error: `${field} is required (yyyy-mm-dd)` })
      .regex(/^\d{4}-\d{2}-\d{2}$/, { error: `${field}: use the date format yyyy-mm-dd`, abort: true })
      .refine(isRealDate, `${field} is not a real date`),
  );

/** One value of a list; the message lists what may be chosen. */
export const choiceField = <const T extends readonly [string, ...string[]]>(field: string, values: T) =>
  z.enum(values, { error: `${field}: choose one of ${values.join(', ')}` });

/** The id of another record (a user, an assessment). */
export const idField = (field: string) =>
  z.string({ error: `${field} is required` }).trim().min(1, `${field} is required`).max(64, `${field} is not a valid id`);

/** A whole number in a range; Khmer digits accepted. */
export const wholeNumberField = (field: string, min: number, max: number) =>
  z.preprocess(
    (v) => (typeof v === 'string' && v.trim() !== '' ? Number(khmerToAsciiDigits(v.trim())) : v),
    z
      .number({ error: `${field} must be a number from ${min} to ${max}` })
      .int(`${field} must be a whole number`)
      .min(min, `${field} must be at least ${min}`)
      .max(max, `${field} must be at most ${max}`),
  );

/** Columns of every record that belongs to a case (assessment, plan, service, note...). */
export const caseRecordShape = {
  id: z.string(),
  caseId: z.string(),
  version: Version,
  createdById: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
};
