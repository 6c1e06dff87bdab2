// What staff see and get back when they triage a hive need: duplicates, the detail page, the new-case prefill.
import { z } from 'zod';
import { Id, Version } from '../common/schemas';
import type { RiskLevel } from '../case/values';
import { riskLevels } from '../case/values';
import { needReferralAgencies } from './need-status';
import { TriageNeed, needCategories, needStatuses, needUrgencies, type NeedCategory, type NeedUrgency } from './schemas';

/** Another need that may be the same household (score from needDuplicateScore), enough to show it in a list. */
export const PossibleDuplicateNeed = z.object({
  id: z.string(),
  score: z.number().min(0).max(1),
  category: z.enum(needCategories),
  urgency: z.enum(needUrgencies),
  status: z.enum(needStatuses),
  villageName: z.string(),
  reportedAt: z.string(),
  caseId: z.string().nullable(),
});
export type PossibleDuplicateNeed = z.infer<typeof PossibleDuplicateNeed>;

/** A row of the staff triage queue: the need and the other needs that may be the same household. */
export const TriageQueueItem = TriageNeed.extend({ possibleDuplicates: z.array(PossibleDuplicateNeed) });
export type TriageQueueItem = z.infer<typeof TriageQueueItem>;

/** One need on the staff triage page: the queue row plus who decided what. */
export const TriageNeedDetail = TriageQueueItem.extend({
  triagedByName: z.string().nullable(),
  triagedAt: z.string().nullable(),
  referralAgency: z.enum(needReferralAgencies).nullable(),
  referralAgencyName: z.string(),
  caseReference: z.string().nullable(),
});
export type TriageNeedDetail = z.infer<typeof TriageNeedDetail>;

export const NeedByIdInput = z.object({ needId: Id });
export type NeedByIdInput = z.infer<typeof NeedByIdInput>;

/**
 * What the staff case intake opens with when a need becomes a new case. The intake still asks for the child and
 * household; the need only gives the place, the story and a first risk level, which staff may change.
 */
export const NeedCasePrefill = z.object({
  needId: z.string(),
  villageCode: z.string(),
  communeCode: z.string(),
  summary: z.string(),
  source: z.literal('hive_need'),
  riskLevel: z.enum(riskLevels),
  contactName: z.string(),
  contactPhone: z.string(),
  consentToContact: z.boolean(),
});
export type NeedCasePrefill = z.infer<typeof NeedCasePrefill>;

/** A first risk level for a case made from a need: abuse or "urgent" is high until a caseworker has seen it. */
export function suggestedRiskOfNeed(need: { category: NeedCategory; urgency: NeedUrgency }): RiskLevel {
  if (need.category === 'violence_or_abuse' || need.urgency === 'urgent') return 'high';
  return need.urgency === 'soon' ? 'medium' : 'low';
}

export function needCasePrefill(need: {
  id: string;
  villageCode: string;
  communeCode: string;
  description: string;
  category: NeedCategory;
  urgency: NeedUrgency;
  contactName: string;
  contactPhone: string;
  consentToContact: boolean;
}): NeedCasePrefill {
  return {
    needId: need.id,
    villageCode: need.villageCode,
    communeCode: need.communeCode,
    summary: need.description,
    source: 'hive_need',
    riskLevel: suggestedRiskOfNeed(need),
    contactName: need.contactName,
    contactPhone: need.contactPhone,
    consentToContact: need.consentToContact,
  };
}

/** The answer to a triage decision: the need's new status and version, and for "new case" the intake prefill. */
export const TriageResult = z.object({
  needId: z.string(),
  status: z.enum(needStatuses),
  version: Version,
  casePrefill: NeedCasePrefill.nullable(),
});
export type TriageResult = z.infer<typeof TriageResult>;
