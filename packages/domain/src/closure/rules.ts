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

type PlanForClosure = { approvalState: ApprovalState; goals: readonly { actions: readonly { doneOn: string | null }[] }[] };
type VisitForClosure = { doneOn: string | null; cancelledOn: string | null };
export type OpenWork = { openActions: number; scheduledVisits: number };

/**
 * Work still open when closure is asked for: actions of approved plans not done, follow-up visits neither done
 * nor cancelled. Closing with open work needs a reason, so nothing is dropped by accident.
 */
export function openWorkAtClosure(work: { casePlans: readonly PlanForClosure[]; followUps: readonly VisitForClosure[] }): OpenWork {
  const openActions = work.casePlans
    .filter((p) => p.approvalState === 'approved')
    .reduce((n, p) => n + p.goals.reduce((m, g) => m + g.actions.filter((a) => a.doneOn === null).length, 0), 0);
  const scheduledVisits = work.followUps.filter((v) => v.doneOn === null && v.cancelledOn === null).length;
  return { openActions, scheduledVisits };
}

/** A closure with open work says why it closes anyway. */
export function assertOpenWorkExplained(open: OpenWork, openWorkReason: string): void {
  if ((open.openActions > 0 || open.scheduledVisits > 0) && openWorkReason.trim() === '') {
    throw new DomainError(
      'INVALID',
      'errors.closureOpenWork',
      `Reason to close with open work: ${open.openActions} plan action(s) are not done and ${open.scheduledVisits} visit(s) are still scheduled; say why the case closes anyway`,
      'openWorkReason',
    );
  }
}
