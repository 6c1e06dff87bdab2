// Closing a case: why, when, the supervisor's approval, and a follow-up after closure.
import { z } from 'zod';
import { Approval } from '../case-workflow/approval';
import { isRealDate } from '../case-workflow/calendar';
import { caseRecordShape, choiceField, dateField, optionalField, requiredField } from '../case-workflow/fields';

export const closureReasons = ['goals_met', 'moved', 'refused', 'transferred', 'died', 'other'] as const;
export type ClosureReason = (typeof closureReasons)[number];

const closureShape = z.object({
  reason: choiceField('Closure reason', closureReasons),
  reasonOther: optionalField('Closure reason (other)', 1000),
  closedOn: dateField('Closure date'),
  summary: requiredField('Closure summary', 4000),
  /** A visit after closure to check the child is still safe; null when none is planned (e.g. moved away). */
  followUpOn: dateField('Follow-up date after closure').nullable().default(null),
  /** Why the case closes while plan actions or visits are still open; empty when nothing is open. */
  openWorkReason: optionalField('Reason to close with open work', 1000),
});

export const ClosureInput = closureShape.superRefine((v, ctx) => {
  if (v.reason === 'other' && v.reasonOther === '') {
    ctx.addIssue({ code: 'custom', path: ['reasonOther'], message: 'Closure reason (other): say why the case is closed' });
  }
  if (v.followUpOn !== null && isRealDate(v.followUpOn) && isRealDate(v.closedOn) && v.followUpOn <= v.closedOn) {
    ctx.addIssue({ code: 'custom', path: ['followUpOn'], message: 'Follow-up date after closure must be after the closure date' });
  }
});
export type ClosureInput = z.infer<typeof ClosureInput>;

/** The reason to close with open work is kept in the request's audit entry, not on the closure. */
export const Closure = closureShape.omit({ openWorkReason: true }).extend({ ...caseRecordShape, ...Approval.shape });
export type Closure = z.infer<typeof Closure>;
