// Foster and kinship carers: households registered to care for children who cannot live at home.
import { z } from 'zod';
import { Approval } from '../case-workflow/approval';
import { choiceField, dateField, idField, optionalField, wholeNumberField } from '../case-workflow/fields';
import { PageInput, Version, pageOf } from '../common/schemas';
import { Household, HouseholdInput, relationships } from '../household/schemas';
import { placementTypes } from '../placement/schemas';

export const carerKinds = ['foster', 'kinship'] as const;
export type CarerKind = (typeof carerKinds)[number];
export const carerStatuses = ['applicant', 'approved', 'on_hold', 'deregistered'] as const;
export type CarerStatus = (typeof carerStatuses)[number];
export const carerLanguages = ['khmer', 'english', 'vietnamese', 'cham', 'lao', 'thai', 'sign_language', 'indigenous'] as const;

/**
 * What a carer's file holds over time: the application, the assessment's parts (home visit, references,
 * safeguarding check), training, annual reviews, the support given to the carer, and for a kinship carer the
 * kinship assessment of the relative for a child (with how they are related).
 */
export const carerRecordKinds = [
  'application', 'home_visit', 'reference', 'safeguarding_check', 'training', 'annual_review',
  'support_visit', 'support_payment', 'support_in_kind', 'kinship_assessment',
] as const;
export type CarerRecordKind = (typeof carerRecordKinds)[number];
/** Approval needs each of these on file, each with a satisfactory outcome. */
export const carerAssessmentKinds = ['home_visit', 'reference', 'safeguarding_check'] as const satisfies readonly CarerRecordKind[];
export const carerRecordOutcomes = ['satisfactory', 'concerns', 'not_applicable'] as const;

const carerProfile = {
  kind: choiceField('Carer type', carerKinds),
  /** Takes children at any hour, for a few nights to weeks. */
  emergency: z.boolean().default(false),
  capacity: wholeNumberField('Number of children', 1, 10),
  ageMin: wholeNumberField('Youngest age', 0, 17),
  ageMax: wholeNumberField('Oldest age', 0, 17),
  languages: z.array(z.enum(carerLanguages)).min(1, 'Languages: choose at least one').max(carerLanguages.length),
  /** Will take brothers and sisters together. */
  takesSiblings: z.boolean().default(false),
  notes: optionalField('Notes', 2000),
};
const ageRangeIsOrdered = (v: { ageMin: number; ageMax: number }, ctx: z.RefinementCtx) => {
  if (v.ageMax < v.ageMin) ctx.addIssue({ code: 'custom', path: ['ageMax'], message: 'Oldest age cannot be below youngest age' });
};

export const CarerProfileInput = z.object(carerProfile).superRefine(ageRangeIsOrdered);
export type CarerProfileInput = z.infer<typeof CarerProfileInput>;

/** A new carer: their household (new, or one Kruosar knows, e.g. a relative's) and what they can offer. */
export const CarerApplicationInput = z
  .object({ ...carerProfile, householdId: z.string().nullable().default(null), household: HouseholdInput.nullable().default(null), appliedOn: dateField('Application date') })
  .superRefine(ageRangeIsOrdered)
  .superRefine((v, ctx) => {
    if ((v.householdId === null) === (v.household === null)) ctx.addIssue({ code: 'custom', path: ['householdId'], message: 'Household: choose a known household or describe a new one' });
  });
export type CarerApplicationInput = z.infer<typeof CarerApplicationInput>;

export const CarerRecordInput = z.object({
  carerId: idField('Carer'),
  kind: choiceField('Record type', carerRecordKinds),
  recordedOn: dateField('Date'),
  outcome: choiceField('Outcome', carerRecordOutcomes).default('not_applicable'),
  /** Payments and in-kind support, in riel. */
  amountRiel: wholeNumberField('Amount (riel)', 0, 1_000_000_000).nullable().default(null),
  /** The child the support or kinship assessment is about, when there is one. */
  caseId: z.string().nullable().default(null),
  /** The same child named by case reference, as a caseworker reads it off the case page. */
  caseReference: optionalField('Case reference', 40),
  /** A kinship assessment: how the carer is related to the child. */
  relationshipToChild: choiceField('Relationship to the child', relationships).nullable().default(null),
  notes: optionalField('Notes', 2000),
});
export type CarerRecordInput = z.infer<typeof CarerRecordInput>;
export const CarerRecord = z.object({
  id: z.string(),
  carerId: z.string(),
  kind: z.enum(carerRecordKinds),
  recordedOn: z.string(),
  outcome: z.enum(carerRecordOutcomes),
  amountRiel: z.number().nullable(),
  caseId: z.string().nullable(),
  /** The case's reference, shown even when the case is outside the person's scope. */
  reference: z.string().nullable(),
  relationshipToChild: z.enum(relationships).nullable(),
  notes: z.string(),
  createdById: z.string(),
  createdAt: z.string(),
});
export type CarerRecord = z.infer<typeof CarerRecord>;

/** A status change other than approval (which goes through four-eyes): on hold, deregistered, back to approved. */
export const CarerStatusInput = z.object({
  id: idField('Carer'),
  expectedVersion: Version,
  status: choiceField('Status', ['on_hold', 'deregistered', 'approved'] as const),
  reason: z.string().trim().min(1, 'Reason is required').max(1000, 'Reason must be at most 1000 characters'),
});
export type CarerStatusInput = z.infer<typeof CarerStatusInput>;

export const CarerStatusChange = z.object({ status: z.enum(carerStatuses), reason: z.string(), changedOn: z.string(), changedById: z.string() });

export const Carer = z.object({
  ...carerProfile,
  id: z.string(),
  householdId: z.string(),
  version: Version,
  status: z.enum(carerStatuses),
  statusReason: z.string(),
  appliedOn: z.string(),
  /** Children placed with the carer now. */
  placedNow: z.number().int(),
  ...Approval.shape,
});
export type Carer = z.infer<typeof Carer>;

export const CarerSummary = Carer.extend({ name: z.string(), communeCode: z.string(), villageCode: z.string() });
export type CarerSummary = z.infer<typeof CarerSummary>;

export const CarerListInput = PageInput.extend({
  status: z.enum(carerStatuses).optional(),
  kind: z.enum(carerKinds).optional(),
  /** Approved emergency foster carers with a free place today. */
  emergencyAvailable: z.boolean().optional(),
});
export type CarerListInput = z.infer<typeof CarerListInput>;
export const CarerPage = pageOf(CarerSummary);

/** The child being matched: what a carer must be able to take. */
export type MatchChild = { ageYears: number; language: string; communeCode: string; siblingsToPlace: number };
export type MatchCandidate = Pick<Carer, 'id' | 'status' | 'kind' | 'emergency' | 'capacity' | 'ageMin' | 'ageMax' | 'languages' | 'takesSiblings' | 'placedNow'> & { communeCode: string };
export const matchReasons = ['same_commune', 'language', 'siblings_together', 'emergency'] as const;
export type MatchReason = (typeof matchReasons)[number];
export const CarerMatch = z.object({ carer: CarerSummary, score: z.number(), reasons: z.array(z.enum(matchReasons)) });
export const MatchInput = z.object({
  caseId: idField('Case'),
  /** The language the child speaks at home. */
  language: z.enum(carerLanguages).default('khmer'),
  emergencyOnly: z.boolean().default(false),
  /** Brothers and sisters to place with the child. */
  siblingsToPlace: wholeNumberField('Siblings to place together', 0, 9).default(0),
});
export type MatchInput = z.infer<typeof MatchInput>;

/** A child placed with the carer; a case outside the person's scope shows its reference only. */
export const CarerPlacement = z.object({
  caseId: z.string().nullable(),
  reference: z.string(),
  inScope: z.boolean(),
  type: z.enum(placementTypes),
  startDate: z.string(),
  endDate: z.string().nullable(),
  relationshipToChild: z.enum(relationships).nullable(),
});
export type CarerPlacement = z.infer<typeof CarerPlacement>;
export const CarerView = z.object({ carer: CarerSummary, household: Household, records: z.array(CarerRecord), statusHistory: z.array(CarerStatusChange), placements: z.array(CarerPlacement) });
export type CarerView = z.infer<typeof CarerView>;
