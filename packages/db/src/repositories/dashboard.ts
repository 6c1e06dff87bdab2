// The staff dashboard: what needs attention now, in this person's scope. A few counting queries on indexes.
import { and, asc, eq, isNull, lt, sql } from 'drizzle-orm';
import { caseStages, riskLevels, type CaseStage, type RiskLevel } from '@kruosar/domain';
import type { Db } from '../client';
import { caseTallies, cases, children } from '../schema/index';
import { tallyScopeSql } from './cases';
import { countPendingApprovals } from './approvals';
import { identifiesChildren } from './cases';
import { appendReadAudit } from './audit';
import { caseScopeWhere, scopeOf, todayIn, type Work } from './case-workflow';
import { countDueFollowUps } from './follow-ups';

export const DASHBOARD_TOP = 10;

export type PastTargetCase = {
  caseId: string;
  reference: string;
  /** Null for roles that may not identify children. */
  childName: string | null;
  riskLevel: RiskLevel;
  communeCode: string;
  firstContactDueAt: string;
};

export type DashboardSummary = {
  generatedAt: string;
  today: string;
  pastFirstContact: { count: number; top: PastTargetCase[] };
  /** Approvals waiting for a decision; null for roles that do not approve. */
  approvalsWaiting: number | null;
  followUps: { dueThisWeek: number; overdue: number };
  /** Every stage x risk cell, zeros included, so the grid never has holes. */
  openByStageRisk: { stage: CaseStage; riskLevel: RiskLevel; count: number }[];
};

const riskOrder = sql`case ${cases.riskLevel} when 'high' then 0 when 'medium' then 1 else 2 end`;

function pastFirstContact(db: Db, w: Work, withList: boolean): DashboardSummary['pastFirstContact'] {
  const where = and(
    eq(cases.status, 'open'),
    isNull(cases.archivedAt),
    isNull(cases.firstContactAt),
    lt(cases.firstContactDueAt, w.now.toISOString()),
    // A supervisor's communes drive cases_awaiting_contact_commune_idx, which alone answers the count.
    caseScopeWhere(scopeOf(w)),
  );
  const count = db.select({ n: sql<number>`count(*)` }).from(cases).where(where).get()?.n ?? 0;
  if (!withList || count === 0) return { count, top: [] };
  const top = db
    .select({
      caseId: cases.id,
      reference: cases.reference,
      riskLevel: cases.riskLevel,
      communeCode: cases.communeCode,
      firstContactDueAt: cases.firstContactDueAt,
      familyNameLatin: children.familyNameLatin,
      givenNameLatin: children.givenNameLatin,
    })
    .from(cases)
    .innerJoin(children, eq(children.id, cases.childId))
    .where(where)
    // The riskiest first, then the longest waiting.
    .orderBy(riskOrder, asc(cases.firstContactDueAt))
    .limit(DASHBOARD_TOP)
    .all();
  return {
    count,
    top: top.map((r) => ({
      caseId: r.caseId,
      reference: r.reference,
      childName: `${r.familyNameLatin} ${r.givenNameLatin}`,
      riskLevel: r.riskLevel as RiskLevel,
      communeCode: r.communeCode,
      firstContactDueAt: r.firstContactDueAt,
    })),
  };
}

/** Open cases by stage and risk from case_tallies (kept by triggers): a few dozen rows, whatever the caseload. */
function openByStageRisk(db: Db, w: Work): DashboardSummary['openByStageRisk'] {
  const rows = db
    .select({ stage: caseTallies.stage, riskLevel: caseTallies.riskLevel, n: sql<number>`sum(${caseTallies.cases})` })
    .from(caseTallies)
    .where(and(eq(caseTallies.status, 'open'), tallyScopeSql(scopeOf(w))))
    .groupBy(caseTallies.stage, caseTallies.riskLevel)
    .all();
  const counts = new Map(rows.map((r) => [`${r.stage}/${r.riskLevel}`, r.n]));
  return caseStages.flatMap((stage) => riskLevels.map((riskLevel) => ({ stage, riskLevel, count: counts.get(`${stage}/${riskLevel}`) ?? 0 })));
}

/**
 * The dashboard in this person's scope: a caseworker's own cases, a supervisor's communes, everything for an admin.
 * An analyst sees every count and no list: references and names stay with the people who work the cases.
 */
export function findDashboardSummary(db: Db, w: Work): DashboardSummary {
  // The same record scope that decides whether the case list shows names decides it here.
  const identified = identifiesChildren(scopeOf(w));
  const approves = w.actor.role === 'admin' || w.actor.role === 'supervisor';
  const due = countDueFollowUps(db, w);
  const summary: DashboardSummary = {
    generatedAt: w.now.toISOString(),
    today: todayIn(w.now),
    pastFirstContact: pastFirstContact(db, w, identified),
    approvalsWaiting: approves ? countPendingApprovals(db, w) : null,
    followUps: { dueThisWeek: due.this_week, overdue: due.overdue },
    openByStageRisk: openByStageRisk(db, w),
  };
  if (summary.pastFirstContact.top.length > 0) {
    const ids = summary.pastFirstContact.top.map((c) => c.caseId);
    appendReadAudit(db, { actorId: w.actor.id, portal: w.portal, action: 'dashboard.read', entity: 'case', detail: { ids } }, w.now);
  }
  return summary;
}
