// My work: what waits for the signed-in person, each list limited and read from the narrow indexes the
// dashboard and the approvals inbox already use, so the home page stays quick whatever the caseload.
import { and, asc, eq, inArray, isNull, lte, ne, sql, type SQL } from 'drizzle-orm';
import { addDays, DUE_SOON_DAYS, hiveScopeOf, MY_WORK_LIMIT, openNeedStatuses, type MyWork, type RiskLevel } from '@kruosar/domain';
import type { Db } from '../client';
import { assessments, casePlans, cases, children, closures, followUps, hiveNeeds, referrals, users } from '../schema/index';
import { appendReadAudit } from './audit';
import { identifiesChildren } from './cases';
import { caseScopeWhere, scopeOf, todayIn, type Work } from './case-workflow';

const nameOf = (identified: boolean, r: { familyNameLatin: string; givenNameLatin: string }) => (identified ? `${r.familyNameLatin} ${r.givenNameLatin}` : null);
const count = (row: { n: number } | undefined) => row?.n ?? 0;
const liveCase = and(isNull(cases.archivedAt), eq(cases.status, 'open'));

function firstContacts(db: Db, w: Work, identified: boolean): MyWork['firstContacts'] {
  const where = and(liveCase, isNull(cases.firstContactAt), caseScopeWhere(scopeOf(w), { useIndex: false }));
  const total = count(db.select({ n: sql<number>`count(*)` }).from(cases).where(where).get());
  if (total === 0) return { total, items: [] };
  const rows = db
    .select({ caseId: cases.id, reference: cases.reference, riskLevel: cases.riskLevel, firstContactDueAt: cases.firstContactDueAt, familyNameLatin: children.familyNameLatin, givenNameLatin: children.givenNameLatin })
    .from(cases)
    .innerJoin(children, eq(children.id, cases.childId))
    .where(where)
    .orderBy(asc(cases.firstContactDueAt), asc(cases.id))
    .limit(MY_WORK_LIMIT)
    .all();
  return { total, items: rows.map((r) => ({ caseId: r.caseId, reference: r.reference, childName: nameOf(identified, r), riskLevel: r.riskLevel as RiskLevel, firstContactDueAt: r.firstContactDueAt })) };
}

/** Assessments and plans a supervisor sent back to this person, newest decision first. */
function returned(db: Db, w: Work, identified: boolean): MyWork['returned'] {
  const kinds = [
    { kind: 'assessment' as const, table: assessments },
    { kind: 'case_plan' as const, table: casePlans },
  ];
  let total = 0;
  const items: MyWork['returned']['items'] = [];
  for (const { kind, table } of kinds) {
    const where = and(eq(table.approvalState, 'returned'), isNull(table.archivedAt), eq(table.createdById, w.actor.id), isNull(cases.archivedAt));
    total += count(db.select({ n: sql<number>`count(*)` }).from(table).innerJoin(cases, eq(cases.id, table.caseId)).where(where).get());
    const rows = db
      .select({ id: table.id, caseId: table.caseId, reference: cases.reference, returnReason: table.returnReason, decidedAt: table.decidedAt, familyNameLatin: children.familyNameLatin, givenNameLatin: children.givenNameLatin })
      .from(table)
      .innerJoin(cases, eq(cases.id, table.caseId))
      .innerJoin(children, eq(children.id, cases.childId))
      .where(where)
      .orderBy(sql`${table.decidedAt} desc`)
      .limit(MY_WORK_LIMIT)
      .all();
    items.push(...rows.map((r) => ({ kind, id: r.id, caseId: r.caseId, reference: r.reference, childName: nameOf(identified, r), returnReason: r.returnReason, decidedAt: r.decidedAt })));
  }
  items.sort((a, b) => (b.decidedAt ?? '').localeCompare(a.decidedAt ?? ''));
  return { total, items: items.slice(0, MY_WORK_LIMIT) };
}

/** For approvers, what waits for their decision in scope (not their own requests); for others, what they submitted. */
function awaitingApproval(db: Db, w: Work, identified: boolean, approver: boolean): MyWork['awaitingApproval'] {
  const kinds = [
    { kind: 'assessment' as const, table: assessments },
    { kind: 'case_plan' as const, table: casePlans },
    { kind: 'closure' as const, table: closures },
  ];
  let total = 0;
  const items: MyWork['awaitingApproval']['items'] = [];
  for (const { kind, table } of kinds) {
    const who: SQL = approver ? ne(table.submittedById, w.actor.id) : eq(table.submittedById, w.actor.id);
    const where = and(eq(table.approvalState, 'submitted'), isNull(table.archivedAt), isNull(cases.archivedAt), who, approver ? caseScopeWhere(scopeOf(w), { useIndex: false }) : undefined);
    total += count(db.select({ n: sql<number>`count(*)` }).from(table).innerJoin(cases, eq(cases.id, table.caseId)).where(where).get());
    const rows = db
      .select({ id: table.id, caseId: table.caseId, reference: cases.reference, submittedAt: table.submittedAt, submittedByName: users.displayName, familyNameLatin: children.familyNameLatin, givenNameLatin: children.givenNameLatin })
      .from(table)
      .innerJoin(cases, eq(cases.id, table.caseId))
      .innerJoin(children, eq(children.id, cases.childId))
      .leftJoin(users, eq(users.id, table.submittedById))
      .where(where)
      .orderBy(asc(table.submittedAt))
      .limit(MY_WORK_LIMIT)
      .all();
    items.push(...rows.map((r) => ({ kind, id: r.id, caseId: r.caseId, reference: r.reference, childName: nameOf(identified, r), submittedAt: r.submittedAt ?? '', submittedByName: r.submittedByName })));
  }
  items.sort((a, b) => a.submittedAt.localeCompare(b.submittedAt));
  return { total, items: items.slice(0, MY_WORK_LIMIT) };
}

function visits(db: Db, w: Work, identified: boolean, today: string): MyWork['visits'] {
  const horizon = addDays(today, DUE_SOON_DAYS);
  const where = and(
    isNull(followUps.doneOn),
    isNull(followUps.cancelledOn),
    isNull(followUps.archivedAt),
    lte(followUps.dueDate, horizon),
    eq(cases.id, followUps.caseId),
    isNull(cases.archivedAt),
    ne(cases.status, 'duplicate'),
    caseScopeWhere(scopeOf(w)),
  );
  // Visits to do are few next to cases: read them from their partial index first, then check each case's scope.
  const totals = db
    .select({ overdue: sql<number>`coalesce(sum(${followUps.dueDate} < ${today}), 0)`, soon: sql<number>`coalesce(sum(${followUps.dueDate} >= ${today}), 0)` })
    .from(followUps)
    .crossJoin(cases)
    .where(where)
    .get();
  const rows = db
    .select({ id: followUps.id, caseId: followUps.caseId, dueDate: followUps.dueDate, reference: cases.reference, familyNameLatin: children.familyNameLatin, givenNameLatin: children.givenNameLatin })
    .from(followUps)
    .crossJoin(cases)
    .innerJoin(children, eq(children.id, cases.childId))
    .where(where)
    .orderBy(asc(followUps.dueDate), asc(followUps.id))
    .limit(MY_WORK_LIMIT)
    .all();
  return {
    overdue: totals?.overdue ?? 0,
    dueSoon: totals?.soon ?? 0,
    items: rows.map((r) => ({ id: r.id, caseId: r.caseId, reference: r.reference, childName: nameOf(identified, r), dueDate: r.dueDate, overdue: r.dueDate < today })),
  };
}

/** Approved plans of open cases in scope: actions not done within the week, and reviews coming up. */
function planWork(db: Db, w: Work, identified: boolean, today: string): Pick<MyWork, 'planActions' | 'planReviews'> {
  const horizon = addDays(today, DUE_SOON_DAYS);
  const plansWhere = and(eq(casePlans.approvalState, 'approved'), isNull(casePlans.archivedAt), liveCase, caseScopeWhere(scopeOf(w)));
  // Actions live in the plan's goals (JSON): json_each walks them in SQL, so only due ones leave the database.
  const actions = sql`json_each(${casePlans.goals}) as g, json_each(g.value, '$.actions') as a`;
  const actionWhere = sql`(a.value ->> 'doneOn') is null and (a.value ->> 'dueDate') <= ${horizon}`;
  const actionTotal = db.get<{ n: number }>(sql`select count(*) as n from ${casePlans} join ${cases} on ${cases.id} = ${casePlans.caseId}, ${actions} where ${plansWhere} and ${actionWhere}`)?.n ?? 0;
  const actionRows =
    actionTotal === 0
      ? []
      : db.all<{ planId: string; caseId: string; reference: string; familyNameLatin: string; givenNameLatin: string; description: string; dueDate: string }>(
          sql`select ${casePlans.id} as planId, ${cases.id} as caseId, ${cases.reference} as reference, ${children.familyNameLatin} as familyNameLatin,
                ${children.givenNameLatin} as givenNameLatin, a.value ->> 'description' as description, a.value ->> 'dueDate' as dueDate
              from ${casePlans} join ${cases} on ${cases.id} = ${casePlans.caseId} join ${children} on ${children.id} = ${cases.childId}, ${actions}
              where ${plansWhere} and ${actionWhere} order by dueDate, ${cases.reference} limit ${MY_WORK_LIMIT}`,
        );
  const reviewWhere = and(plansWhere, lte(casePlans.reviewDate, horizon));
  const reviewTotal = count(db.select({ n: sql<number>`count(*)` }).from(casePlans).innerJoin(cases, eq(cases.id, casePlans.caseId)).where(reviewWhere).get());
  const reviewRows = db
    .select({ planId: casePlans.id, caseId: cases.id, reference: cases.reference, reviewDate: casePlans.reviewDate, familyNameLatin: children.familyNameLatin, givenNameLatin: children.givenNameLatin })
    .from(casePlans)
    .innerJoin(cases, eq(cases.id, casePlans.caseId))
    .innerJoin(children, eq(children.id, cases.childId))
    .where(reviewWhere)
    .orderBy(asc(casePlans.reviewDate))
    .limit(MY_WORK_LIMIT)
    .all();
  return {
    planActions: {
      total: actionTotal,
      items: actionRows.map((r) => ({ planId: r.planId, caseId: r.caseId, reference: r.reference, childName: nameOf(identified, r), description: r.description, dueDate: r.dueDate, overdue: r.dueDate < today })),
    },
    planReviews: {
      total: reviewTotal,
      items: reviewRows.map((r) => ({ planId: r.planId, caseId: r.caseId, reference: r.reference, childName: nameOf(identified, r), reviewDate: r.reviewDate, overdue: r.reviewDate < today })),
    },
  };
}

/** Colleagues' referrals to this person still waiting for an answer. */
function referralsToMe(db: Db, w: Work, identified: boolean): MyWork['referrals'] {
  const where = and(eq(referrals.toUserId, w.actor.id), eq(referrals.status, 'sent'), isNull(referrals.archivedAt), isNull(cases.archivedAt));
  const total = count(db.select({ n: sql<number>`count(*)` }).from(referrals).innerJoin(cases, eq(cases.id, referrals.caseId)).where(where).get());
  const rows = db
    .select({ id: referrals.id, caseId: referrals.caseId, reference: cases.reference, fromName: users.displayName, reason: referrals.reason, referredOn: referrals.referredOn, familyNameLatin: children.familyNameLatin, givenNameLatin: children.givenNameLatin })
    .from(referrals)
    .innerJoin(cases, eq(cases.id, referrals.caseId))
    .innerJoin(children, eq(children.id, cases.childId))
    .leftJoin(users, eq(users.id, referrals.createdById))
    .where(where)
    .orderBy(asc(referrals.referredOn))
    .limit(MY_WORK_LIMIT)
    .all();
  return { total, items: rows.map((r) => ({ id: r.id, caseId: r.caseId, reference: r.reference, childName: nameOf(identified, r), fromName: r.fromName, reason: r.reason, referredOn: r.referredOn })) };
}

/** Hive needs waiting for triage in this person's communes (analysts triage nothing). */
function needsWaiting(db: Db, w: Work): MyWork['hiveNeeds'] {
  if (w.actor.role === 'analyst') return { total: 0, items: [] };
  const scope = hiveScopeOf(w.actor);
  const inScope = scope.communeCodes === 'all' ? undefined : scope.communeCodes.length ? inArray(hiveNeeds.communeCode, scope.communeCodes) : sql`0`;
  const where = and(inArray(hiveNeeds.status, [...openNeedStatuses]), inScope);
  const total = count(db.select({ n: sql<number>`count(*)` }).from(hiveNeeds).where(where).get());
  const rows = db
    .select({ id: hiveNeeds.id, communeCode: hiveNeeds.communeCode, category: hiveNeeds.category, urgency: hiveNeeds.urgency, reportedAt: hiveNeeds.reportedAt })
    .from(hiveNeeds)
    .where(where)
    .orderBy(asc(hiveNeeds.status), asc(hiveNeeds.triagePriority))
    .limit(MY_WORK_LIMIT)
    .all();
  return { total, items: rows };
}

/** With `audit: false` (the daily digest's counts, which name no child) the read is not logged. */
export function findMyWork(db: Db, w: Work, options: { audit?: boolean } = {}): MyWork {
  const identified = identifiesChildren(scopeOf(w));
  const today = todayIn(w.now);
  const approver = w.actor.role === 'admin' || w.actor.role === 'supervisor';
  // Analysts work no cases: their home shows counts of nothing rather than anyone's children.
  const works = w.actor.role !== 'analyst';
  const empty = { total: 0, items: [] };
  const work: MyWork = {
    generatedAt: w.now.toISOString(),
    today,
    approver,
    firstContacts: works ? firstContacts(db, w, identified) : empty,
    returned: works ? returned(db, w, identified) : empty,
    awaitingApproval: works ? awaitingApproval(db, w, identified, approver) : empty,
    visits: works ? visits(db, w, identified, today) : { overdue: 0, dueSoon: 0, items: [] },
    ...(works ? planWork(db, w, identified, today) : { planActions: empty, planReviews: empty }),
    referrals: works ? referralsToMe(db, w, identified) : empty,
    hiveNeeds: needsWaiting(db, w),
  };
  const ids = new Set<string>();
  for (const list of [work.firstContacts.items, work.returned.items, work.awaitingApproval.items, work.visits.items, work.planActions.items, work.planReviews.items, work.referrals.items]) {
    for (const item of list) ids.add(item.caseId);
  }
  if (options.audit !== false && identified && ids.size > 0) {
    appendReadAudit(db, { actorId: w.actor.id, portal: w.portal, action: 'my_work.read', entity: 'case', detail: { ids: [...ids] } }, w.now);
  }
  return work;
}
