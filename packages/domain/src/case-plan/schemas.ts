// A case plan: goals for the weak domains, actions with who and by when, and the child's own views.
import { z } from 'zod';
import { csiDomains } from '../assessment/values';
import { Approval } from '../case-workflow/approval';
import { caseRecordShape, choiceField, dateField, idField, optionalField, requiredField } from '../case-workflow/fields';

/** Why a child's views could not be recorded; anything else is "other" with a note. */
export const childViewsNotGivenReasons = ['too_young', 'non_verbal', 'refused', 'not_present', 'other'] as const;
export type ChildViewsNotGivenReason = (typeof childViewsNotGivenReasons)[number];

export const PlanActionInput = z.object({
  description: requiredField('Action description', 1000),
  /** The person or agency responsible: a caseworker, the caregiver, a partner. */
  who: requiredField('Who does the action', 200),
  dueDate: dateField('Action due date'),
  doneOn: dateField('Action done date').nullable().default(null),
});
export type PlanActionInput = z.infer<typeof PlanActionInput>;

export const PlanGoalInput = z.object({
  domain: choiceField('Goal domain', csiDomains),
  goal: requiredField('Goal', 1000),
  actions: z.array(PlanActionInput).min(1, 'Goal actions: add at least one action for this goal').max(30),
});
export type PlanGoalInput = z.infer<typeof PlanGoalInput>;

const planShape = z.object({
  /** The assessment this plan answers. */
  assessmentId: idField('Assessment'),
  goals: z.array(PlanGoalInput).min(1, 'Goals: add at least one goal').max(40),
  childViews: optionalField("Child's views", 4000),
  childViewsNotGivenReason: choiceField("Reason the child's views were not given", childViewsNotGivenReasons).nullable().default(null),
  childViewsNotGivenNote: optionalField("Note on why the child's views were not given", 1000),
  reviewDate: dateField('Review date'),
});

/**
 * The child's views are required (Kruosar records the child's voice); when they could not be given the plan
 * says why, and "other" says how. A plan cannot have both: a recorded view with a reason it was not given.
 */
function checkChildViews(v: z.infer<typeof planShape>, ctx: z.RefinementCtx): void {
  const hasViews = v.childViews !== '';
  if (hasViews && v.childViewsNotGivenReason !== null) {
    ctx.addIssue({
      code: 'custom',
      path: ['childViewsNotGivenReason'],
      message: "Reason the child's views were not given: leave it empty when the child's views are recorded",
    });
  }
  if (!hasViews && v.childViewsNotGivenReason === null) {
    ctx.addIssue({
      code: 'custom',
      path: ['childViews'],
      message: "Child's views: record the child's own views, or choose the reason they could not be given",
    });
  }
  if (!hasViews && v.childViewsNotGivenReason === 'other' && v.childViewsNotGivenNote === '') {
    ctx.addIssue({
      code: 'custom',
      path: ['childViewsNotGivenNote'],
      message: "Note on why the child's views were not given: say why, since the reason is other",
    });
  }
}

export const CasePlanInput = planShape.superRefine(checkChildViews);
export type CasePlanInput = z.infer<typeof CasePlanInput>;

/** A plan as stored: the input, its author and its approval. */
export const CasePlan = planShape.extend({
  ...caseRecordShape,
  ...Approval.shape,
  /** When the plan was last reviewed; null until its first review. */
  reviewedOn: z.string().nullable(),
});
export type CasePlan = z.infer<typeof CasePlan>;
