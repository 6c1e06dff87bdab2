// Shapes shared by every aggregate: ids, versions, pages, clean text.
import { z } from 'zod';
import { khmerToAsciiDigits, stripZeroWidth } from './khmer-digits';

export const Id = z.string().uuid();
export type Id = z.infer<typeof Id>;

/** Every updatable record carries a version; an update from a stale version is refused. */
export const Version = z.number().int().nonnegative();

/** Free text: trimmed, zero-width spaces removed, bounded. */
export const text = (max: number) => z.string().transform(stripZeroWidth).pipe(z.string().trim().max(max));
export const requiredText = (max: number) => z.string().transform(stripZeroWidth).pipe(z.string().trim().min(1).max(max));

/** A whole number that may be typed with Khmer digits. */
export const intFromInput = z.preprocess(
  (v) => (typeof v === 'string' ? Number(khmerToAsciiDigits(v.trim())) : v),
  z.number().int(),
);

/** True for a yyyy-mm-dd that exists on the calendar (not 2026-02-30, not "1 Jan 2026"). */
function isCalendarDate(s: string): boolean {
  const day = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === s;
}

/** ISO date (yyyy-mm-dd). Khmer digits accepted. */
export const IsoDate = z.preprocess(
  (v) => (typeof v === 'string' ? khmerToAsciiDigits(v.trim()) : v),
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use the date format yyyy-mm-dd')
    // Date.parse rolls 2026-02-30 over to March; a real date reads back the same.
    .refine(isCalendarDate, 'Not a real date'),
);

export const PageInput = z.object({
  page: z.number().int().min(1).default(1),
  pageSize: z.number().int().min(1).max(200).default(25),
});
export type PageInput = z.infer<typeof PageInput>;

export const pageOf = <T extends z.ZodTypeAny>(item: T) =>
  z.object({ items: z.array(item), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });
export type Page<T> = { items: T[]; total: number; page: number; pageSize: number };

export const Ok = z.object({ ok: z.literal(true) });
