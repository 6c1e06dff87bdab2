// Closing a case: requested with a reason, decided by another supervisor, followed up afterwards; reopened if needed.
import { randomUUID } from 'node:crypto';
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import {
  assertMayRequestClosure,
  assertOpenWorkExplained,
  caseAfterClosureDecision,
  decideApproval,
  DomainError,
  draftApproval,
  forbidden,
  openWorkAtClosure,
  reopenCase as reopenedCase,
  submitForApproval,
  type ApprovalDecisionInput,
  type CaseStage,
  type CaseStatus,
  type Closure,
  type ClosureInput,
  type ClosureReason,
} from '@kruosar/domain';
import type { Db } from '../client';
import { inTransaction } from '../client';
import { closures } from '../schema/index';
import { approvalOf } from './approvals';
import { assertNotFuture, assertVersion, auditCase, auditRead, caseFor, caseOfRecord, updateCaseWorkflow, type StageChangeResult, type Work } from './case-workflow';
import { readCasePlans } from './case-plans';
import { readFollowUps, scheduleVisits } from './follow-ups';
import { updateVersioned } from './versioned';
import { notifyDecision } from './notifications';

type Row = typeof closures.$inferSelect;

function toClosure(row: Row): Closure {
  return {
    id: row.id,
    caseId: row.caseId,
    version: row.version,
    createdById: row.createdById,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    reason: row.reason as ClosureReason,
    reasonOther: row.reasonOther,
    closedOn: row.closedOn,
    summary: row.summary,
    followUpOn: row.followUpOn,
    ...approvalOf(row),
  };
}

const byId = (db: Db, id: string) => db.select().from(closures).where(eq(closures.id, id)).get();

function rowsOf(db: Db, caseId: string): Row[] {
  return db.select().from(closures).where(and(eq(closures.caseId, caseId), isNull(closures.archivedAt))).orderBy(desc(closures.createdAt), sql`${closures}.rowid desc`).all();
}

/** A case's closure requests, latest first, for a caller that has checked scope and audits the read. */
export function readClosures(db: Db, caseId: string): Closure[] {
  return rowsOf(db, caseId).map(toClosure);
}

export function listClosures(db: Db, w: Work, caseId: string): Closure[] {
  const c = caseFor(db, w, caseId);
  auditRead(db, w, { action: 'closure.list', entity: 'closure', caseId: c.id });
  return readClosures(db, c.id);
}

/** Ask a supervisor to close the case: the request is sent for approval at once. */
export function requestClosure(db: Db, w: Work, params: { caseId: string; input: ClosureInput }): Closure {
  const { openWorkReason, ...input } = params.input;
  assertNotFuture('closedOn', 'Closure date', input.closedOn, w.now);
  return inTransaction(db, (tx) => {
    const c = caseFor(tx, w, params.caseId);
    assertMayRequestClosure({ status: c.status as CaseStatus, stage: c.stage as CaseStage });
    if (rowsOf(tx, c.id).some((r) => r.approvalState === 'submitted')) {
      throw new DomainError('INVALID', 'errors.closurePending', 'Closure: a request to close this case is already waiting for a supervisor', 'caseId');
    }
    const openWork = openWorkAtClosure({ casePlans: readCasePlans(tx, c.id, w.now), followUps: readFollowUps(tx, c.id, w.now) });
    assertOpenWorkExplained(openWork, openWorkReason);
    const at = w.now.toISOString();
    const id = randomUUID();
    const approval = submitForApproval(draftApproval, w.actor.id, at);
    tx.insert(closures).values({ id, caseId: c.id, ...input, createdById: w.actor.id, ...approval, createdAt: at, updatedAt: at }).run();
    auditCase(tx, w, { action: 'closure.request', entity: 'closure', entityId: id, caseId: c.id, detail: { reason: input.reason, ...(openWorkReason ? { ...openWork, openWorkReason } : {}) } });
    return toClosure(byId(tx, id)!);
  });
}

/** Another supervisor approves (the case closes; a follow-up after closure is scheduled) or returns it. */
export function decideClosure(db: Db, w: Work, params: { id: string; expectedVersion: number; decision: ApprovalDecisionInput }): Closure {
  return inTransaction(db, (tx) => {
    const { row, c } = caseOfRecord(tx, w, byId(tx, params.id), 'Closure');
    assertVersion(row, params.expectedVersion, 'Closure');
    const approval = decideApproval(approvalOf(row), params.decision, w.actor, w.now.toISOString(), c.communeCode);
    if (approval.approvalState === 'approved') assertMayRequestClosure({ status: c.status as CaseStatus, stage: c.stage as CaseStage });
    updateVersioned(tx, { table: closures, id: row.id, expectedVersion: params.expectedVersion, set: { ...approval, updatedAt: w.now.toISOString() }, what: 'Closure' });
    notifyDecision(tx, { recordKind: 'closure', recordId: row.id, caseId: c.id, submittedById: row.submittedById, actorId: w.actor.id, returned: approval.approvalState !== 'approved', reason: approval.returnReason, now: w.now });
    auditCase(tx, w, { action: `closure.${approval.approvalState === 'approved' ? 'approve' : 'return'}`, entity: 'closure', entityId: row.id, caseId: c.id, detail: { reason: approval.returnReason } });
    if (approval.approvalState === 'approved') {
      const after = caseAfterClosureDecision({ status: c.status as CaseStatus, stage: c.stage as CaseStage }, approval.approvalState);
      updateCaseWorkflow(tx, w, c, { expectedVersion: c.version, stage: after.stage, status: after.status, action: 'case.close', detail: { closureId: row.id, reason: row.reason } });
      if (row.followUpOn) scheduleVisits(tx, w, { caseId: c.id, placementId: null, kind: 'closure', dueDates: [row.followUpOn] });
    }
    return toClosure(byId(tx, row.id)!);
  });
}

/** A supervisor reopens a closed case: it is open again and assessed again. */
export function reopenClosedCase(db: Db, w: Work, params: { caseId: string; expectedVersion: number; reason: string }): StageChangeResult {
  if (w.actor.role !== 'supervisor' && w.actor.role !== 'admin') throw forbidden('Only a supervisor or an admin may reopen a case');
  return inTransaction(db, (tx) => {
    const c = caseFor(tx, w, params.caseId);
    assertVersion(c, params.expectedVersion, 'Case');
    const after = reopenedCase({ status: c.status as CaseStatus, stage: c.stage as CaseStage });
    const version = updateCaseWorkflow(tx, w, c, { expectedVersion: params.expectedVersion, stage: after.stage, status: after.status, action: 'case.reopen', detail: { reason: params.reason } });
    return { caseId: c.id, stage: after.stage, status: after.status, version };
  });
}
