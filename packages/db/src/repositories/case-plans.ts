// Case plans: goals for the weak domains of the latest approved assessment, the child's views, approval, reviews.
import { randomUUID } from 'node:crypto';
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import {
  assertActionsNotOverdue,
  assertPlanCoversWeakDomains,
  decideApproval,
  DomainError,
  draftApproval,
  invalid,
  isEditable,
  planReviewStatus,
  submitForApproval,
  weakDomains,
  type ApprovalDecisionInput,
  type CasePlan,
  type CasePlanInput,
  type ChildViewsNotGivenReason,
  type CsiDomain,
  type CsiScores,
  type DueStatus,
} from '@kruosar/domain';
import type { Db } from '../client';
import { inTransaction } from '../client';
import { assessments, casePlans } from '../schema/index';
import { approvalOf } from './approvals';
import { assertCaseOpen, assertNotFuture, assertVersion, auditCase, auditRead, caseFor, caseOfRecord, todayIn, updateCaseWorkflow, type Work } from './case-workflow';
import { updateVersioned } from './versioned';
import { notifyDecision } from './notifications';

type Row = typeof casePlans.$inferSelect;

/** A plan with where its review stands today. */
export type CasePlanView = CasePlan & { reviewedOn: string | null; reviewStatus: DueStatus };

function toCasePlan(row: Row, now: Date): CasePlanView {
  // The review counts as done only when it happened on or after the review date now set.
  const reviewed = row.reviewedOn !== null && row.reviewedOn >= row.reviewDate ? row.reviewedOn : null;
  return {
    id: row.id,
    caseId: row.caseId,
    version: row.version,
    createdById: row.createdById,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    assessmentId: row.assessmentId,
    goals: row.goals,
    childViews: row.childViews,
    childViewsNotGivenReason: row.childViewsNotGivenReason as ChildViewsNotGivenReason | null,
    childViewsNotGivenNote: row.childViewsNotGivenNote,
    reviewDate: row.reviewDate,
    reviewedOn: row.reviewedOn,
    reviewStatus: planReviewStatus(row, reviewed, todayIn(now)),
    ...approvalOf(row),
  };
}

const byId = (db: Db, id: string) => db.select().from(casePlans).where(eq(casePlans.id, id)).get();

/** A case's plans, newest first, for a caller that has checked scope and audits the read. */
export function readCasePlans(db: Db, caseId: string, now: Date): CasePlanView[] {
  return rowsOf(db, caseId).map((r) => toCasePlan(r, now));
}

function rowsOf(db: Db, caseId: string): Row[] {
  return db
    .select()
    .from(casePlans)
    .where(and(eq(casePlans.caseId, caseId), isNull(casePlans.archivedAt)))
    .orderBy(desc(casePlans.createdAt), sql`${casePlans}.rowid desc`)
    .all();
}

function latestApprovedAssessment(db: Db, caseId: string) {
  return db
    .select()
    .from(assessments)
    .where(and(eq(assessments.caseId, caseId), eq(assessments.approvalState, 'approved'), isNull(assessments.archivedAt)))
    .orderBy(desc(assessments.decidedAt), sql`${assessments}.rowid desc`)
    .limit(1)
    .get();
}

export function listCasePlans(db: Db, w: Work, caseId: string): CasePlanView[] {
  const c = caseFor(db, w, caseId);
  auditRead(db, w, { action: 'case_plan.list', entity: 'case_plan', caseId: c.id });
  return readCasePlans(db, c.id, w.now);
}

export function findCasePlan(db: Db, w: Work, id: string): CasePlanView {
  const { row, c } = caseOfRecord(db, w, byId(db, id), 'Case plan');
  auditRead(db, w, { action: 'case_plan.read', entity: 'case_plan', entityId: row.id, caseId: c.id });
  return toCasePlan(row, w.now);
}

export type PlanStartingPoint = { assessmentId: string; assessedOn: string; weakDomains: CsiDomain[]; scores: CsiScores };

/** What a new plan answers: the latest approved assessment and its weak domains (null before any approval). */
export function findPlanStartingPoint(db: Db, w: Work, caseId: string): PlanStartingPoint | null {
  const c = caseFor(db, w, caseId);
  const a = latestApprovedAssessment(db, c.id);
  if (!a) return null;
  auditRead(db, w, { action: 'case_plan.starting_point', entity: 'assessment', entityId: a.id, caseId: c.id });
  return { assessmentId: a.id, assessedOn: a.assessedOn, weakDomains: weakDomains(a), scores: a.scores };
}

/** A plan answers the case's latest approved assessment, not an older picture of the child. */
function assertAnswersLatestAssessment(db: Db, caseId: string, assessmentId: string) {
  const latest = latestApprovedAssessment(db, caseId);
  if (!latest || latest.id !== assessmentId) {
    throw invalid('assessmentId', 'Assessment: a plan answers the latest approved assessment of this case', 'errors.planAssessmentNotLatest');
  }
  return latest;
}

export function createCasePlan(db: Db, w: Work, params: { caseId: string; input: CasePlanInput }): CasePlanView {
  return inTransaction(db, (tx) => {
    const c = caseFor(tx, w, params.caseId);
    assertCaseOpen(c);
    if (c.stage !== 'case_plan') {
      throw new DomainError('INVALID', 'errors.notPlanningStage', `Stage: a case plan is made at the case_plan stage (the case is at ${c.stage})`, 'stage');
    }
    assertAnswersLatestAssessment(tx, c.id, params.input.assessmentId);
    assertActionsNotOverdue(params.input, todayIn(w.now));
    if (rowsOf(tx, c.id).some((r) => r.approvalState !== 'approved')) {
      throw new DomainError('INVALID', 'errors.planInProgress', 'Case plan: this case already has a plan in progress; continue that one', 'caseId');
    }
    const at = w.now.toISOString();
    const id = randomUUID();
    tx.insert(casePlans).values({ id, caseId: c.id, ...params.input, createdById: w.actor.id, ...draftApproval, createdAt: at, updatedAt: at }).run();
    auditCase(tx, w, { action: 'case_plan.create', entity: 'case_plan', entityId: id, caseId: c.id });
    return toCasePlan(byId(tx, id)!, w.now);
  });
}

function assertEditable(row: Row): void {
  if (!isEditable(approvalOf(row))) {
    throw new DomainError('INVALID', 'errors.approvalState', `Approval: a case plan that is ${row.approvalState} cannot be edited`, 'approvalState');
  }
}

export function updateCasePlan(db: Db, w: Work, params: { id: string; expectedVersion: number; input: CasePlanInput }): CasePlanView {
  return inTransaction(db, (tx) => {
    const { row, c } = caseOfRecord(tx, w, byId(tx, params.id), 'Case plan');
    assertVersion(row, params.expectedVersion, 'Case plan');
    assertEditable(row);
    assertCaseOpen(c);
    assertAnswersLatestAssessment(tx, c.id, params.input.assessmentId);
    assertActionsNotOverdue(params.input, todayIn(w.now));
    updateVersioned(tx, { table: casePlans, id: row.id, expectedVersion: params.expectedVersion, set: { ...params.input, updatedAt: w.now.toISOString() }, what: 'Case plan' });
    auditCase(tx, w, { action: 'case_plan.update', entity: 'case_plan', entityId: row.id, caseId: c.id });
    return toCasePlan(byId(tx, row.id)!, w.now);
  });
}

/** Sent for approval only when every weak domain of its assessment has a goal. */
export function submitCasePlan(db: Db, w: Work, params: { id: string; expectedVersion: number }): CasePlanView {
  return inTransaction(db, (tx) => {
    const { row, c } = caseOfRecord(tx, w, byId(tx, params.id), 'Case plan');
    assertVersion(row, params.expectedVersion, 'Case plan');
    assertCaseOpen(c);
    assertPlanCoversWeakDomains(row, assertAnswersLatestAssessment(tx, c.id, row.assessmentId));
    assertActionsNotOverdue(row, todayIn(w.now));
    const approval = submitForApproval(approvalOf(row), w.actor.id, w.now.toISOString());
    updateVersioned(tx, { table: casePlans, id: row.id, expectedVersion: params.expectedVersion, set: { ...approval, updatedAt: w.now.toISOString() }, what: 'Case plan' });
    auditCase(tx, w, { action: 'case_plan.submit', entity: 'case_plan', entityId: row.id, caseId: c.id });
    return toCasePlan(byId(tx, row.id)!, w.now);
  });
}

/** Another supervisor decides; an approved plan moves the case to implementation. */
export function decideCasePlan(db: Db, w: Work, params: { id: string; expectedVersion: number; decision: ApprovalDecisionInput }): CasePlanView {
  return inTransaction(db, (tx) => {
    const { row, c } = caseOfRecord(tx, w, byId(tx, params.id), 'Case plan');
    assertVersion(row, params.expectedVersion, 'Case plan');
    if (params.decision.decision === 'approve') assertCaseOpen(c);
    const approval = decideApproval(approvalOf(row), params.decision, w.actor, w.now.toISOString(), c.communeCode);
    updateVersioned(tx, { table: casePlans, id: row.id, expectedVersion: params.expectedVersion, set: { ...approval, updatedAt: w.now.toISOString() }, what: 'Case plan' });
    notifyDecision(tx, { recordKind: 'case_plan', recordId: row.id, caseId: c.id, submittedById: row.submittedById, actorId: w.actor.id, returned: approval.approvalState !== 'approved', reason: approval.returnReason, now: w.now });
    auditCase(tx, w, { action: `case_plan.${approval.approvalState === 'approved' ? 'approve' : 'return'}`, entity: 'case_plan', entityId: row.id, caseId: c.id, detail: { reason: approval.returnReason } });
    if (approval.approvalState === 'approved' && c.stage === 'case_plan') {
      updateCaseWorkflow(tx, w, c, { expectedVersion: c.version, stage: 'implementation', action: 'case.stage', detail: { casePlanId: row.id } });
    }
    return toCasePlan(byId(tx, row.id)!, w.now);
  });
}

/** Progress on an approved plan (what was agreed stays as agreed): a review held, and the next review date. */
export function recordPlanReview(db: Db, w: Work, params: { id: string; expectedVersion: number; reviewedOn: string; nextReviewDate: string }): CasePlanView {
  assertNotFuture('reviewedOn', 'Review date', params.reviewedOn, w.now);
  if (params.nextReviewDate <= params.reviewedOn) throw invalid('nextReviewDate', 'Next review date must be after the review', 'errors.nextReviewBeforeReview');
  return inTransaction(db, (tx) => {
    const { row, c } = approvedPlanInScope(tx, w, params.id, params.expectedVersion);
    updateVersioned(tx, { table: casePlans, id: row.id, expectedVersion: params.expectedVersion, set: { reviewedOn: params.reviewedOn, reviewDate: params.nextReviewDate, updatedAt: w.now.toISOString() }, what: 'Case plan' });
    auditCase(tx, w, { action: 'case_plan.review', entity: 'case_plan', entityId: row.id, caseId: c.id, detail: { reviewedOn: params.reviewedOn, nextReviewDate: params.nextReviewDate } });
    return toCasePlan(byId(tx, row.id)!, w.now);
  });
}

/** Mark one action of an approved plan done (or not done after all). */
export function markPlanAction(
  db: Db,
  w: Work,
  params: { id: string; expectedVersion: number; goalIndex: number; actionIndex: number; doneOn: string | null },
): CasePlanView {
  if (params.doneOn !== null) assertNotFuture('doneOn', 'Action done date', params.doneOn, w.now);
  return inTransaction(db, (tx) => {
    const { row, c } = approvedPlanInScope(tx, w, params.id, params.expectedVersion);
    const action = row.goals[params.goalIndex]?.actions[params.actionIndex];
    if (!action) throw invalid('actionIndex', 'Action: this plan has no such action', 'errors.notFound');
    const goals = row.goals.map((g, gi) =>
      gi !== params.goalIndex ? g : { ...g, actions: g.actions.map((a, ai) => (ai === params.actionIndex ? { ...a, doneOn: params.doneOn } : a)) },
    );
    updateVersioned(tx, { table: casePlans, id: row.id, expectedVersion: params.expectedVersion, set: { goals, updatedAt: w.now.toISOString() }, what: 'Case plan' });
    auditCase(tx, w, { action: 'case_plan.action', entity: 'case_plan', entityId: row.id, caseId: c.id, detail: { goalIndex: params.goalIndex, actionIndex: params.actionIndex, doneOn: params.doneOn } });
    return toCasePlan(byId(tx, row.id)!, w.now);
  });
}

function approvedPlanInScope(db: Db, w: Work, id: string, expectedVersion: number) {
  const found = caseOfRecord(db, w, byId(db, id), 'Case plan');
  assertVersion(found.row, expectedVersion, 'Case plan');
  assertCaseOpen(found.c);
  if (found.row.approvalState !== 'approved') {
    throw new DomainError('INVALID', 'errors.approvalState', `Approval: progress is recorded on an approved plan (this one is ${found.row.approvalState})`, 'approvalState');
  }
  return found;
}
