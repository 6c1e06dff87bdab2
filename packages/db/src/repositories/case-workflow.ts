// The case workflow in the database: who is acting, scope, the case's stage and status, and audit with the case id.
import { and, eq, isNull, sql, type SQL } from 'drizzle-orm';
import {
  assertStageChange,
  cambodiaToday,
  caseScopeOf,
  conflict,
  DomainError,
  invalid,
  notFound,
  type CaseScope,
  type CaseStage,
  type CaseStatus,
  type CurrentUser,
  type RiskLevel,
  type StageChangeInput,
} from '@kruosar/domain';
import type { Db } from '../client';
import { inTransaction } from '../client';
import { assessments, cases, casePlans, closures } from '../schema/index';
import { appendAudit, appendReadAudit } from './audit';
import { caseScopeSql, findCaseInScope } from './cases';
import { updateVersioned } from './versioned';

/** The signed-in person doing the work, where, and when. Scope is always derived from the person, never passed in. */
export type Actor = Pick<CurrentUser, 'id' | 'role' | 'communeCodes'>;
export type Work = { actor: Actor; portal: string; now: Date };
export type CaseRow = typeof cases.$inferSelect;

export const scopeOf = (w: Work): CaseScope => caseScopeOf(w.actor);

/** "Today" for a caseworker in Battambang, not in Greenwich. */
export const todayIn = cambodiaToday;

/**
 * The WHERE clause of a scope over the cases table: the caseload's own rule, so there is one. With
 * `useIndex: false` the scope does not drive the query: the dashboard's queries start from their own narrow
 * indexes and check scope on the few rows they find.
 */
export function caseScopeWhere(scope: CaseScope, options: { useIndex?: boolean } = {}): SQL | undefined {
  return caseScopeSql(scope, { drive: options.useIndex !== false });
}

/** Append an audit entry about a case or one of its records. */
export function auditCase(db: Db, w: Work, entry: { action: string; entity: string; entityId: string; caseId: string; detail?: Record<string, unknown> }) {
  appendAudit(db, { actorId: w.actor.id, portal: w.portal, ...entry }, w.now);
}

/** Reading a child's record is audited like a write. */
export function auditRead(db: Db, w: Work, entry: { action: string; entity: string; caseId: string; entityId?: string; detail?: Record<string, unknown> }) {
  appendReadAudit(db, { actorId: w.actor.id, portal: w.portal, entityId: entry.entityId ?? entry.caseId, ...entry }, w.now);
}

/** The case, if this person may see it (NOT_FOUND otherwise, like a missing one). */
export function caseFor(db: Db, w: Work, caseId: string): CaseRow {
  return findCaseInScope(db, scopeOf(w), caseId);
}

/**
 * The case a record belongs to, if this person may see it. A missing record, an archived one and one whose case
 * is out of scope all answer NOT_FOUND with the record's name.
 */
export function caseOfRecord<T extends { caseId: string; archivedAt: string | null }>(db: Db, w: Work, row: T | undefined, what: string): { row: T; c: CaseRow } {
  if (!row || row.archivedAt !== null) throw notFound(what);
  const c = db.select().from(cases).where(and(eq(cases.id, row.caseId), caseScopeWhere(scopeOf(w)))).get();
  if (!c) throw notFound(what);
  return { row, c };
}

/** Someone saved since this person loaded the record: refuse before any rule gives a more confusing answer. */
export function assertVersion(row: { version: number }, expectedVersion: number, what: string): void {
  if (row.version !== expectedVersion) throw conflict(what);
}

/** Work on a case's records happens while it is open; a closed case is reopened first. */
export function assertCaseOpen(c: CaseRow): void {
  if (c.status !== 'open') {
    throw new DomainError('INVALID', 'errors.caseNotOpen', `The case is ${c.status}; reopen it before changing its records`, 'caseId');
  }
}

/** Things that happened cannot be dated after today. */
export function assertNotFuture(field: string, label: string, date: string, now: Date): void {
  if (date > todayIn(now)) throw invalid(field, `${label} cannot be after today`, 'errors.dateInFuture');
}

/**
 * Move a case to another stage (and optionally status, risk, concerns) following the workflow, bumping its
 * version. Callers pass the version they read: inside a transaction that is the row they just loaded.
 */
export function updateCaseWorkflow(
  tx: Db,
  w: Work,
  c: CaseRow,
  change: { expectedVersion: number; stage?: CaseStage; status?: CaseStatus; riskLevel?: RiskLevel; protectionConcerns?: string[]; action: string; detail?: Record<string, unknown> },
): number {
  const set: Record<string, unknown> = { updatedAt: w.now.toISOString() };
  if (change.stage !== undefined && change.stage !== c.stage) {
    // Status changes (close, reopen) carry their own rules; a stage change alone follows the workflow.
    if (change.status === undefined) assertStageChange({ status: c.status as CaseStatus, stage: c.stage as CaseStage }, change.stage);
    set.stage = change.stage;
  }
  if (change.status !== undefined) set.status = change.status;
  if (change.riskLevel !== undefined) set.riskLevel = change.riskLevel;
  if (change.protectionConcerns !== undefined) set.protectionConcerns = change.protectionConcerns;
  const version = updateVersioned(tx, { table: cases, id: c.id, expectedVersion: change.expectedVersion, set, what: 'Case' });
  const detail: Record<string, unknown> = { ...change.detail };
  if (set.stage !== undefined) Object.assign(detail, { fromStage: c.stage, toStage: set.stage });
  if (set.status !== undefined) Object.assign(detail, { fromStatus: c.status, toStatus: set.status });
  if (set.riskLevel !== undefined && set.riskLevel !== c.riskLevel) Object.assign(detail, { fromRisk: c.riskLevel, toRisk: set.riskLevel });
  auditCase(tx, w, { action: change.action, entity: 'case', entityId: c.id, caseId: c.id, detail });
  return version;
}

/**
 * Stages a person may move a case to by hand. Leaving assessment and case_plan needs an approved record,
 * so those moves happen only through the supervisor's approval.
 */
const approvalGated: Partial<Record<CaseStage, string>> = {
  assessment: 'an approved assessment',
  case_plan: 'an approved case plan',
};

export function manualNextStages(c: { status: string; stage: string }): CaseStage[] {
  if (c.status !== 'open' || approvalGated[c.stage as CaseStage]) return [];
  const next: Record<CaseStage, CaseStage[]> = {
    registered: ['assessment'],
    assessment: [],
    case_plan: [],
    implementation: ['review'],
    review: ['case_plan', 'implementation', 'closure'],
    closure: ['review'],
  };
  return next[c.stage as CaseStage];
}

export type StageChangeResult = { caseId: string; stage: CaseStage; status: CaseStatus; version: number };

export function changeCaseStage(db: Db, w: Work, input: StageChangeInput & { caseId: string; expectedVersion: number }): StageChangeResult {
  return inTransaction(db, (tx) => {
    const c = caseFor(tx, w, input.caseId);
    assertVersion(c, input.expectedVersion, 'Case');
    assertStageChange({ status: c.status as CaseStatus, stage: c.stage as CaseStage }, input.to);
    const gate = approvalGated[c.stage as CaseStage];
    if (gate) {
      throw new DomainError('INVALID', 'errors.stageNeedsApproval', `Stage: the case leaves ${c.stage} when a supervisor approves ${gate}`, 'stage');
    }
    if (c.stage === 'closure' && pendingClosureId(tx, c.id)) {
      throw new DomainError('INVALID', 'errors.closurePending', 'Stage: a closure request is waiting for approval; a supervisor decides it first', 'stage');
    }
    const version = updateCaseWorkflow(tx, w, c, { expectedVersion: input.expectedVersion, stage: input.to, action: 'case.stage', detail: { note: input.note } });
    return { caseId: c.id, stage: input.to, status: c.status as CaseStatus, version };
  });
}

function pendingClosureId(db: Db, caseId: string): string | null {
  return db.select({ id: closures.id }).from(closures).where(and(eq(closures.caseId, caseId), eq(closures.approvalState, 'submitted'), isNull(closures.archivedAt))).get()?.id ?? null;
}

function latestId(db: Db, table: typeof assessments | typeof casePlans, caseId: string, states: string[]): string | null {
  const row = db
    .select({ id: table.id })
    .from(table)
    .where(and(eq(table.caseId, caseId), isNull(table.archivedAt), sql`${table.approvalState} in ${states}`))
    // Same-second records (a fixed clock, a fast double click) fall back to insertion order.
    .orderBy(sql`${table.createdAt} desc, ${table}.rowid desc`)
    .limit(1)
    .get();
  return row?.id ?? null;
}

export type WorkflowState = {
  caseId: string;
  status: CaseStatus;
  stage: CaseStage;
  riskLevel: RiskLevel;
  version: number;
  /** Stages the person may move the case to by hand now. */
  manualNextStages: CaseStage[];
  latestApprovedAssessmentId: string | null;
  assessmentInProgressId: string | null;
  currentPlanId: string | null;
  planInProgressId: string | null;
  pendingClosureId: string | null;
};

/** Where a case stands in the workflow and what can be done next, for the case page's workflow panel. */
export function findWorkflowState(db: Db, w: Work, caseId: string): WorkflowState {
  const c = caseFor(db, w, caseId);
  const inProgress = ['draft', 'submitted', 'returned'];
  return {
    caseId: c.id,
    status: c.status as CaseStatus,
    stage: c.stage as CaseStage,
    riskLevel: c.riskLevel as RiskLevel,
    version: c.version,
    manualNextStages: manualNextStages(c),
    latestApprovedAssessmentId: latestId(db, assessments, c.id, ['approved']),
    assessmentInProgressId: latestId(db, assessments, c.id, inProgress),
    currentPlanId: latestId(db, casePlans, c.id, ['approved']),
    planInProgressId: latestId(db, casePlans, c.id, inProgress),
    pendingClosureId: pendingClosureId(db, c.id),
  };
}
