// Supervisor approvals: the approval columns as the domain sees them, and the inbox of what waits for a decision
// (a case's assessment, plan and closure; a family's assessment and plan).
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { Approval, ApprovalState, Page, RiskLevel } from '@kruosar/domain';
import type { Db } from '../client';
import { approvalTallies, assessments, cases, casePlans, children, closures, familyAssessments, familyPlans, reintegrationAssessments, tracingRequests, users } from '../schema/index';
import { appendReadAudit } from './audit';
import { caseScopeWhere, scopeOf, type Work } from './case-workflow';
import { tallyScopeSql } from './cases';

type ApprovalRow = {
  approvalState: string;
  submittedById: string | null;
  submittedAt: string | null;
  decidedById: string | null;
  decidedAt: string | null;
  returnReason: string | null;
};

export function approvalOf(row: ApprovalRow): Approval {
  return {
    approvalState: row.approvalState as ApprovalState,
    submittedById: row.submittedById,
    submittedAt: row.submittedAt,
    decidedById: row.decidedById,
    decidedAt: row.decidedAt,
    returnReason: row.returnReason,
  };
}

export const approvalKinds = [
  'assessment',
  'case_plan',
  'closure',
  'tracing_closure',
  'reintegration_assessment',
  'family_assessment',
  'family_plan',
] as const;
export type ApprovalKind = (typeof approvalKinds)[number];
type CaseApprovalKind = 'assessment' | 'case_plan' | 'closure' | 'tracing_closure' | 'reintegration_assessment';
type FamilyApprovalKind = 'family_assessment' | 'family_plan';

export type PendingApproval = {
  kind: ApprovalKind;
  id: string;
  version: number;
  /** For a family's record: the case of one of its children (the oldest reference in this person's scope). */
  caseId: string;
  reference: string;
  /** A family's record is decided on the household page. */
  householdId: string | null;
  /** Null for roles that may not identify children. */
  childName: string | null;
  communeCode: string;
  riskLevel: RiskLevel;
  submittedById: string | null;
  submittedByName: string | null;
  submittedAt: string;
  /** The signed-in person asked for it: someone else has to decide. */
  submittedByMe: boolean;
};

const tables = {
  assessment: assessments,
  case_plan: casePlans,
  closure: closures,
  tracing_closure: tracingRequests,
  reintegration_assessment: reintegrationAssessments,
} as const;
const familyTables = { family_assessment: familyAssessments, family_plan: familyPlans } as const;
const isFamilyKind = (kind: ApprovalKind): kind is FamilyApprovalKind => kind in familyTables;

/**
 * A family's waiting records, shown with one of its children's cases in this person's scope. SQLite takes the bare
 * columns from the row of min(reference), so each record comes once, with the oldest case.
 */
function pendingFamilyOf(db: Db, w: Work, kind: FamilyApprovalKind, limit: number) {
  const table = familyTables[kind];
  return db
    .select({
      id: table.id,
      version: table.version,
      householdId: table.householdId,
      submittedById: table.submittedById,
      submittedAt: table.submittedAt,
      reference: sql<string>`min(${cases.reference})`,
      caseId: cases.id,
      communeCode: cases.communeCode,
      riskLevel: cases.riskLevel,
      familyNameLatin: children.familyNameLatin,
      givenNameLatin: children.givenNameLatin,
      submittedByName: users.displayName,
    })
    .from(table)
    .innerJoin(cases, eq(cases.householdId, table.householdId))
    .innerJoin(children, eq(children.id, cases.childId))
    .leftJoin(users, eq(users.id, table.submittedById))
    .where(and(eq(table.approvalState, 'submitted'), isNull(table.archivedAt), isNull(cases.archivedAt), caseScopeWhere(scopeOf(w))))
    .groupBy(table.id)
    .orderBy(asc(table.submittedAt), asc(table.id))
    .limit(limit)
    .all()
    .map((r) => ({ kind, ...r }));
}

/** The oldest `limit` waiting records of one kind, read in submission order from the approval index. */
type PendingRow = Omit<ReturnType<typeof pendingFamilyOf>[number], 'kind' | 'householdId'> & { kind: ApprovalKind; householdId: string | null };

function pendingOf(db: Db, w: Work, kind: ApprovalKind, limit: number): PendingRow[] {
  if (isFamilyKind(kind)) return pendingFamilyOf(db, w, kind, limit);
  return pendingCaseOf(db, w, kind, limit).map((r) => ({ ...r, householdId: null }));
}

function pendingCaseOf(db: Db, w: Work, kind: CaseApprovalKind, limit: number) {
  const table = tables[kind];
  return db
    .select({
      id: table.id,
      version: table.version,
      caseId: table.caseId,
      submittedById: table.submittedById,
      submittedAt: table.submittedAt,
      reference: cases.reference,
      communeCode: cases.communeCode,
      riskLevel: cases.riskLevel,
      familyNameLatin: children.familyNameLatin,
      givenNameLatin: children.givenNameLatin,
      submittedByName: users.displayName,
    })
    .from(table)
    .innerJoin(cases, eq(cases.id, table.caseId))
    .innerJoin(children, eq(children.id, cases.childId))
    .leftJoin(users, eq(users.id, table.submittedById))
    .where(and(eq(table.approvalState, 'submitted'), isNull(table.archivedAt), isNull(cases.archivedAt), caseScopeWhere(scopeOf(w))))
    .orderBy(asc(table.submittedAt), asc(table.id))
    .limit(limit)
    .all()
    .map((r) => ({ kind, ...r }));
}

/** What waits for a decision in this person's scope (a supervisor: their communes), oldest first, paged. */
export function listPendingApprovals(db: Db, w: Work, params: { page: number; pageSize: number }): Page<PendingApproval> {
  const identified = w.actor.role !== 'analyst';
  const offset = (params.page - 1) * params.pageSize;
  // A page of the merged list is within the first offset + pageSize records of each kind.
  const items = approvalKinds
    .flatMap((kind) => pendingOf(db, w, kind, offset + params.pageSize))
    .sort((a, b) => (a.submittedAt ?? '').localeCompare(b.submittedAt ?? '') || a.id.localeCompare(b.id))
    .slice(offset, offset + params.pageSize)
    .map((r) => ({
      kind: r.kind,
      id: r.id,
      version: r.version,
      caseId: r.caseId,
      reference: r.reference,
      householdId: r.householdId,
      childName: identified ? `${r.familyNameLatin} ${r.givenNameLatin}` : null,
      communeCode: r.communeCode,
      riskLevel: r.riskLevel as RiskLevel,
      submittedById: r.submittedById,
      submittedByName: r.submittedByName,
      submittedAt: r.submittedAt ?? '',
      submittedByMe: r.submittedById === w.actor.id,
    }));
  // A list with names is a read of those children's records.
  if (identified && items.length > 0) {
    appendReadAudit(db, { actorId: w.actor.id, portal: w.portal, action: 'approval.list', entity: 'case', detail: { ids: items.map((i) => i.caseId) } }, w.now);
  }
  return { items, total: countPendingApprovals(db, w), page: params.page, pageSize: params.pageSize };
}

/**
 * How many records wait for a decision in this person's scope, for the inbox and the dashboard: a case's records
 * from approval_tallies (kept by triggers, a few dozen rows), a family's from their own small tables.
 */
export function countPendingApprovals(db: Db, w: Work): number {
  const scope = scopeOf(w);
  const caseRecords =
    db
      .select({ n: sql<number>`coalesce(sum(${approvalTallies.waiting}), 0)` })
      .from(approvalTallies)
      .where(tallyScopeSql(scope, approvalTallies))
      .get()?.n ?? 0;
  return Object.values(familyTables).reduce((sum, table) => {
    const n = db
      .select({ n: sql<number>`count(distinct ${table.id})` })
      .from(table)
      .innerJoin(cases, eq(cases.householdId, table.householdId))
      .where(and(eq(table.approvalState, 'submitted'), isNull(table.archivedAt), isNull(cases.archivedAt), caseScopeWhere(scope)))
      .get()?.n;
    return sum + (n ?? 0);
  }, caseRecords);
}
