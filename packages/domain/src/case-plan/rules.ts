// Rules of a case plan: it answers every weak domain, and its actions and review come due.
import type { CsiScores } from '../assessment/schemas';
import { weakDomains } from '../assessment/rules';
import type { CsiDomain } from '../assessment/values';
import { dueStatus, type DueStatus } from '../case-workflow/calendar';
import { DomainError } from '../errors';

type PlanGoals = { goals: readonly { domain: CsiDomain }[] };

/** Weak domains of the assessment that no goal of the plan addresses. */
export function uncoveredWeakDomains(plan: PlanGoals, assessment: { scores: CsiScores }): CsiDomain[] {
  const covered = new Set(plan.goals.map((g) => g.domain));
  return weakDomains(assessment).filter((d) => !covered.has(d));
}

/** A plan is submitted only when every weak domain (scored 1 or 2) has at least one goal. */
export function assertPlanCoversWeakDomains(plan: PlanGoals, assessment: { scores: CsiScores }): void {
  const missing = uncoveredWeakDomains(plan, assessment);
  if (missing.length > 0) {
    throw new DomainError(
      'INVALID',
      'errors.planMissingWeakDomains',
      `Goals: add a goal for each weak domain of the assessment; missing: ${missing.join(', ')}`,
      'goals',
    );
  }
}

type PlanAction = { description: string; who: string; dueDate: string; doneOn: string | null };
export type ActionDue = { goalIndex: number; actionIndex: number; action: PlanAction; status: DueStatus };

/** Every action of a plan with its status today, for the caseworker's list and the supervisor's review. */
export function planActionStatuses(plan: { goals: readonly { actions: readonly PlanAction[] }[] }, today: string): ActionDue[] {
  return plan.goals.flatMap((g, goalIndex) =>
    g.actions.map((action, actionIndex) => ({ goalIndex, actionIndex, action, status: dueStatus(action.dueDate, action.doneOn, today) })),
  );
}

/** The plan's review date: due within a week, overdue, or upcoming (a reviewed plan is 'done'). */
export function planReviewStatus(plan: { reviewDate: string }, reviewedOn: string | null, today: string): DueStatus {
  return dueStatus(plan.reviewDate, reviewedOn, today);
}

/**
 * An action still to do cannot be due before today: a plan sent for approval with past dates is a typo or a plan
 * out of date. Done actions keep the date they had. The first such action is named, so the form can point at it.
 */
export function assertActionsNotOverdue(plan: { goals: readonly { actions: readonly PlanAction[] }[] }, today: string): void {
  plan.goals.forEach((goal, goalIndex) =>
    goal.actions.forEach((action, actionIndex) => {
      if (action.doneOn === null && action.dueDate < today) {
        throw new DomainError(
          'INVALID',
          'errors.actionDueInPast',
          `Action due date: an action still to do cannot be due before today (goal ${goalIndex + 1}, action ${actionIndex + 1})`,
          `goals.${goalIndex}.actions.${actionIndex}.dueDate`,
        );
      }
    }),
  );
}
