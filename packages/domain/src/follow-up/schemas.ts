// Follow-up visits: rescheduling a due date and recording the visit.
import { z } from 'zod';
import { caseRecordShape, choiceField, dateField, optionalField, requiredField } from '../case-workflow/fields';

/** How the child was found at the visit; serious concerns should lead to a review of the plan. */
export const followUpWellbeing = ['doing_well', 'some_concerns', 'serious_concerns'] as const;
export type FollowUpWellbeing = (typeof followUpWellbeing)[number];

/** Schedules are editable: a visit moved to another day keeps the reason. */
export const FollowUpRescheduleInput = z.object({
  dueDate: dateField('Follow-up due date'),
  reason: requiredField('Reason for the new date', 1000),
});
export type FollowUpRescheduleInput = z.infer<typeof FollowUpRescheduleInput>;

/** A visit added by hand, beyond the schedule. */
export const FollowUpAddInput = z.object({
  dueDate: dateField('Follow-up due date'),
  purpose: optionalField('Follow-up purpose', 1000),
});
export type FollowUpAddInput = z.infer<typeof FollowUpAddInput>;

export const FollowUpVisitInput = z.object({
  doneOn: dateField('Visit date'),
  childSeen: z.boolean({ error: 'Child seen: answer yes or no' }),
  wellbeing: choiceField('Wellbeing', followUpWellbeing),
  notes: requiredField('Visit notes', 4000),
});
export type FollowUpVisitInput = z.infer<typeof FollowUpVisitInput>;

/** A visit no longer needed (the child moved away); it stays on the record with its reason. */
export const FollowUpCancelInput = z.object({
  reason: requiredField('Reason for cancelling the visit', 1000),
});
export type FollowUpCancelInput = z.infer<typeof FollowUpCancelInput>;

export const FollowUp = z.object({
  ...caseRecordShape,
  /** The placement it follows, or null for a follow-up after closure. */
  placementId: z.string().nullable(),
  dueDate: z.string(),
  purpose: z.string(),
  doneOn: z.string().nullable(),
  childSeen: z.boolean().nullable(),
  wellbeing: z.enum(followUpWellbeing).nullable(),
  notes: z.string(),
  visitedById: z.string().nullable(),
  cancelledOn: z.string().nullable(),
  cancelReason: z.string().nullable(),
});
export type FollowUp = z.infer<typeof FollowUp>;
