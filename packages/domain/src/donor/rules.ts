// Pure rules of gifts and receipts: amounts in minor units, the date, the receipt number, the quarterly mail.
import { invalid } from '../errors';
import { MAX_GIFT_MINOR, type GiftCurrency } from './schemas';

/** USD has cents; the riel is written in whole riel. */
export const minorDigits: Record<GiftCurrency, number> = { USD: 2, KHR: 0 };

/** The amount in the currency's minor unit; refuses fractions the currency does not have, and absurd amounts. */
export function toMinorUnits(amount: number, currency: GiftCurrency): number {
  const factor = 10 ** minorDigits[currency];
  const minor = Math.round(amount * factor);
  if (Math.abs(minor - amount * factor) > 1e-6) {
    throw currency === 'KHR'
      ? invalid('amount', 'Amount in riel must be a whole number', 'errors.giftAmountWholeRiel')
      : invalid('amount', 'Amount in dollars has at most 2 decimals (cents)', 'errors.giftAmountCents');
  }
  if (minor <= 0) throw invalid('amount', 'Amount must be more than 0', 'errors.giftAmountPositive');
  if (minor > MAX_GIFT_MINOR[currency]) throw invalid('amount', 'Amount is too large for one gift; check the number', 'errors.giftAmountTooLarge');
  return minor;
}

/** "1,250.50 USD" / "៛ 400,000" style text for mail and receipts (the portals format with Intl themselves). */
export function formatAmount(amountMinor: number, currency: GiftCurrency): string {
  const digits = minorDigits[currency];
  const whole = (amountMinor / 10 ** digits).toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
  return `${whole} ${currency}`;
}

/** A gift is recorded after it was received: never dated after today (Cambodia time). */
export function assertGiftDate(givenOn: string, today: string): void {
  if (givenOn > today) throw invalid('givenOn', 'The date of a gift cannot be in the future', 'errors.giftDateFuture');
}

/** Receipt numbers run on for ever and are never reused: R-2026-000042 (the year of the gift, then the running number). */
export function receiptNumberOf(givenOn: string, serial: number): string {
  return `R-${givenOn.slice(0, 4)}-${String(serial).padStart(6, '0')}`;
}

/**
 * The quarterly update mail, in the donor's language. No figures in the mail itself: the links open
 * the published ones, so a correction published later is what the donor reads. */
export function quarterlyUpdateMail(params: {
  locale: string;
  quarter: string;
  organisation: string;
  impactLink: string;
  accountLink: string;
  unsubscribeLink: string;
}): { subject: string; body: string } {
  const km = params.locale === 'km';
  const intro = km
    ? `${params.organisation} បានផ្សព្វផ្សាយលទ្ធផលប្រចាំត្រីមាស ${params.quarter}។ សូមអរគុណចំពោះការគាំទ្ររបស់អ្នក។`
    : `${params.organisation} has published its figures for ${params.quarter}. Thank you for your support.`;
  const lines = [
    intro,
    '',
    `${km ? 'មើលលទ្ធផលទាំងអស់' : 'See all published figures'}: ${params.impactLink}`,
    `${km ? 'ការបរិច្ចាគ និងបង្កាន់ដៃរបស់អ្នក' : 'Your giving and receipts'}: ${params.accountLink}`,
    '',
    `${km ? 'ឈប់ទទួលអ៊ីមែលនេះ' : 'Stop these emails'}: ${params.unsubscribeLink}`,
  ];
  return { subject: km ? `ព័ត៌មានប្រចាំត្រីមាស ${params.quarter} ពី ${params.organisation}` : `${params.organisation}: update for ${params.quarter}`, body: `${lines.join('\n')}\n` };
}
