// Assessments: drafted and edited by the caseworker, approved by another supervisor, compared over time.
import { randomUUID } from 'node:crypto';
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import {
  compareAssessments,
  decideApproval,
  DomainError,
  draftApproval,
  isEditable,
  scoreHistory,
  submitForApproval,
  type Assessment,
  type AssessmentComparison,
  type AssessmentInput,
  type ApprovalDecisionInput,
  type CaseStage,
  type CsiDomain,
  type ProtectionConcern,
  type RiskLevel,
} from '@kruosar/domain';
import type { Db } from '../client';
import { inTransaction } from '../client';
import { assessments } from '../schema/index';
import { approvalOf } from './approvals';
import {
  assertCaseOpen,
  assertNotFuture,
  assertVersion,
  auditCase,
  auditRead,
  caseFor,
  caseOfRecord,
  updateCaseWorkflow,
  type Work,
} from './case-workflow';
import { updateVersioned } from './versioned';
import { notifyDecision } from './notifications';

type Row = typeof assessments.$inferSelect;

export function toAssessment(row: Row): Assessment {
  return {
    id: row.id,
    caseId: row.caseId,
    version: row.version,
    createdById: row.createdById,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    assessedById: row.assessedById,
    assessedOn: row.assessedOn,
    scores: row.scores,
    protectionConcerns: row.protectionConcerns as ProtectionConcern[],
    riskLevel: row.riskLevel as RiskLevel,
    riskReason: row.riskReason,
    summary: row.summary,
    ...approvalOf(row),
  };
}

const byId = (db: Db, id: string) => db.select().from(assessments).where(eq(assessments.id, id)).get();

/** A case's assessments, newest first, for a caller that has checked scope and audits the read. */
export function readAssessments(db: Db, caseId: string): Assessment[] {
  return rowsOf(db, caseId).map(toAssessment);
}

function rowsOf(db: Db, caseId: string): Row[] {
  return db
    .select()
    .from(assessments)
    .where(and(eq(assessments.caseId, caseId), isNull(assessments.archivedAt)))
    .orderBy(desc(assessments.assessedOn), desc(assessments.createdAt), sql`${assessments}.rowid desc`)
    .all();
}

/** A case's assessments, newest first. */
export function listAssessments(db: Db, w: Work, caseId: string): Assessment[] {
  const c = caseFor(db, w, caseId);
  auditRead(db, w, { action: 'assessment.list', entity: 'assessment', caseId: c.id });
  return readAssessments(db, c.id);
}

export function findAssessment(db: Db, w: Work, id: string): Assessment {
  const { row, c } = caseOfRecord(db, w, byId(db, id), 'Assessment');
  auditRead(db, w, { action: 'assessment.read', entity: 'assessment', entityId: row.id, caseId: c.id });
  return toAssessment(row);
}

/** Stages in which a case is assessed: the first assessment, and reassessment at review. */
const assessableStages: readonly CaseStage[] = ['registered', 'assessment', 'review'];

/**
 * Start an assessment. A registered case moves to the assessment stage with it; at review it is a reassessment.
 * One assessment is in progress at a time, so nobody edits a draft nobody else can see.
 */
export function createAssessment(db: Db, w: Work, params: { caseId: string; input: AssessmentInput }): Assessment {
  const { input } = params;
  assertNotFuture('assessedOn', 'Assessment date', input.assessedOn, w.now);
  return inTransaction(db, (tx) => {
    const c = caseFor(tx, w, params.caseId);
    assertCaseOpen(c);
    if (!assessableStages.includes(c.stage as CaseStage)) {
      throw new DomainError('INVALID', 'errors.notAssessableStage', `Stage: a case is assessed at registration, assessment or review, not at ${c.stage}`, 'stage');
    }
    const inProgress = rowsOf(tx, c.id).find((r) => isEditable(approvalOf(r)) || r.approvalState === 'submitted');
    if (inProgress) {
      throw new DomainError('INVALID', 'errors.assessmentInProgress', 'Assessment: this case already has an assessment in progress; continue that one', 'caseId');
    }
    if (c.stage === 'registered') updateCaseWorkflow(tx, w, c, { expectedVersion: c.version, stage: 'assessment', action: 'case.stage', detail: { why: 'assessment started' } });
    const at = w.now.toISOString();
    const row = { id: randomUUID(), caseId: c.id, ...input, assessedById: w.actor.id, createdById: w.actor.id, ...draftApproval, createdAt: at, updatedAt: at };
    tx.insert(assessments).values(row).run();
    auditCase(tx, w, { action: 'assessment.create', entity: 'assessment', entityId: row.id, caseId: c.id, detail: { reassessment: c.stage === 'review' } });
    return toAssessment(byId(tx, row.id)!);
  });
}

function assertEditable(row: Row): void {
  if (!isEditable(approvalOf(row))) {
    throw new DomainError('INVALID', 'errors.approvalState', `Approval: an assessment that is ${row.approvalState} cannot be edited`, 'approvalState');
  }
}

export function updateAssessment(db: Db, w: Work, params: { id: string; expectedVersion: number; input: AssessmentInput }): Assessment {
  assertNotFuture('assessedOn', 'Assessment date', params.input.assessedOn, w.now);
  return inTransaction(db, (tx) => {
    const { row, c } = caseOfRecord(tx, w, byId(tx, params.id), 'Assessment');
    assertVersion(row, params.expectedVersion, 'Assessment');
    assertEditable(row);
    assertCaseOpen(c);
    updateVersioned(tx, { table: assessments, id: row.id, expectedVersion: params.expectedVersion, set: { ...params.input, updatedAt: w.now.toISOString() }, what: 'Assessment' });
    auditCase(tx, w, { action: 'assessment.update', entity: 'assessment', entityId: row.id, caseId: c.id });
    return toAssessment(byId(tx, row.id)!);
  });
}

export function submitAssessment(db: Db, w: Work, params: { id: string; expectedVersion: number }): Assessment {
  return inTransaction(db, (tx) => {
    const { row, c } = caseOfRecord(tx, w, byId(tx, params.id), 'Assessment');
    assertVersion(row, params.expectedVersion, 'Assessment');
    assertCaseOpen(c);
    const approval = submitForApproval(approvalOf(row), w.actor.id, w.now.toISOString());
    updateVersioned(tx, { table: assessments, id: row.id, expectedVersion: params.expectedVersion, set: { ...approval, updatedAt: w.now.toISOString() }, what: 'Assessment' });
    auditCase(tx, w, { action: 'assessment.submit', entity: 'assessment', entityId: row.id, caseId: c.id });
    return toAssessment(byId(tx, row.id)!);
  });
}

/**
 * A supervisor other than the one who submitted approves or returns it. Approval applies the re-rated risk and
 * protection concerns to the case, and a first assessment moves the case on to its case plan.
 */
export function decideAssessment(db: Db, w: Work, params: { id: string; expectedVersion: number; decision: ApprovalDecisionInput }): Assessment {
  return inTransaction(db, (tx) => {
    const { row, c } = caseOfRecord(tx, w, byId(tx, params.id), 'Assessment');
    assertVersion(row, params.expectedVersion, 'Assessment');
    if (params.decision.decision === 'approve') assertCaseOpen(c);
    const approval = decideApproval(approvalOf(row), params.decision, w.actor, w.now.toISOString(), c.communeCode);
    updateVersioned(tx, { table: assessments, id: row.id, expectedVersion: params.expectedVersion, set: { ...approval, updatedAt: w.now.toISOString() }, what: 'Assessment' });
    notifyDecision(tx, { recordKind: 'assessment', recordId: row.id, caseId: c.id, submittedById: row.submittedById, actorId: w.actor.id, returned: approval.approvalState !== 'approved', reason: approval.returnReason, now: w.now });
    auditCase(tx, w, { action: `assessment.${approval.approvalState === 'approved' ? 'approve' : 'return'}`, entity: 'assessment', entityId: row.id, caseId: c.id, detail: { reason: approval.returnReason } });
    if (approval.approvalState === 'approved') {
      const stage: CaseStage | undefined = c.stage === 'assessment' ? 'case_plan' : undefined;
      updateCaseWorkflow(tx, w, c, {
        expectedVersion: c.version,
        ...(stage ? { stage } : {}),
        riskLevel: row.riskLevel as RiskLevel,
        protectionConcerns: row.protectionConcerns,
        action: 'case.assessed',
        detail: { assessmentId: row.id },
      });
    }
    return toAssessment(byId(tx, row.id)!);
  });
}

/** A draft (or returned) assessment that should not go on is archived, never deleted. */
export function archiveAssessment(db: Db, w: Work, params: { id: string; expectedVersion: number }): { ok: true } {
  return inTransaction(db, (tx) => {
    const { row, c } = caseOfRecord(tx, w, byId(tx, params.id), 'Assessment');
    assertVersion(row, params.expectedVersion, 'Assessment');
    assertEditable(row);
    updateVersioned(tx, { table: assessments, id: row.id, expectedVersion: params.expectedVersion, set: { archivedAt: w.now.toISOString(), updatedAt: w.now.toISOString() }, what: 'Assessment' });
    auditCase(tx, w, { action: 'assessment.archive', entity: 'assessment', entityId: row.id, caseId: c.id });
    return { ok: true as const };
  });
}

export type AssessmentHistory = {
  /** Approved assessments, oldest first. */
  assessments: { id: string; assessedOn: string; riskLevel: RiskLevel }[];
  dates: string[];
  scores: Record<CsiDomain, number[]>;
  /** Each approved assessment compared with the one before it. */
  comparisons: (AssessmentComparison & { olderId: string; newerId: string })[];
};

/** How the child's scores moved over the approved assessments (the reassessment history). */
export function findAssessmentHistory(db: Db, w: Work, caseId: string): AssessmentHistory {
  const c = caseFor(db, w, caseId);
  auditRead(db, w, { action: 'assessment.history', entity: 'assessment', caseId: c.id });
  const approved = rowsOf(db, c.id)
    .filter((r) => r.approvalState === 'approved')
    .reverse()
    .map(toAssessment);
  const comparisons = approved.slice(1).map((newer, i) => ({ ...compareAssessments(approved[i]!, newer), olderId: approved[i]!.id, newerId: newer.id }));
  return {
    assessments: approved.map((a) => ({ id: a.id, assessedOn: a.assessedOn, riskLevel: a.riskLevel })),
    ...scoreHistory(approved),
    comparisons,
  };
}
