// Needs that commune volunteers register in the hive portal (docs/DESIGN.md §4, Community).
import { z } from 'zod';
import { VillageCode } from '../geography/schemas';
import { Id, Version, requiredText, text } from '../common/schemas';
import { khmerToAsciiDigits } from '../common/khmer-digits';

import { NEED_DESCRIPTION_MAX, needCategories, needStatuses, needUrgencies } from './values';

export { NEED_DESCRIPTION_MAX, needCategories, needStatuses, needUrgencies };
export type { NeedCategory, NeedStatus, NeedUrgency } from './values';

/**
 * A Cambodian phone number: 0, +855 or 00855, then 8 or 9 digits (mobile and landline). Khmer digits, spaces,
 * dots, dashes and brackets are allowed, as people write them ("០១២ ៣៤៥ ៦៧៨", "+855 12-345-678").
 */
export function isCambodianPhone(phone: string): boolean {
  return /^(?:\+855|00855|0)[1-9]\d{7,8}$/.test(khmerToAsciiDigits(phone).replace(/[\s.()-]/g, ''));
}

/** A phone's clock may run a little fast; beyond this a report "made in the future" is refused. */
export const REPORTED_AT_TOLERANCE_MS = 10 * 60 * 1000;

export function isReportedInFuture(reportedAt: string, now: Date): boolean {
  return Date.parse(reportedAt) > now.getTime() + REPORTED_AT_TOLERANCE_MS;
}

/**
 * What a volunteer's phone sends. The id is a UUID made on the phone, so a resend is stored once. Contact details
 * are kept only when the family agreed to be contacted: without that, they are dropped here, before anything
 * stores or hashes them (the server parses with this schema too).
 */
export const HiveNeedFields = z.object({
  id: z.string().uuid('The need has no valid id; reload the app'),
  villageCode: VillageCode,
  category: z.enum(needCategories),
  urgency: z.enum(needUrgencies),
  description: requiredText(NEED_DESCRIPTION_MAX),
  contactName: text(120).default(''),
  contactPhone: z.preprocess((v) => (typeof v === 'string' ? khmerToAsciiDigits(v) : v), text(30)).default(''),
  consentToContact: z.boolean(),
  /** When the volunteer saved it on the phone (maybe offline, long before it was sent). */
  reportedAt: z.string().datetime(),
});

export const HiveNeedInput = HiveNeedFields.superRefine((need, ctx) => {
  if (need.consentToContact && need.contactPhone !== '' && !isCambodianPhone(need.contactPhone)) {
    ctx.addIssue({ code: 'custom', path: ['contactPhone'], message: 'Enter a Cambodian phone number, e.g. 012 345 678' });
  }
}).transform((need) => (need.consentToContact ? need : { ...need, contactName: '', contactPhone: '' }));
export type HiveNeedInput = z.infer<typeof HiveNeedInput>;

/**
 * The volunteer's change to a report the team has not looked at yet: what it is about, how urgent, and the words.
 * Where and who to contact stay as first sent (the volunteer cannot see stored contact details again).
 */
export const EditNeedInput = z.object({
  needId: Id,
  version: Version,
  category: z.enum(needCategories),
  urgency: z.enum(needUrgencies),
  description: requiredText(NEED_DESCRIPTION_MAX),
});
export type EditNeedInput = z.infer<typeof EditNeedInput>;

/** The volunteer takes back a report the team has not looked at yet (sent by mistake, or no longer needed). */
export const WithdrawNeedInput = z.object({ needId: Id, version: Version });
export type WithdrawNeedInput = z.infer<typeof WithdrawNeedInput>;

/**
 * Staff register a need a volunteer phoned in: the same fields as the phone sends, in the name of that volunteer,
 * marked as phoned in (by whom) so triage and the volunteer can tell.
 */
export const PhonedInNeedInput = z.object({ volunteerId: Id, need: HiveNeedInput });
export type PhonedInNeedInput = z.infer<typeof PhonedInNeedInput>;

/** A need as its volunteer sees it: status and the message staff sent back, never case details. */
export const VolunteerNeed = z.object({
  id: z.string(),
  villageCode: z.string(),
  villageName: z.string(),
  category: z.enum(needCategories),
  urgency: z.enum(needUrgencies),
  description: z.string(),
  status: z.enum(needStatuses),
  messageToVolunteer: z.string(),
  reportedAt: z.string(),
  receivedAt: z.string(),
  /** Registered by staff from the volunteer's phone call rather than sent from the app. */
  phonedIn: z.boolean(),
  version: z.number().int(),
});
export type VolunteerNeed = z.infer<typeof VolunteerNeed>;

/** A need as staff see it in the triage queue. */
export const TriageNeed = VolunteerNeed.extend({
  communeCode: z.string(),
  communeName: z.string(),
  contactName: z.string(),
  contactPhone: z.string(),
  consentToContact: z.boolean(),
  volunteerName: z.string(),
  caseId: z.string().nullable(),
  /** The member of staff who wrote down a phoned-in need; null when the volunteer sent it from the app. */
  phonedInByName: z.string().nullable(),
});
export type TriageNeed = z.infer<typeof TriageNeed>;
