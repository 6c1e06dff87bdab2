import { describe, expect, it } from 'vitest';
import { ReferralInput, ReferralResponseInput } from './schemas';

const external = {
  kind: 'external',
  agencyKind: 'health_centre',
  agencyName: 'Ek Phnom health centre',
  reason: 'Malnutrition check',
  referredOn: '2026-02-10',
  consentGiven: true,
  consentGivenBy: 'caregiver',
  consentRecordedOn: '2026-02-09',
};
const pathsOf = (input: unknown) => (ReferralInput.safeParse(input).error?.issues ?? []).map((i) => i.path.join('.'));

describe('ReferralInput', () => {
  it('accepts a referral to a partner with consent recorded', () => {
    expect(ReferralInput.parse(external)).toMatchObject({ consentGiven: true, toUserId: null });
  });
  it('refuses a referral to a partner without consent', () => {
    const issues = ReferralInput.safeParse({ ...external, consentGiven: false }).error?.issues ?? [];
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ path: ['consentGiven'], message: expect.stringMatching(/^Consent given: .*needs the consent/) });
  });
  it('asks who gave consent and when, not after the referral', () => {
    expect(pathsOf({ ...external, consentGivenBy: null, consentRecordedOn: undefined })).toEqual(['consentGivenBy', 'consentRecordedOn']);
    expect(ReferralInput.safeParse({ ...external, consentRecordedOn: '2026-02-11' }).error?.issues[0]?.message).toMatch(/on or before the referral date/);
  });
  it('needs the partner named', () => {
    expect(pathsOf({ ...external, agencyKind: null, agencyName: '' })).toEqual(['agencyKind', 'agencyName']);
    expect(pathsOf({ ...external, agencyKind: 'pagoda' })).toEqual(['agencyKind']);
  });
  it('needs a colleague, but no consent form, for an internal referral', () => {
    const internal = { kind: 'internal', reason: 'Counselling after the hearing', referredOn: '2026-02-10' };
    expect(pathsOf(internal)).toEqual(['toUserId']);
    expect(pathsOf({ ...internal, toUserId: 'u-counsellor' })).toEqual([]);
  });
});

describe('ReferralResponseInput', () => {
  it('asks for the outcome of a completed or declined referral', () => {
    expect(ReferralResponseInput.safeParse({ status: 'completed', respondedOn: '2026-03-01' }).error?.issues[0]?.path).toEqual(['outcome']);
    expect(ReferralResponseInput.safeParse({ status: 'accepted', respondedOn: '2026-03-01' }).success).toBe(true);
  });
});
