// A family as the unit of work: the children of a household, its assessment, its plan, and its history over time.
import { z } from 'zod';
import { Approval } from '../case-workflow/approval';
import { choiceField, dateField, idField, optionalField, requiredField, wholeNumberField } from '../case-workflow/fields';
import { PlanActionInput } from '../case-plan/schemas';
import { caseStages, caseStatuses } from '../case/values';
import { PageInput, Version, pageOf, text } from '../common/schemas';
import { Household, idPoorStatuses, incomeSources } from '../household/schemas';

/** What a family assessment looks at; each area is rated 1 (serious concern) to 4 (doing well). */
export const familyAssessmentAreas = ['livelihood', 'housing', 'caregiving_capacity', 'health', 'debts', 'support_network'] as const;
export type FamilyAssessmentArea = (typeof familyAssessmentAreas)[number];

export const FamilyAreaRating = z.object({
  score: wholeNumberField('Score', 1, 4),
  note: optionalField('Note', 2000),
});

export const FamilyAssessmentInput = z.object({
  assessedOn: dateField('Assessment date'),
  idPoor: choiceField('ID Poor status', idPoorStatuses),
  areas: z.object(Object.fromEntries(familyAssessmentAreas.map((a) => [a, FamilyAreaRating])) as Record<FamilyAssessmentArea, typeof FamilyAreaRating>),
});
export type FamilyAssessmentInput = z.infer<typeof FamilyAssessmentInput>;

const householdRecordShape = { id: z.string(), householdId: z.string(), version: Version, createdById: z.string(), createdAt: z.string() };

/** Approved by a supervisor other than the person who asked, as a case assessment is. */
export const FamilyAssessment = FamilyAssessmentInput.extend({ ...householdRecordShape, ...Approval.shape });
export type FamilyAssessment = z.infer<typeof FamilyAssessment>;

export const FamilyGoalInput = z.object({
  area: choiceField('Goal area', familyAssessmentAreas),
  goal: requiredField('Goal', 1000),
  actions: z.array(PlanActionInput).min(1, 'Goal actions: add at least one action for this goal').max(30),
});
export type FamilyGoalInput = z.infer<typeof FamilyGoalInput>;

/** One plan for the whole family, shared by the cases of its children. */
export const FamilyPlanInput = z.object({
  goals: z.array(FamilyGoalInput).min(1, 'Goals: add at least one goal').max(40),
  reviewDate: dateField('Review date'),
});
export type FamilyPlanInput = z.infer<typeof FamilyPlanInput>;

export const FamilyPlan = FamilyPlanInput.extend({ ...householdRecordShape, updatedAt: z.string(), ...Approval.shape });
export type FamilyPlan = z.infer<typeof FamilyPlan>;

/** ID Poor status and income at one date: kept as a history, never overwritten, so change can be shown. */
export const HouseholdStatusInput = z.object({
  recordedOn: dateField('Date recorded'),
  idPoor: choiceField('ID Poor status', idPoorStatuses),
  incomeSources: z.array(z.enum(incomeSources)).max(incomeSources.length).default([]),
  /** Estimated household income a month, in riel. */
  monthlyIncomeRiel: wholeNumberField('Monthly income (riel)', 0, 1_000_000_000),
  note: optionalField('Note', 1000),
});
export type HouseholdStatusInput = z.infer<typeof HouseholdStatusInput>;
export const HouseholdStatus = HouseholdStatusInput.extend({ id: z.string(), householdId: z.string(), createdAt: z.string() });
export type HouseholdStatus = z.infer<typeof HouseholdStatus>;

/** One school a child attended, from when to when (null: still there). */
export const SchoolEnrolmentInput = z
  .object({
    childId: idField('Child'),
    schoolName: requiredField('School name', 200),
    grade: optionalField('Grade', 40),
    fromDate: dateField('Enrolled from'),
    toDate: dateField('Enrolled until').nullable().default(null),
  })
  .superRefine((v, ctx) => {
    if (v.toDate !== null && v.toDate < v.fromDate) ctx.addIssue({ code: 'custom', path: ['toDate'], message: 'Enrolled until cannot be before enrolled from' });
  });
export type SchoolEnrolmentInput = z.infer<typeof SchoolEnrolmentInput>;
export const SchoolEnrolment = z.object({ id: z.string(), childId: z.string(), schoolName: z.string(), grade: z.string(), fromDate: z.string(), toDate: z.string().nullable() });
export type SchoolEnrolment = z.infer<typeof SchoolEnrolment>;

/** A child's stay in a household; the newest has no end. */
export const HouseholdStay = z.object({ householdId: z.string(), childId: z.string(), fromDate: z.string(), toDate: z.string().nullable(), reason: z.string() });
export type HouseholdStay = z.infer<typeof HouseholdStay>;

export const MoveChildInput = z.object({
  caseId: idField('Case'),
  toHouseholdId: idField('Household'),
  movedOn: dateField('Date of the move'),
  reason: requiredField('Reason for the move', 1000),
});
export type MoveChildInput = z.infer<typeof MoveChildInput>;

export const HouseholdSearchInput = PageInput.extend({ search: text(100).optional() });
export type HouseholdSearchInput = z.infer<typeof HouseholdSearchInput>;

/** A household found by search: the children's names only when the person may see their cases. */
export const HouseholdSummary = z.object({
  id: z.string(),
  communeCode: z.string(),
  villageCode: z.string(),
  address: z.string(),
  caseCount: z.number().int(),
  /** Children of the cases this person may see; the others are counted, not named. */
  childNames: z.array(z.string()),
});
export const HouseholdSearchPage = pageOf(HouseholdSummary);
export type HouseholdSearchPage = z.infer<typeof HouseholdSearchPage>;

/** A child's case on a household page; a case outside the person's scope shows its reference and nothing else. */
export const HouseholdCase = z.object({
  caseId: z.string().nullable(),
  reference: z.string(),
  inScope: z.boolean(),
  childId: z.string().nullable(),
  childName: z.string().nullable(),
  childNameKm: z.string().nullable(),
  dateOfBirth: z.string().nullable(),
  status: z.enum(caseStatuses),
  stage: z.enum(caseStages).nullable(),
  /** The child lives here now (or has moved on). */
  current: z.boolean(),
});
export type HouseholdCase = z.infer<typeof HouseholdCase>;

export const HouseholdView = z.object({
  household: Household,
  cases: z.array(HouseholdCase),
  stays: z.array(HouseholdStay.extend({ reference: z.string() })),
  statusHistory: z.array(HouseholdStatus),
  enrolments: z.array(SchoolEnrolment),
  assessments: z.array(FamilyAssessment),
  plans: z.array(FamilyPlan),
  needs: z.array(z.object({ id: z.string(), category: z.string(), status: z.string(), reportedAt: z.string() })),
  /** The household is a registered carer. */
  carerId: z.string().nullable(),
});
export type HouseholdView = z.infer<typeof HouseholdView>;
