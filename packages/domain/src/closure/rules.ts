// What closing does to a case, and the follow-up visit after it.
import type { ApprovalState } from '../case-workflow/approval';
import { addMonths } from '../case-workflow/calendar';
import type { CaseStage, CaseStatus } from '../case/values';
import { DomainError } from '../errors';
import type { ClosureReason } from './schemas';

/** Three months after closure a caseworker checks the child is still safe, unless the closure says otherwise. */
export const CLOSURE_FOLLOW_UP_MONTHS = 3;

/** Reasons after which there is nobody to visit, so no follow-up is proposed. */
const noFollowUpReasons: readonly ClosureReason[] = ['moved', 'transferred'];

/** The follow-up date the closure form proposes. */
export function proposedClosureFollowUpOn(reason: ClosureReason, closedOn: string): string | null {
  return noFollowUpReasons.includes(reason) ? null : addMonths(closedOn, CLOSURE_FOLLOW_UP_MONTHS);
}

/** A closure is requested for an open case in the closure stage (reached from review). */
export function assertMayRequestClosure(c: { status: CaseStatus; stage: CaseStage }): void {
  if (c.status !== 'open' || c.stage !== 'closure') {
    throw new DomainError(
      'INVALID',
      'errors.closureNotReady',
      `Stage: move the case to closure before requesting closure (it is ${c.status}, at ${c.stage})`,
      'stage',
    );
  }
}

/** The case once a closure is decided: approved closes it; returned leaves it open for changes. */
export function caseAfterClosureDecision(
  c: { status: CaseStatus; stage: CaseStage },
  approvalState: ApprovalState,
): { status: CaseStatus; stage: CaseStage } {
  return approvalState === 'approved' ? { status: 'closed', stage: 'closure' } : c;
}
