// Donors: gifts recorded by staff (payments happen outside Kruosar), the donor's own giving history and receipts,
// and the quarterly update by mail they may ask for.
import { z } from 'zod';
import { choiceField, dateField, idField, optionalField, requiredField } from '../case-workflow/fields';
import { khmerToAsciiDigits } from '../common/khmer-digits';

export const giftCurrencies = ['USD', 'KHR'] as const;
export type GiftCurrency = (typeof giftCurrencies)[number];

/** The largest single gift accepted, in the currency's minor unit: a typo (an extra zero or three) is refused. */
export const MAX_GIFT_MINOR: Record<GiftCurrency, number> = { USD: 10_000_000_00, KHR: 40_000_000_000 };

/** An amount as typed ("1,250.50", Khmer digits): a positive number; the currency decides the decimals (rules.ts). */
const amountField = z.preprocess(
  (v) => (typeof v === 'string' ? Number(khmerToAsciiDigits(v.trim()).replace(/,/g, '')) : v),
  z.number({ error: 'Amount must be a number' }).finite('Amount must be a number').positive('Amount must be more than 0'),
);

export const GiftInput = z.object({
  donorId: idField('Donor'),
  givenOn: dateField('Date'),
  amount: amountField,
  currency: choiceField('Currency', giftCurrencies),
  programmeId: idField('Programme'),
  note: optionalField('Note', 500),
});
export type GiftInput = z.input<typeof GiftInput>;
export type GiftInputParsed = z.output<typeof GiftInput>;

export const Gift = z.object({
  id: z.string(),
  receiptNumber: z.string(),
  donorId: z.string(),
  donorName: z.string(),
  givenOn: z.string(),
  /** In the currency's minor unit: US cents, whole riel. */
  amountMinor: z.number().int(),
  currency: z.enum(giftCurrencies),
  programmeId: z.string(),
  programmeName: z.string(),
  note: z.string(),
  recordedByName: z.string(),
  createdAt: z.string(),
});
export type Gift = z.infer<typeof Gift>;

export const GiftListInput = z.object({ donorId: idField('Donor').optional() }).default({});

export const Donor = z.object({ id: z.string(), displayName: z.string(), username: z.string(), gifts: z.number().int() });
export type Donor = z.infer<typeof Donor>;

/** A donor's own gift: no staff names, no internal note. */
export const MyGift = Gift.pick({ id: true, receiptNumber: true, givenOn: true, amountMinor: true, currency: true, programmeId: true, programmeName: true });
export type MyGift = z.infer<typeof MyGift>;

/** The organisation's giving page (an https address), where payments are made; empty when there is none. */
export const GivingPageUrl = z
  .string({ error: 'Giving page must be text' })
  .trim()
  .max(300, 'Giving page must be at most 300 characters')
  .refine((v) => /^(https:\/\/[^\s]+)?$/.test(v), { message: 'Giving page: write an address starting with https://', params: { messageKey: 'errors.givingPageUrl' } });

export const GivingSettingsInput = z.object({ givingPageUrl: GivingPageUrl });
export const GivingSettings = z.object({ givingPageUrl: z.string(), updatedAt: z.string().nullable() });
export type GivingSettings = z.infer<typeof GivingSettings>;

const emailField = requiredField('Email address', 254).pipe(
  z.string().refine((v) => /^[^\s@]+@[^\s@]+$/.test(v), { message: 'Email address: write an address like name@example.org', params: { messageKey: 'errors.emailAddress' } }),
);

/** The quarterly update: opting in needs an address; opting out keeps the address but sends nothing. */
export const DonorUpdatesInput = z.discriminatedUnion('quarterlyUpdates', [
  z.object({ quarterlyUpdates: z.literal(true), email: emailField }),
  z.object({ quarterlyUpdates: z.literal(false), email: z.string().trim().max(254).default('') }),
]);
export type DonorUpdatesInput = z.input<typeof DonorUpdatesInput>;
export const DonorUpdates = z.object({ quarterlyUpdates: z.boolean(), email: z.string() });
export type DonorUpdates = z.infer<typeof DonorUpdates>;

/** The unsubscribe link's token: who, then a signature; long enough for both, never more. */
export const UnsubscribeInput = z.object({ token: z.string().trim().min(10).max(200) });
