// The case workflow (docs/DESIGN.md §4): which stage may follow which, and reopening a closed case.
import { z } from 'zod';
import { DomainError } from '../errors';
import { caseStages, type CaseStage, type CaseStatus } from '../case/values';
import { choiceField, optionalField, requiredField } from './fields';

/**
 * registered -> assessment -> case_plan -> implementation -> review -> closure.
 * A review may send the case back to planning or implementation. A closure request that the supervisor
 * returns may go back to review, so a case is never stuck waiting for a closure nobody approves.
 */
export const stageTransitions: Readonly<Record<CaseStage, readonly CaseStage[]>> = {
  registered: ['assessment'],
  assessment: ['case_plan'],
  case_plan: ['implementation'],
  implementation: ['review'],
  review: ['case_plan', 'implementation', 'closure'],
  closure: ['review'],
};

/** The stage a reopened case starts again from: its situation has changed, so it is assessed again. */
export const REOPEN_STAGE: CaseStage = 'assessment';

export function nextStages(stage: CaseStage): readonly CaseStage[] {
  return stageTransitions[stage];
}

export function canTransition(from: CaseStage, to: CaseStage): boolean {
  return stageTransitions[from].includes(to);
}

export function assertTransition(from: CaseStage, to: CaseStage): void {
  if (!canTransition(from, to)) {
    const allowed = nextStages(from).join(', ') || 'none';
    throw new DomainError(
      'INVALID',
      'errors.stageTransition',
      `Stage: a case cannot move from ${from} to ${to} (allowed next: ${allowed})`,
      'stage',
    );
  }
}

/** A stage change on a case: only open cases move through the workflow; closed ones are reopened first. */
export function assertStageChange(c: { status: CaseStatus; stage: CaseStage }, to: CaseStage): void {
  if (c.status !== 'open') {
    throw new DomainError('INVALID', 'errors.caseNotOpen', `Stage: the case is ${c.status}; reopen it before changing its stage`, 'stage');
  }
  assertTransition(c.stage, to);
}

/** Reopening: only a closed case, which becomes open and is assessed again. */
export function reopenCase(c: { status: CaseStatus; stage: CaseStage }): { status: 'open'; stage: CaseStage } {
  if (c.status !== 'closed') {
    throw new DomainError('INVALID', 'errors.reopenNotClosed', `Status: only a closed case can be reopened (this one is ${c.status})`, 'status');
  }
  return { status: 'open', stage: REOPEN_STAGE };
}

export const StageChangeInput = z.object({
  to: choiceField('Stage', caseStages),
  note: optionalField('Note', 2000),
});
export type StageChangeInput = z.infer<typeof StageChangeInput>;

export const ReopenInput = z.object({
  reason: requiredField('Reason for reopening', 2000),
});
export type ReopenInput = z.infer<typeof ReopenInput>;
