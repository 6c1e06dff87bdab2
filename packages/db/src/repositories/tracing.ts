// Residential care and family tracing: institutions, a child's admissions, tracing requests with their actions,
// outcomes and the supervisor's approval of closing a search as "not found".
import { randomUUID } from 'node:crypto';
import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import {
  assertMayClose,
  assertTracingOpen,
  assertTracingOutcome,
  decideApproval,
  DomainError,
  draftApproval,
  notFound,
  submitForApproval,
  type Admission,
  type AdmissionInput,
  type ApprovalDecisionInput,
  type Institution,
  type InstitutionInput,
  type TraceAction,
  type TraceActionInput,
  type TracingOutcome,
  type TracingOutcomeInput,
  type TracingRequest,
  type TracingRequestInput,
  type TracingStatus,
} from '@kruosar/domain';
import type { Db } from '../client';
import { inTransaction } from '../client';
import { geoUnits, institutions, residentialAdmissions, traceActions, tracingRequests, users } from '../schema/index';
import { appendAudit } from './audit';
import { approvalOf } from './approvals';
import { assertCaseOpen, assertNotFuture, assertVersion, auditCase, auditRead, caseFor, caseOfRecord, type Work } from './case-workflow';
import { updateVersioned } from './versioned';

// ---- Institutions ----

/** Every institution, with how many children live there now. Institutions are not child records: all staff see them. */
export function listInstitutions(db: Db): Institution[] {
  const inCare = db
    .select({ institutionId: residentialAdmissions.institutionId, n: sql<number>`count(*)` })
    .from(residentialAdmissions)
    .where(and(isNull(residentialAdmissions.leftOn), isNull(residentialAdmissions.archivedAt)))
    .groupBy(residentialAdmissions.institutionId)
    .all();
  const counts = new Map(inCare.map((r) => [r.institutionId, r.n]));
  return db
    .select({ row: institutions, communeName: geoUnits.nameLatin, communeNameKm: geoUnits.nameKm })
    .from(institutions)
    .leftJoin(geoUnits, eq(geoUnits.code, institutions.communeCode))
    .where(isNull(institutions.archivedAt))
    .orderBy(asc(institutions.name))
    .all()
    .map(({ row, communeName, communeNameKm }) => ({
      id: row.id,
      version: row.version,
      name: row.name,
      type: row.type as Institution['type'],
      communeCode: row.communeCode,
      contactName: row.contactName,
      contactPhone: row.contactPhone,
      communeName: communeName ?? row.communeCode,
      communeNameKm: communeNameKm ?? row.communeCode,
      childrenInCare: counts.get(row.id) ?? 0,
    }));
}

function assertCommune(db: Db, code: string): void {
  const unit = db.select({ level: geoUnits.level }).from(geoUnits).where(eq(geoUnits.code, code)).get();
  if (unit?.level !== 'commune') throw new DomainError('INVALID', 'errors.unknownCommune', 'Commune: choose a commune from the list', 'communeCode');
}

function institutionView(db: Db, id: string): Institution {
  const found = listInstitutions(db).find((i) => i.id === id);
  if (!found) throw notFound('Institution');
  return found;
}

export function createInstitution(db: Db, w: Work, input: InstitutionInput): Institution {
  return inTransaction(db, (tx) => {
    assertCommune(tx, input.communeCode);
    const id = randomUUID();
    const at = w.now.toISOString();
    tx.insert(institutions).values({ id, ...input, createdAt: at, updatedAt: at }).run();
    appendAudit(tx, { actorId: w.actor.id, portal: w.portal, action: 'institution.create', entity: 'institution', entityId: id, detail: { name: input.name } }, w.now);
    return institutionView(tx, id);
  });
}

export function updateInstitution(db: Db, w: Work, params: { id: string; expectedVersion: number; input: InstitutionInput }): Institution {
  return inTransaction(db, (tx) => {
    assertCommune(tx, params.input.communeCode);
    updateVersioned(tx, { table: institutions, id: params.id, expectedVersion: params.expectedVersion, set: { ...params.input, updatedAt: w.now.toISOString() }, what: 'Institution', extraWhere: isNull(institutions.archivedAt) });
    appendAudit(tx, { actorId: w.actor.id, portal: w.portal, action: 'institution.update', entity: 'institution', entityId: params.id }, w.now);
    return institutionView(tx, params.id);
  });
}

// ---- Admissions ----

function admissionsOf(db: Db, caseId: string): Admission[] {
  return db
    .select({ row: residentialAdmissions, institutionName: institutions.name })
    .from(residentialAdmissions)
    .innerJoin(institutions, eq(institutions.id, residentialAdmissions.institutionId))
    .where(and(eq(residentialAdmissions.caseId, caseId), isNull(residentialAdmissions.archivedAt)))
    .orderBy(desc(residentialAdmissions.admittedOn))
    .all()
    .map(({ row, institutionName }) => ({ id: row.id, caseId: row.caseId, institutionId: row.institutionId, admittedOn: row.admittedOn, leftOn: row.leftOn, institutionName }));
}

/** A child admitted to an institution; an earlier stay that is still open ends on the new admission date (a transfer). */
export function admitToInstitution(db: Db, w: Work, params: { caseId: string; input: AdmissionInput }): Admission {
  assertNotFuture('admittedOn', 'Admission date', params.input.admittedOn, w.now);
  return inTransaction(db, (tx) => {
    const c = caseFor(tx, w, params.caseId);
    assertCaseOpen(c);
    const inst = tx.select().from(institutions).where(and(eq(institutions.id, params.input.institutionId), isNull(institutions.archivedAt))).get();
    if (!inst) throw new DomainError('INVALID', 'errors.unknownInstitution', 'Institution: choose an institution from the list', 'institutionId');
    const open = admissionsOf(tx, c.id).filter((a) => a.leftOn === null);
    for (const a of open) {
      if (a.admittedOn > params.input.admittedOn) {
        throw new DomainError('INVALID', 'errors.admissionBeforeCurrent', `Admission date: the child was admitted to ${a.institutionName} on ${a.admittedOn}, after this date`, 'admittedOn');
      }
      tx.update(residentialAdmissions).set({ leftOn: params.input.admittedOn, updatedAt: w.now.toISOString(), version: sql`${residentialAdmissions.version} + 1` }).where(eq(residentialAdmissions.id, a.id)).run();
    }
    const id = randomUUID();
    const at = w.now.toISOString();
    tx.insert(residentialAdmissions).values({ id, caseId: c.id, ...params.input, createdById: w.actor.id, createdAt: at, updatedAt: at }).run();
    auditCase(tx, w, { action: 'institution.admit', entity: 'residential_admission', entityId: id, caseId: c.id, detail: { institutionId: inst.id, admittedOn: params.input.admittedOn } });
    return admissionsOf(tx, c.id).find((a) => a.id === id)!;
  });
}

/** The child leaves residential care (the move home ends the stay). */
export function endOpenAdmissions(db: Db, caseId: string, leftOn: string, now: Date): void {
  db.update(residentialAdmissions)
    .set({ leftOn, updatedAt: now.toISOString(), version: sql`${residentialAdmissions.version} + 1` })
    .where(and(eq(residentialAdmissions.caseId, caseId), isNull(residentialAdmissions.leftOn), isNull(residentialAdmissions.archivedAt)))
    .run();
}

// ---- Tracing requests ----

type RequestRow = typeof tracingRequests.$inferSelect;

function toRequest(row: RequestRow, openedByName: string): TracingRequest {
  return {
    id: row.id,
    caseId: row.caseId,
    version: row.version,
    createdById: row.createdById,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    openedOn: row.openedOn,
    childAccount: row.childAccount,
    people: row.people,
    placesRemembered: row.placesRemembered,
    placeCode: row.placeCode,
    ageAtSeparation: row.ageAtSeparation,
    language: row.language,
    institutionRecords: row.institutionRecords,
    status: row.status as TracingStatus,
    outcome: row.outcome as TracingOutcome | null,
    openedByName,
    foundHouseholdId: row.foundHouseholdId,
    closeApproval: approvalOf(row),
  };
}

export type CaseTracing = { admissions: Admission[]; requests: (TracingRequest & { actions: TraceAction[] })[] };

/** For a caller that has checked scope: the child's stays in care and tracing requests with their actions, newest first. */
export function readCaseTracing(db: Db, caseId: string): CaseTracing {
  const rows = db
    .select({ row: tracingRequests, openedByName: users.displayName })
    .from(tracingRequests)
    .innerJoin(users, eq(users.id, tracingRequests.createdById))
    .where(and(eq(tracingRequests.caseId, caseId), isNull(tracingRequests.archivedAt)))
    .orderBy(desc(tracingRequests.openedOn), sql`${tracingRequests}.rowid desc`)
    .all();
  const ids = rows.map((r) => r.row.id);
  const actions = ids.length
    ? db
        .select({ row: traceActions, createdByName: users.displayName })
        .from(traceActions)
        .innerJoin(users, eq(users.id, traceActions.createdById))
        .where(inArray(traceActions.tracingRequestId, ids))
        .orderBy(desc(traceActions.actionOn), sql`${traceActions}.rowid desc`)
        .all()
    : [];
  return {
    admissions: admissionsOf(db, caseId),
    requests: rows.map(({ row, openedByName }) => ({
      ...toRequest(row, openedByName),
      actions: actions
        .filter((a) => a.row.tracingRequestId === row.id)
        .map(({ row: a, createdByName }) => ({ ...a, kind: a.kind as TraceAction['kind'], createdByName })),
    })),
  };
}

export function getCaseTracing(db: Db, w: Work, caseId: string): CaseTracing {
  const c = caseFor(db, w, caseId);
  auditRead(db, w, { action: 'tracing.view', entity: 'tracing_request', caseId: c.id });
  return readCaseTracing(db, c.id);
}

function requestView(db: Db, id: string): TracingRequest {
  const r = db.select({ row: tracingRequests, openedByName: users.displayName }).from(tracingRequests).innerJoin(users, eq(users.id, tracingRequests.createdById)).where(eq(tracingRequests.id, id)).get();
  if (!r) throw notFound('Tracing request');
  return toRequest(r.row, r.openedByName);
}

/** A request and its case, if this person may see the case. */
export function tracingRequestFor(db: Db, w: Work, id: string) {
  return caseOfRecord(db, w, db.select().from(tracingRequests).where(eq(tracingRequests.id, id)).get(), 'Tracing request');
}

/** Open a search for the child's family; one search at a time per child. */
export function openTracingRequest(db: Db, w: Work, params: { caseId: string; input: TracingRequestInput }): TracingRequest {
  assertNotFuture('openedOn', 'Date opened', params.input.openedOn, w.now);
  return inTransaction(db, (tx) => {
    const c = caseFor(tx, w, params.caseId);
    assertCaseOpen(c);
    const active = tx.select({ id: tracingRequests.id }).from(tracingRequests).where(and(eq(tracingRequests.caseId, c.id), isNull(tracingRequests.archivedAt), sql`${tracingRequests.status} <> 'closed'`)).get();
    if (active) throw new DomainError('INVALID', 'errors.tracingAlreadyOpen', 'Tracing: this child already has a tracing request that is not closed', 'caseId');
    const id = randomUUID();
    const at = w.now.toISOString();
    tx.insert(tracingRequests).values({ id, caseId: c.id, ...params.input, status: 'open', createdById: w.actor.id, ...draftApproval, createdAt: at, updatedAt: at }).run();
    auditCase(tx, w, { action: 'tracing.open', entity: 'tracing_request', entityId: id, caseId: c.id });
    return requestView(tx, id);
  });
}

/** Record a visit, call or enquiry made in the search. */
export function addTraceAction(db: Db, w: Work, params: { tracingRequestId: string; input: TraceActionInput }): TraceAction {
  assertNotFuture('actionOn', 'Action date', params.input.actionOn, w.now);
  return inTransaction(db, (tx) => {
    const { row, c } = tracingRequestFor(tx, w, params.tracingRequestId);
    assertTracingOpen(row.status as TracingStatus);
    if (params.input.actionOn < row.openedOn) {
      throw new DomainError('INVALID', 'errors.traceActionBeforeOpened', `Action date cannot be before the request was opened (${row.openedOn})`, 'actionOn');
    }
    const id = randomUUID();
    const at = w.now.toISOString();
    tx.insert(traceActions).values({ id, tracingRequestId: row.id, ...params.input, createdById: w.actor.id, createdAt: at }).run();
    tx.update(tracingRequests).set({ updatedAt: at }).where(eq(tracingRequests.id, row.id)).run();
    auditCase(tx, w, { action: 'tracing.action', entity: 'trace_action', entityId: id, caseId: c.id, detail: { kind: params.input.kind } });
    const actor = tx.select({ name: users.displayName }).from(users).where(eq(users.id, w.actor.id)).get();
    return { id, tracingRequestId: row.id, ...params.input, createdById: w.actor.id, createdByName: actor?.name ?? '', createdAt: at };
  });
}

/** Family found, relatives found or not found; set by hand, or by confirming a match. */
export function recordTracingOutcome(db: Db, w: Work, params: { id: string; expectedVersion: number; input: TracingOutcomeInput }): TracingRequest {
  return inTransaction(db, (tx) => {
    const { row, c } = tracingRequestFor(tx, w, params.id);
    assertVersion(row, params.expectedVersion, 'Tracing request');
    assertTracingOutcome(row.status as TracingStatus, params.input.outcome);
    if (row.approvalState === 'submitted') throw new DomainError('INVALID', 'errors.tracingClosePending', 'Tracing: closing this request waits for a supervisor', 'outcome');
    updateVersioned(tx, { table: tracingRequests, id: row.id, expectedVersion: params.expectedVersion, set: { status: params.input.outcome, outcome: params.input.outcome, ...draftApproval, updatedAt: w.now.toISOString() }, what: 'Tracing request' });
    auditCase(tx, w, { action: 'tracing.outcome', entity: 'tracing_request', entityId: row.id, caseId: c.id, detail: { outcome: params.input.outcome, note: params.input.note } });
    return requestView(tx, row.id);
  });
}

/** Close a search: at once when family or relatives were found; "not found" is sent to a supervisor first. */
export function closeTracingRequest(db: Db, w: Work, params: { id: string; expectedVersion: number }): TracingRequest {
  return inTransaction(db, (tx) => {
    const { row, c } = tracingRequestFor(tx, w, params.id);
    assertVersion(row, params.expectedVersion, 'Tracing request');
    assertMayClose(row.status as TracingStatus);
    const at = w.now.toISOString();
    if (row.status === 'not_found') {
      const approval = submitForApproval(approvalOf(row), w.actor.id, at);
      updateVersioned(tx, { table: tracingRequests, id: row.id, expectedVersion: params.expectedVersion, set: { ...approval, updatedAt: at }, what: 'Tracing request' });
      auditCase(tx, w, { action: 'tracing.close_request', entity: 'tracing_request', entityId: row.id, caseId: c.id });
    } else {
      updateVersioned(tx, { table: tracingRequests, id: row.id, expectedVersion: params.expectedVersion, set: { status: 'closed', updatedAt: at }, what: 'Tracing request' });
      auditCase(tx, w, { action: 'tracing.close', entity: 'tracing_request', entityId: row.id, caseId: c.id, detail: { outcome: row.outcome } });
    }
    return requestView(tx, row.id);
  });
}

/** Another supervisor agrees the family cannot be found (the request closes) or sends it back to search on. */
export function decideTracingClosure(db: Db, w: Work, params: { id: string; expectedVersion: number; decision: ApprovalDecisionInput }): TracingRequest {
  return inTransaction(db, (tx) => {
    const { row, c } = tracingRequestFor(tx, w, params.id);
    assertVersion(row, params.expectedVersion, 'Tracing request');
    const approval = decideApproval(approvalOf(row), params.decision, w.actor, w.now.toISOString(), c.communeCode);
    const approved = approval.approvalState === 'approved';
    updateVersioned(tx, { table: tracingRequests, id: row.id, expectedVersion: params.expectedVersion, set: { ...approval, ...(approved ? { status: 'closed' } : {}), updatedAt: w.now.toISOString() }, what: 'Tracing request' });
    auditCase(tx, w, { action: approved ? 'tracing.close_approve' : 'tracing.close_return', entity: 'tracing_request', entityId: row.id, caseId: c.id, detail: { reason: approval.returnReason } });
    return requestView(tx, row.id);
  });
}

/** A tracing request, for the approvals inbox and the match screen. */
export function getTracingRequest(db: Db, w: Work, id: string): TracingRequest & { reference: string } {
  const { row, c } = tracingRequestFor(db, w, id);
  auditRead(db, w, { action: 'tracing.view', entity: 'tracing_request', entityId: row.id, caseId: c.id });
  return { ...requestView(db, row.id), reference: c.reference };
}
