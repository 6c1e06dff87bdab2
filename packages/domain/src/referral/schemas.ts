// Referrals to partner agencies (with the family's consent) and to colleagues inside Kruosar.
import { z } from 'zod';
import { isRealDate } from '../case-workflow/calendar';
import { caseRecordShape, choiceField, dateField, optionalField, requiredField } from '../case-workflow/fields';

export const partnerAgencyKinds = ['health_centre', 'school', 'dosvy', 'police', 'other_ngo', 'other'] as const;
export type PartnerAgencyKind = (typeof partnerAgencyKinds)[number];

/** External: to a partner agency. Internal: to another member of staff (a counsellor, a nurse). */
export const referralKinds = ['external', 'internal'] as const;
export type ReferralKind = (typeof referralKinds)[number];

/** Who agreed to the referral sharing the child's information. */
export const consentGivers = ['child', 'caregiver', 'child_and_caregiver'] as const;
export type ConsentGiver = (typeof consentGivers)[number];

export const referralStatuses = ['sent', 'accepted', 'declined', 'completed', 'no_response'] as const;
export type ReferralStatus = (typeof referralStatuses)[number];

const referralShape = z.object({
  kind: choiceField('Referral kind', referralKinds),
  agencyKind: choiceField('Partner agency kind', partnerAgencyKinds).nullable().default(null),
  agencyName: optionalField('Partner agency name', 200),
  /** For internal referrals: the colleague referred to. */
  toUserId: z.string().nullable().default(null),
  reason: requiredField('Referral reason', 2000),
  referredOn: dateField('Referral date'),
  consentGiven: z.boolean({ error: 'Consent given: answer yes or no' }).default(false),
  consentGivenBy: choiceField('Consent given by', consentGivers).nullable().default(null),
  consentRecordedOn: dateField('Consent date').nullable().default(null),
});
type ReferralShape = z.infer<typeof referralShape>;

function checkExternal(v: ReferralShape, ctx: z.RefinementCtx): void {
  if (v.agencyKind === null) ctx.addIssue({ code: 'custom', path: ['agencyKind'], message: 'Partner agency kind is required for a referral to a partner' });
  if (v.agencyName === '') ctx.addIssue({ code: 'custom', path: ['agencyName'], message: 'Partner agency name is required for a referral to a partner' });
  // Information about a child leaves Kruosar only with consent, and the record says who gave it and when.
  if (!v.consentGiven) {
    ctx.addIssue({ code: 'custom', path: ['consentGiven'], message: 'Consent given: a referral to a partner needs the consent of the child or caregiver' });
    return;
  }
  if (v.consentGivenBy === null) ctx.addIssue({ code: 'custom', path: ['consentGivenBy'], message: 'Consent given by: say who gave consent' });
  if (v.consentRecordedOn === null) {
    ctx.addIssue({ code: 'custom', path: ['consentRecordedOn'], message: 'Consent date: say when consent was given' });
  } else if (isRealDate(v.consentRecordedOn) && isRealDate(v.referredOn) && v.consentRecordedOn > v.referredOn) {
    ctx.addIssue({ code: 'custom', path: ['consentRecordedOn'], message: 'Consent date: consent must be given on or before the referral date' });
  }
}

export const ReferralInput = referralShape.superRefine((v, ctx) => {
  if (v.kind === 'external') checkExternal(v, ctx);
  else if (v.toUserId === null || v.toUserId.trim() === '') {
    ctx.addIssue({ code: 'custom', path: ['toUserId'], message: 'Colleague referred to is required for an internal referral' });
  }
});
export type ReferralInput = z.infer<typeof ReferralInput>;

/** The agency's answer, recorded by the caseworker. */
export const ReferralResponseInput = z
  .object({
    status: choiceField('Referral status', referralStatuses),
    respondedOn: dateField('Response date'),
    outcome: optionalField('Referral outcome', 2000),
  })
  .superRefine((v, ctx) => {
    if ((v.status === 'completed' || v.status === 'declined') && v.outcome === '') {
      ctx.addIssue({ code: 'custom', path: ['outcome'], message: `Referral outcome: say what happened when a referral is ${v.status}` });
    }
  });
export type ReferralResponseInput = z.infer<typeof ReferralResponseInput>;

export const Referral = referralShape.extend({
  ...caseRecordShape,
  /** The member of staff who recorded the consent (the signed-in user). */
  consentRecordedById: z.string().nullable(),
  status: z.enum(referralStatuses),
  respondedOn: z.string().nullable(),
  outcome: z.string(),
});
export type Referral = z.infer<typeof Referral>;
