// The way home: a readiness and family assessment a supervisor approves, the plan's steps, and the supervisors'
// view of children in residential care by institution and stage.
import { randomUUID } from 'node:crypto';
import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import {
  daysBetween,
  decideApproval,
  DomainError,
  draftApproval,
  reintegrationStageOf,
  submitForApproval,
  type ApprovalDecisionInput,
  type ReintegrationAssessment,
  type ReintegrationAssessmentInput,
  type ReintegrationStage,
  type ReintegrationStep,
  type ReintegrationStepInput,
  type TracingStatus,
} from '@kruosar/domain';
import type { Db } from '../client';
import { inTransaction } from '../client';
import { cases, children, followUps, institutions, reintegrationAssessments, reintegrationSteps, residentialAdmissions, tracingRequests } from '../schema/index';
import { approvalOf } from './approvals';
import { appendReadAudit } from './audit';
import { assertCaseOpen, assertNotFuture, assertVersion, auditCase, auditRead, caseFor, caseOfRecord, caseScopeWhere, scopeOf, todayIn, type Work } from './case-workflow';
import { updateVersioned } from './versioned';

type AssessmentRow = typeof reintegrationAssessments.$inferSelect;
type StepRow = typeof reintegrationSteps.$inferSelect;

const toAssessment = (row: AssessmentRow): ReintegrationAssessment => ({
  id: row.id,
  caseId: row.caseId,
  version: row.version,
  createdById: row.createdById,
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
  assessedOn: row.assessedOn,
  familyCapacity: row.familyCapacity,
  childWishes: row.childWishes,
  childFears: row.childFears,
  safety: row.safety,
  schoolPlan: row.schoolPlan,
  healthPlan: row.healthPlan,
  ...approvalOf(row),
});

const toStep = (row: StepRow): ReintegrationStep => ({
  id: row.id,
  caseId: row.caseId,
  version: row.version,
  kind: row.kind as ReintegrationStep['kind'],
  description: row.description,
  owner: row.owner,
  dueOn: row.dueOn,
  doneOn: row.doneOn,
});

export type CaseReintegration = { assessments: ReintegrationAssessment[]; steps: ReintegrationStep[] };

export function readCaseReintegration(db: Db, caseId: string): CaseReintegration {
  return {
    assessments: db.select().from(reintegrationAssessments).where(and(eq(reintegrationAssessments.caseId, caseId), isNull(reintegrationAssessments.archivedAt))).orderBy(desc(reintegrationAssessments.assessedOn), sql`${reintegrationAssessments}.rowid desc`).all().map(toAssessment),
    steps: db.select().from(reintegrationSteps).where(and(eq(reintegrationSteps.caseId, caseId), isNull(reintegrationSteps.archivedAt))).orderBy(asc(reintegrationSteps.dueOn), sql`${reintegrationSteps}.rowid`).all().map(toStep),
  };
}

export function getCaseReintegration(db: Db, w: Work, caseId: string): CaseReintegration {
  const c = caseFor(db, w, caseId);
  auditRead(db, w, { action: 'reintegration.view', entity: 'reintegration', caseId: c.id });
  return readCaseReintegration(db, c.id);
}

/** The assessment is sent for approval as soon as it is written: the return waits for a supervisor's yes. */
export function submitReintegrationAssessment(db: Db, w: Work, params: { caseId: string; input: ReintegrationAssessmentInput }): ReintegrationAssessment {
  assertNotFuture('assessedOn', 'Assessment date', params.input.assessedOn, w.now);
  return inTransaction(db, (tx) => {
    const c = caseFor(tx, w, params.caseId);
    assertCaseOpen(c);
    const waiting = tx.select({ id: reintegrationAssessments.id }).from(reintegrationAssessments).where(and(eq(reintegrationAssessments.caseId, c.id), eq(reintegrationAssessments.approvalState, 'submitted'), isNull(reintegrationAssessments.archivedAt))).get();
    if (waiting) throw new DomainError('INVALID', 'errors.reintegrationPending', 'Reintegration: an assessment of this child is already waiting for a supervisor', 'caseId');
    const id = randomUUID();
    const at = w.now.toISOString();
    tx.insert(reintegrationAssessments).values({ id, caseId: c.id, ...params.input, createdById: w.actor.id, ...submitForApproval(draftApproval, w.actor.id, at), createdAt: at, updatedAt: at }).run();
    auditCase(tx, w, { action: 'reintegration.assess', entity: 'reintegration_assessment', entityId: id, caseId: c.id });
    return toAssessment(tx.select().from(reintegrationAssessments).where(eq(reintegrationAssessments.id, id)).get()!);
  });
}

export function decideReintegrationAssessment(db: Db, w: Work, params: { id: string; expectedVersion: number; decision: ApprovalDecisionInput }): ReintegrationAssessment {
  return inTransaction(db, (tx) => {
    const { row, c } = caseOfRecord(tx, w, tx.select().from(reintegrationAssessments).where(eq(reintegrationAssessments.id, params.id)).get(), 'Reintegration assessment');
    assertVersion(row, params.expectedVersion, 'Reintegration assessment');
    const approval = decideApproval(approvalOf(row), params.decision, w.actor, w.now.toISOString(), c.communeCode);
    updateVersioned(tx, { table: reintegrationAssessments, id: row.id, expectedVersion: params.expectedVersion, set: { ...approval, updatedAt: w.now.toISOString() }, what: 'Reintegration assessment' });
    auditCase(tx, w, { action: `reintegration.${approval.approvalState === 'approved' ? 'approve' : 'return'}`, entity: 'reintegration_assessment', entityId: row.id, caseId: c.id, detail: { reason: approval.returnReason } });
    return toAssessment(tx.select().from(reintegrationAssessments).where(eq(reintegrationAssessments.id, row.id)).get()!);
  });
}

export function addReintegrationStep(db: Db, w: Work, params: { caseId: string; input: ReintegrationStepInput }): ReintegrationStep {
  return inTransaction(db, (tx) => {
    const c = caseFor(tx, w, params.caseId);
    assertCaseOpen(c);
    const id = randomUUID();
    const at = w.now.toISOString();
    tx.insert(reintegrationSteps).values({ id, caseId: c.id, ...params.input, createdById: w.actor.id, createdAt: at, updatedAt: at }).run();
    auditCase(tx, w, { action: 'reintegration.step_add', entity: 'reintegration_step', entityId: id, caseId: c.id, detail: { kind: params.input.kind, dueOn: params.input.dueOn } });
    return toStep(tx.select().from(reintegrationSteps).where(eq(reintegrationSteps.id, id)).get()!);
  });
}

export function completeReintegrationStep(db: Db, w: Work, params: { id: string; expectedVersion: number; doneOn: string }): ReintegrationStep {
  assertNotFuture('doneOn', 'Done date', params.doneOn, w.now);
  return inTransaction(db, (tx) => {
    const { row, c } = caseOfRecord(tx, w, tx.select().from(reintegrationSteps).where(eq(reintegrationSteps.id, params.id)).get(), 'Reintegration step');
    assertVersion(row, params.expectedVersion, 'Reintegration step');
    if (row.doneOn !== null) throw new DomainError('INVALID', 'errors.stepDone', `Reintegration step: already done on ${row.doneOn}`, 'doneOn');
    updateVersioned(tx, { table: reintegrationSteps, id: row.id, expectedVersion: params.expectedVersion, set: { doneOn: params.doneOn, updatedAt: w.now.toISOString() }, what: 'Reintegration step' });
    auditCase(tx, w, { action: 'reintegration.step_done', entity: 'reintegration_step', entityId: row.id, caseId: c.id, detail: { doneOn: params.doneOn } });
    return toStep(tx.select().from(reintegrationSteps).where(eq(reintegrationSteps.id, row.id)).get()!);
  });
}

// ---- The supervisors' dashboard ----

export type ResidentialChild = {
  caseId: string;
  reference: string;
  childName: string;
  childNameKm: string;
  institutionId: string;
  institutionName: string;
  stage: ReintegrationStage;
  stageSince: string;
  daysInStage: number;
};

export type ResidentialCareBoard = {
  institutions: { id: string; name: string; counts: Record<ReintegrationStage, number> }[];
  children: ResidentialChild[];
};

const emptyCounts = (): Record<ReintegrationStage, number> => ({ not_traced: 0, tracing: 0, family_found: 0, preparing: 0, returned: 0, follow_up: 0, closed: 0 });

/** Every child with a stay in residential care in this person's scope, by institution and stage, longest in stage first. */
export function residentialCareBoard(db: Db, w: Work): ResidentialCareBoard {
  const stays = db
    .select({ a: residentialAdmissions, institutionName: institutions.name, c: cases, child: children })
    .from(residentialAdmissions)
    .innerJoin(institutions, eq(institutions.id, residentialAdmissions.institutionId))
    .innerJoin(cases, eq(cases.id, residentialAdmissions.caseId))
    .innerJoin(children, eq(children.id, cases.childId))
    .where(and(isNull(residentialAdmissions.archivedAt), isNull(cases.archivedAt), caseScopeWhere(scopeOf(w))))
    .orderBy(desc(residentialAdmissions.admittedOn))
    .all();
  // The latest stay of each child says where they are (or were last).
  const latest = new Map<string, (typeof stays)[number]>();
  for (const s of stays) if (!latest.has(s.c.id)) latest.set(s.c.id, s);
  const caseIds = [...latest.keys()];
  if (caseIds.length === 0) return { institutions: [], children: [] };
  const requests = db.select().from(tracingRequests).where(and(inArray(tracingRequests.caseId, caseIds), isNull(tracingRequests.archivedAt))).orderBy(desc(tracingRequests.openedOn)).all();
  const assessments = db.select({ caseId: reintegrationAssessments.caseId, at: reintegrationAssessments.assessedOn }).from(reintegrationAssessments).where(and(inArray(reintegrationAssessments.caseId, caseIds), isNull(reintegrationAssessments.archivedAt))).all();
  const steps = db.select({ caseId: reintegrationSteps.caseId, at: reintegrationSteps.createdAt }).from(reintegrationSteps).where(and(inArray(reintegrationSteps.caseId, caseIds), isNull(reintegrationSteps.archivedAt))).all();
  const visits = db.select({ caseId: followUps.caseId, doneOn: followUps.doneOn }).from(followUps).where(and(inArray(followUps.caseId, caseIds), eq(followUps.kind, 'reunification'), isNull(followUps.archivedAt), sql`${followUps.doneOn} is not null`)).all();
  const today = todayIn(w.now);
  const board = new Map<string, { id: string; name: string; counts: Record<ReintegrationStage, number> }>();
  const rows: ResidentialChild[] = [];
  for (const [caseId, s] of latest) {
    const request = requests.find((r) => r.caseId === caseId);
    const preparingSince = [...assessments.filter((a) => a.caseId === caseId).map((a) => a.at), ...steps.filter((x) => x.caseId === caseId).map((x) => x.at.slice(0, 10))].sort()[0] ?? null;
    const done = visits.filter((v) => v.caseId === caseId).map((v) => v.doneOn!).sort();
    const stage = reintegrationStageOf({
      caseClosed: s.c.status === 'closed',
      returnedOn: s.a.leftOn,
      followUpsDone: done.length,
      preparing: preparingSince !== null,
      tracingStatus: (request?.status as TracingStatus | undefined) ?? null,
    });
    const since: Record<ReintegrationStage, string> = {
      closed: s.c.updatedAt.slice(0, 10),
      follow_up: done[0] ?? today,
      returned: s.a.leftOn ?? today,
      preparing: preparingSince ?? today,
      family_found: request?.updatedAt.slice(0, 10) ?? today,
      tracing: request?.openedOn ?? today,
      not_traced: s.a.admittedOn,
    };
    const stageSince = since[stage];
    rows.push({
      caseId,
      reference: s.c.reference,
      childName: `${s.child.familyNameLatin} ${s.child.givenNameLatin}`,
      childNameKm: `${s.child.familyNameKm} ${s.child.givenNameKm}`,
      institutionId: s.a.institutionId,
      institutionName: s.institutionName,
      stage,
      stageSince,
      daysInStage: Math.max(0, daysBetween(stageSince, today)),
    });
    const entry = board.get(s.a.institutionId) ?? { id: s.a.institutionId, name: s.institutionName, counts: emptyCounts() };
    entry.counts[stage]++;
    board.set(s.a.institutionId, entry);
  }
  appendAuditRead(db, w, rows.map((r) => r.caseId));
  return {
    institutions: [...board.values()].sort((a, b) => a.name.localeCompare(b.name)),
    children: rows.sort((a, b) => a.institutionName.localeCompare(b.institutionName) || b.daysInStage - a.daysInStage),
  };
}

/** A list with children's names is a read of their records. */
function appendAuditRead(db: Db, w: Work, caseIds: string[]) {
  if (caseIds.length === 0) return;
  appendReadAudit(db, { actorId: w.actor.id, portal: w.portal, action: 'reintegration.board', entity: 'case', detail: { ids: caseIds } }, w.now);
}
