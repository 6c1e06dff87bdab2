import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors';
import { assertGiftDate, formatAmount, quarterlyUpdateMail, receiptNumberOf, toMinorUnits } from './rules';
import { DonorUpdatesInput, GiftInput, GivingSettingsInput } from './schemas';

const keyOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return e instanceof DomainError ? e.messageKey : 'not a domain error';
  }
  return 'no error';
};

describe('gift amounts', () => {
  it('keeps cents for dollars and whole riel', () => {
    expect(toMinorUnits(25, 'USD')).toBe(2500);
    expect(toMinorUnits(12.34, 'USD')).toBe(1234);
    expect(toMinorUnits(400000, 'KHR')).toBe(400000);
  });
  it('refuses fractions the currency does not have, and absurd amounts', () => {
    expect(keyOf(() => toMinorUnits(1.005, 'USD'))).toBe('errors.giftAmountCents');
    expect(keyOf(() => toMinorUnits(100.5, 'KHR'))).toBe('errors.giftAmountWholeRiel');
    expect(keyOf(() => toMinorUnits(20_000_000, 'USD'))).toBe('errors.giftAmountTooLarge');
  });
  it('formats for mail and receipts', () => {
    expect(formatAmount(125050, 'USD')).toBe('1,250.50 USD');
    expect(formatAmount(400000, 'KHR')).toBe('400,000 KHR');
  });
  it('reads typed amounts with commas and Khmer digits', () => {
    expect(GiftInput.parse({ donorId: 'd', givenOn: '2026-01-02', amount: '១,២៥០', currency: 'KHR', programmeId: 'p' }).amount).toBe(1250);
    expect(GiftInput.safeParse({ donorId: 'd', givenOn: '2026-01-02', amount: '-5', currency: 'USD', programmeId: 'p' }).success).toBe(false);
    expect(GiftInput.safeParse({ donorId: 'd', givenOn: '2026-01-02', amount: 'ten', currency: 'USD', programmeId: 'p' }).success).toBe(false);
    expect(GiftInput.safeParse({ donorId: 'd', givenOn: '2026-01-02', amount: 5, currency: 'EUR', programmeId: 'p' }).success).toBe(false);
  });
});

describe('gift date', () => {
  it('may be today or earlier, never later', () => {
    expect(keyOf(() => assertGiftDate('2026-12-05', '2026-12-05'))).toBe('no error');
    expect(keyOf(() => assertGiftDate('2026-12-06', '2026-12-05'))).toBe('errors.giftDateFuture');
  });
});

describe('receipt numbers', () => {
  it('carry the year and a zero-padded running number', () => {
    expect(receiptNumberOf('2026-03-01', 42)).toBe('R-2026-000042');
  });
});

describe('settings and preferences', () => {
  it('takes only https giving pages, or none', () => {
    expect(GivingSettingsInput.safeParse({ givingPageUrl: 'https://example.org/give' }).success).toBe(true);
    expect(GivingSettingsInput.safeParse({ givingPageUrl: '' }).success).toBe(true);
    expect(GivingSettingsInput.safeParse({ givingPageUrl: 'http://example.org/give' }).success).toBe(false);
    expect(GivingSettingsInput.safeParse({ givingPageUrl: 'javascript:alert(1)' }).success).toBe(false);
  });
  it('needs an address to opt in, not to opt out', () => {
    expect(DonorUpdatesInput.safeParse({ quarterlyUpdates: true, email: '' }).success).toBe(false);
    expect(DonorUpdatesInput.safeParse({ quarterlyUpdates: true, email: 'a@b.org' }).success).toBe(true);
    expect(DonorUpdatesInput.safeParse({ quarterlyUpdates: false }).success).toBe(true);
  });
});

describe('quarterly update mail', () => {
  const links = { quarter: '2026-Q3', organisation: 'Kruosar (demo)', impactLink: 'https://x/supporters/', accountLink: 'https://x/supporters/giving', unsubscribeLink: 'https://x/supporters/unsubscribe?token=t' };
  it('is written in the donor language with the unsubscribe link', () => {
    const km = quarterlyUpdateMail({ ...links, locale: 'km' });
    expect(km.subject).toContain('ត្រីមាស');
    expect(km.body).toContain('ឈប់ទទួលអ៊ីមែលនេះ: https://x/supporters/unsubscribe?token=t');
    const en = quarterlyUpdateMail({ ...links, locale: 'en' });
    expect(en.subject).toBe('Kruosar (demo): update for 2026-Q3');
    expect(en.body).toContain('Stop these emails: https://x/supporters/unsubscribe?token=t');
  });
});
