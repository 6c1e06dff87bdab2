// Someone who wants to volunteer applies on the supporters portal without an account: who they are, how to reach
// them (a Cambodian phone number, Khmer digits allowed, or an email address), what they offer, and their consent
// to safeguarding checks. A coordinator then accepts (an account is made) or declines with a reason.
import { z } from 'zod';
import { requiredField } from '../case-workflow/fields';
import { Id, Version } from '../common/schemas';
import { khmerToAsciiDigits, stripZeroWidth } from '../common/khmer-digits';
import { locales } from '../user/schemas';

export const availabilitySlots = ['weekday_mornings', 'weekday_afternoons', 'weekday_evenings', 'weekends'] as const;
export type AvailabilitySlot = (typeof availabilitySlots)[number];
export const volunteerLanguages = ['km', 'en', 'fr', 'zh', 'other'] as const;
export type VolunteerLanguage = (typeof volunteerLanguages)[number];
export const applicationStatuses = ['pending', 'accepted', 'declined'] as const;
export type ApplicationStatus = (typeof applicationStatuses)[number];

/**
 * A Cambodian number in international form (+855 and the number without its leading 0), or null.
 * Accepts 0xx xxx xxx(x), 855..., +855..., with spaces, dots, dashes or brackets, in Khmer or Latin digits.
 * Cambodian numbers have 8 or 9 digits after the leading 0 (2-digit operator or area code, then 6 or 7).
 */
export function cambodianPhone(text: string): string | null {
  const compact = khmerToAsciiDigits(stripZeroWidth(text)).replace(/[\s.\-()]/g, '');
  const match = /^(?:\+855|00855|855|0)([1-9]\d{7,8})$/.exec(compact);
  return match ? `+855${match[1]}` : null;
}

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export type ApplicantContact = { kind: 'phone' | 'email'; value: string };

/** An email address (lower-cased) or a Cambodian phone number (international form); null when it is neither. */
export function applicantContactOf(text: string): ApplicantContact | null {
  const trimmed = stripZeroWidth(text).trim();
  if (trimmed.includes('@')) return emailPattern.test(trimmed) && trimmed.length <= 200 ? { kind: 'email', value: trimmed.toLowerCase() } : null;
  const phone = cambodianPhone(trimmed);
  return phone ? { kind: 'phone', value: phone } : null;
}

const Contact = z
  .string({ error: 'Contact is required' })
  .max(200, 'Contact must be at most 200 characters')
  .transform((text, ctx) => {
    const contact = applicantContactOf(text);
    if (contact) return contact;
    ctx.addIssue({
      code: 'custom',
      message: 'Contact: give a Cambodian phone number (for example 012 345 678) or an email address',
      params: { messageKey: text.trim() === '' ? 'errors.field.required' : 'errors.applicantContact' },
    });
    return z.NEVER;
  });

export const VolunteerApplicationInput = z.object({
  name: requiredField('Name', 120),
  contact: Contact,
  skills: requiredField('Skills', 1000),
  availability: z.array(z.enum(availabilitySlots)).min(1, 'Availability: choose at least one').max(availabilitySlots.length),
  languages: z.array(z.enum(volunteerLanguages)).min(1, 'Languages: choose at least one').max(volunteerLanguages.length),
  /** The language of the portal when they applied: their account and messages use it. */
  locale: z.enum(locales),
  // Checks are a condition of volunteering with children: no application without consent.
  consentToSafeguardingChecks: z.boolean().refine((v) => v, { message: 'Consent to safeguarding checks is required to volunteer', params: { messageKey: 'errors.safeguardingConsentRequired' } }),
});
export type VolunteerApplicationInput = z.input<typeof VolunteerApplicationInput>;
export type VolunteerApplication = z.output<typeof VolunteerApplicationInput>;

export const VolunteerApplicationView = z.object({
  id: z.string(),
  version: Version,
  name: z.string(),
  contactKind: z.enum(['phone', 'email']),
  contact: z.string(),
  skills: z.string(),
  availability: z.array(z.enum(availabilitySlots)),
  languages: z.array(z.enum(volunteerLanguages)),
  locale: z.enum(locales),
  status: z.enum(applicationStatuses),
  decisionReason: z.string().nullable(),
  decidedAt: z.string().nullable(),
  volunteerUsername: z.string().nullable(),
  createdAt: z.string(),
});
export type VolunteerApplicationView = z.infer<typeof VolunteerApplicationView>;

const ApplicationRef = z.object({ id: Id, expectedVersion: Version });
export const AcceptApplicationInput = ApplicationRef;
export type AcceptApplicationInput = z.infer<typeof AcceptApplicationInput>;
export const DeclineApplicationInput = ApplicationRef.extend({ reason: requiredField('Reason', 1000) });
export type DeclineApplicationInput = z.infer<typeof DeclineApplicationInput>;

/**
 * A username for the new account from the applicant's name: Latin letters and digits joined by dots, "volunteer"
 * when the name has none (a name written in Khmer), then a number when it is taken.
 */
export function suggestedUsername(name: string, taken: (username: string) => boolean): string {
  const latin = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .join('.')
    .slice(0, 30);
  const base = latin.length >= 3 ? latin : 'volunteer';
  if (!taken(base)) return base;
  for (let n = 2; ; n++) if (!taken(`${base}${n}`)) return `${base}${n}`;
}
