// Family assessments and the family plan shared by the children's cases, each approved by a second person like a case plan.
import { randomUUID } from 'node:crypto';
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import {
  decideApproval,
  DomainError,
  draftApproval,
  invalid,
  isEditable,
  submitForApproval,
  type ApprovalDecisionInput,
  type FamilyAssessment,
  type FamilyAssessmentInput,
  type FamilyPlan,
  type FamilyPlanInput,
} from '@kruosar/domain';
import type { Db } from '../client';
import { inTransaction } from '../client';
import { familyAssessments, familyPlans } from '../schema/index';
import { approvalOf } from './approvals';
import { appendAudit } from './audit';
import { assertNotFuture, assertVersion, caseFor, type Work } from './case-workflow';
import { householdFor } from './family-households';
import { updateVersioned } from './versioned';

type PlanRow = typeof familyPlans.$inferSelect;
type AssessmentRow = typeof familyAssessments.$inferSelect;

const toPlan = (r: PlanRow): FamilyPlan => ({
  id: r.id,
  householdId: r.householdId,
  version: r.version,
  createdById: r.createdById,
  createdAt: r.createdAt,
  updatedAt: r.updatedAt,
  goals: r.goals,
  reviewDate: r.reviewDate,
  ...approvalOf(r),
});
const toAssessment = (r: AssessmentRow): FamilyAssessment => ({
  id: r.id,
  householdId: r.householdId,
  version: r.version,
  createdById: r.createdById,
  createdAt: r.createdAt,
  assessedOn: r.assessedOn,
  idPoor: r.idPoor as FamilyAssessment['idPoor'],
  areas: r.areas,
  ...approvalOf(r),
});

const plansOf = (db: Db, householdId: string) =>
  db.select().from(familyPlans).where(and(eq(familyPlans.householdId, householdId), isNull(familyPlans.archivedAt))).orderBy(desc(familyPlans.createdAt), sql`${familyPlans}.rowid desc`).all();

/** A household's assessments and plans, newest first, for a caller that has checked access and audits the read. */
export function readFamilyRecords(db: Db, householdId: string): { assessments: FamilyAssessment[]; plans: FamilyPlan[] } {
  const assessments = db
    .select()
    .from(familyAssessments)
    .where(and(eq(familyAssessments.householdId, householdId), isNull(familyAssessments.archivedAt)))
    .orderBy(desc(familyAssessments.assessedOn), sql`${familyAssessments}.rowid desc`)
    .all()
    .map(toAssessment);
  return { assessments, plans: plansOf(db, householdId).map(toPlan) };
}

function audit(db: Db, w: Work, action: string, entity: string, entityId: string, householdId: string, detail?: Record<string, unknown>) {
  appendAudit(db, { actorId: w.actor.id, portal: w.portal, action, entity, entityId, detail: { householdId, ...detail } }, w.now);
}

export function createFamilyAssessment(db: Db, w: Work, params: { householdId: string; input: FamilyAssessmentInput }): FamilyAssessment {
  assertNotFuture('assessedOn', 'Assessment date', params.input.assessedOn, w.now);
  return inTransaction(db, (tx) => {
    const h = householdFor(tx, w, params.householdId);
    const at = w.now.toISOString();
    const id = randomUUID();
    tx.insert(familyAssessments).values({ id, householdId: h.id, ...params.input, createdById: w.actor.id, ...draftApproval, createdAt: at, updatedAt: at }).run();
    audit(tx, w, 'family_assessment.create', 'family_assessment', id, h.id);
    return toAssessment(tx.select().from(familyAssessments).where(eq(familyAssessments.id, id)).get()!);
  });
}

const assessmentById = (db: Db, id: string) => db.select().from(familyAssessments).where(and(eq(familyAssessments.id, id), isNull(familyAssessments.archivedAt))).get();

function assessmentFor(db: Db, w: Work, id: string, expectedVersion: number) {
  const row = assessmentById(db, id);
  if (!row) throw invalid('id', 'Family assessment: not known', 'errors.notFound');
  const h = householdFor(db, w, row.householdId);
  assertVersion(row, expectedVersion, 'Family assessment');
  return { row, h };
}

/** Ask a supervisor to approve the family assessment (draft or returned). */
export function submitFamilyAssessment(db: Db, w: Work, params: { id: string; expectedVersion: number }): FamilyAssessment {
  return inTransaction(db, (tx) => {
    const { row, h } = assessmentFor(tx, w, params.id, params.expectedVersion);
    const approval = submitForApproval(approvalOf(row), w.actor.id, w.now.toISOString());
    updateVersioned(tx, { table: familyAssessments, id: row.id, expectedVersion: params.expectedVersion, set: { ...approval, updatedAt: w.now.toISOString() }, what: 'Family assessment' });
    audit(tx, w, 'family_assessment.submit', 'family_assessment', row.id, h.id);
    return toAssessment(assessmentById(tx, row.id)!);
  });
}

/** Four eyes: a supervisor of the family's commune (or an admin) who did not submit the assessment decides. */
export function decideFamilyAssessment(db: Db, w: Work, params: { id: string; expectedVersion: number; decision: ApprovalDecisionInput }): FamilyAssessment {
  return inTransaction(db, (tx) => {
    const { row, h } = assessmentFor(tx, w, params.id, params.expectedVersion);
    const approval = decideApproval(approvalOf(row), params.decision, w.actor, w.now.toISOString(), h.communeCode);
    updateVersioned(tx, { table: familyAssessments, id: row.id, expectedVersion: params.expectedVersion, set: { ...approval, updatedAt: w.now.toISOString() }, what: 'Family assessment' });
    audit(tx, w, `family_assessment.${approval.approvalState === 'approved' ? 'approve' : 'return'}`, 'family_assessment', row.id, h.id, { reason: approval.returnReason });
    return toAssessment(assessmentById(tx, row.id)!);
  });
}

const planById = (db: Db, id: string) => db.select().from(familyPlans).where(and(eq(familyPlans.id, id), isNull(familyPlans.archivedAt))).get();

function planFor(db: Db, w: Work, id: string, expectedVersion: number) {
  const row = planById(db, id);
  if (!row) throw invalid('id', 'Family plan: not known', 'errors.notFound');
  const h = householdFor(db, w, row.householdId);
  assertVersion(row, expectedVersion, 'Family plan');
  return { row, h };
}

/** A new plan; a family has one plan in progress at a time (an approved plan is replaced by a new one). */
export function createFamilyPlan(db: Db, w: Work, params: { householdId: string; input: FamilyPlanInput }): FamilyPlan {
  return inTransaction(db, (tx) => {
    const h = householdFor(tx, w, params.householdId);
    if (plansOf(tx, h.id).some((p) => p.approvalState !== 'approved')) {
      throw new DomainError('INVALID', 'errors.planInProgress', 'Family plan: this family already has a plan in progress; continue that one', 'householdId');
    }
    const at = w.now.toISOString();
    const id = randomUUID();
    tx.insert(familyPlans).values({ id, householdId: h.id, ...params.input, createdById: w.actor.id, ...draftApproval, createdAt: at, updatedAt: at }).run();
    audit(tx, w, 'family_plan.create', 'family_plan', id, h.id);
    return toPlan(planById(tx, id)!);
  });
}

export function updateFamilyPlan(db: Db, w: Work, params: { id: string; expectedVersion: number; input: FamilyPlanInput }): FamilyPlan {
  return inTransaction(db, (tx) => {
    const { row, h } = planFor(tx, w, params.id, params.expectedVersion);
    if (!isEditable(approvalOf(row))) throw new DomainError('INVALID', 'errors.approvalState', `Approval: a family plan that is ${row.approvalState} cannot be edited`, 'approvalState');
    updateVersioned(tx, { table: familyPlans, id: row.id, expectedVersion: params.expectedVersion, set: { ...params.input, updatedAt: w.now.toISOString() }, what: 'Family plan' });
    audit(tx, w, 'family_plan.update', 'family_plan', row.id, h.id);
    return toPlan(planById(tx, row.id)!);
  });
}

export function submitFamilyPlan(db: Db, w: Work, params: { id: string; expectedVersion: number }): FamilyPlan {
  return inTransaction(db, (tx) => {
    const { row, h } = planFor(tx, w, params.id, params.expectedVersion);
    const approval = submitForApproval(approvalOf(row), w.actor.id, w.now.toISOString());
    updateVersioned(tx, { table: familyPlans, id: row.id, expectedVersion: params.expectedVersion, set: { ...approval, updatedAt: w.now.toISOString() }, what: 'Family plan' });
    audit(tx, w, 'family_plan.submit', 'family_plan', row.id, h.id);
    return toPlan(planById(tx, row.id)!);
  });
}

/** Four eyes: a supervisor of the family's commune (or an admin) who did not submit the plan decides. */
export function decideFamilyPlan(db: Db, w: Work, params: { id: string; expectedVersion: number; decision: ApprovalDecisionInput }): FamilyPlan {
  return inTransaction(db, (tx) => {
    const { row, h } = planFor(tx, w, params.id, params.expectedVersion);
    const approval = decideApproval(approvalOf(row), params.decision, w.actor, w.now.toISOString(), h.communeCode);
    updateVersioned(tx, { table: familyPlans, id: row.id, expectedVersion: params.expectedVersion, set: { ...approval, updatedAt: w.now.toISOString() }, what: 'Family plan' });
    audit(tx, w, `family_plan.${approval.approvalState === 'approved' ? 'approve' : 'return'}`, 'family_plan', row.id, h.id, { reason: approval.returnReason });
    return toPlan(planById(tx, row.id)!);
  });
}

/** The family plan a child's case shares: the family's newest plan, whatever its approval (null if none). */
export function findFamilyPlanOfCase(db: Db, w: Work, caseId: string): { householdId: string; plan: FamilyPlan | null } {
  const c = caseFor(db, w, caseId);
  const plans = plansOf(db, c.householdId);
  const plan = plans[0];
  if (plan) inTransaction(db, (tx) => appendAudit(tx, { actorId: w.actor.id, portal: w.portal, action: 'family_plan.read', entity: 'family_plan', entityId: plan.id, caseId: c.id }, w.now));
  return { householdId: c.householdId, plan: plan ? toPlan(plan) : null };
}
