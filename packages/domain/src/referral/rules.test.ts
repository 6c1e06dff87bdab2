import { describe, expect, it } from 'vitest';
import { assertReferralStatusChange, isReferralOpen } from './rules';
import { assertTransfer, TransferInput } from './transfer';

describe('referral status', () => {
  it('moves sent -> accepted -> completed, and not back', () => {
    expect(() => assertReferralStatusChange('sent', 'accepted')).not.toThrow();
    expect(() => assertReferralStatusChange('accepted', 'completed')).not.toThrow();
    expect(() => assertReferralStatusChange('no_response', 'accepted')).not.toThrow();
    expect(() => assertReferralStatusChange('completed', 'sent')).toThrow(expect.objectContaining({ messageKey: 'errors.referralStatus', field: 'status' }));
    expect(() => assertReferralStatusChange('sent', 'completed')).toThrow(/cannot become completed/);
    expect(isReferralOpen('declined')).toBe(false);
    expect(isReferralOpen('sent')).toBe(true);
  });
});

describe('transfer', () => {
  const caseworker = { id: 'cw2', role: 'caseworker' as const, communeCodes: ['020303'] };
  it('hands a case to a caseworker of its commune', () => {
    expect(() => assertTransfer({ currentCaseworkerId: 'cw1', to: caseworker, communeCode: '020303' })).not.toThrow();
    expect(() => assertTransfer({ currentCaseworkerId: null, to: caseworker, communeCode: '020303' })).not.toThrow();
  });
  it('refuses the same caseworker, another commune, or a non-caseworker', () => {
    expect(() => assertTransfer({ currentCaseworkerId: 'cw2', to: caseworker, communeCode: '020303' })).toThrow(
      expect.objectContaining({ messageKey: 'errors.transferSameCaseworker' }),
    );
    expect(() => assertTransfer({ currentCaseworkerId: 'cw1', to: caseworker, communeCode: '020304' })).toThrow(
      expect.objectContaining({ messageKey: 'errors.transferOutsideCommune' }),
    );
    expect(() => assertTransfer({ currentCaseworkerId: 'cw1', to: { ...caseworker, role: 'analyst' }, communeCode: '020303' })).toThrow(
      expect.objectContaining({ messageKey: 'errors.transferNotCaseworker' }),
    );
  });
  it('requires a reason', () => {
    expect(TransferInput.safeParse({ toUserId: 'cw2', reason: '' }).error?.issues[0]?.message).toBe('Transfer reason is required');
  });
});
