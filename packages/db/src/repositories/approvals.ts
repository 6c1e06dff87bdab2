// Supervisor approvals: the approval columns as the domain sees them, and the inbox of what waits for a decision.
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { Approval, ApprovalState, Page, RiskLevel } from '@kruosar/domain';
import type { Db } from '../client';
import { assessments, cases, casePlans, children, closures, reintegrationAssessments, tracingRequests, users } from '../schema/index';
import { appendReadAudit } from './audit';
import { caseScopeWhere, scopeOf, type Work } from './case-workflow';

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

export const approvalKinds = ['assessment', 'case_plan', 'closure', 'tracing_closure', 'reintegration_assessment'] as const;
export type ApprovalKind = (typeof approvalKinds)[number];

export type PendingApproval = {
  kind: ApprovalKind;
  id: string;
  version: number;
  caseId: string;
  reference: string;
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

const tables = { assessment: assessments, case_plan: casePlans, closure: closures, tracing_closure: tracingRequests, reintegration_assessment: reintegrationAssessments } as const;

/** The oldest `limit` waiting records of one kind, read in submission order from the approval index. */
function pendingOf(db: Db, w: Work, kind: ApprovalKind, limit: number) {
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

/** How many records wait for a decision in this person's scope, for the dashboard. */
export function countPendingApprovals(db: Db, w: Work): number {
  return approvalKinds.reduce((sum, kind) => {
    const table = tables[kind];
    const n = db
      .select({ n: sql<number>`count(*)` })
      .from(table)
      .innerJoin(cases, eq(cases.id, table.caseId))
      .where(and(eq(table.approvalState, 'submitted'), isNull(table.archivedAt), isNull(cases.archivedAt), caseScopeWhere(scopeOf(w))))
      .get()?.n;
    return sum + (n ?? 0);
  }, 0);
}
