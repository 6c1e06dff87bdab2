// Follow-up visits: scheduled after reunification or closure, added, moved or cancelled with a reason, recorded when done.
import { randomUUID } from 'node:crypto';
import { and, asc, eq, gte, isNull, lt, lte, ne, sql } from 'drizzle-orm';
import {
  addDays,
  DomainError,
  DUE_SOON_DAYS,
  followUpStatus,
  type DueStatus,
  type FollowUp,
  type FollowUpAddInput,
  type FollowUpCancelInput,
  type FollowUpRescheduleInput,
  type FollowUpVisitInput,
  type FollowUpWellbeing,
  type Page,
  type RiskLevel,
} from '@kruosar/domain';
import type { Db } from '../client';
import { inTransaction } from '../client';
import { cases, children, followUpTallies, followUps, users } from '../schema/index';
import { assertNotFuture, assertVersion, auditCase, auditRead, caseFor, caseOfRecord, caseScopeWhere, scopeOf, todayIn, type Work } from './case-workflow';
import { appendReadAudit } from './audit';
import { updateVersioned } from './versioned';
import { tallyScopeSql } from './cases';

export const followUpKinds = ['reunification', 'closure', 'manual'] as const;
export type FollowUpKind = (typeof followUpKinds)[number];
export type FollowUpState = DueStatus | 'cancelled';
export type FollowUpView = FollowUp & { kind: FollowUpKind; rescheduleReason: string; status: FollowUpState };

type Row = typeof followUps.$inferSelect;

function toFollowUp(row: Row, today: string): FollowUpView {
  return {
    id: row.id,
    caseId: row.caseId,
    version: row.version,
    createdById: row.createdById,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    placementId: row.placementId,
    kind: row.kind as FollowUpKind,
    dueDate: row.dueDate,
    purpose: row.purpose,
    rescheduleReason: row.rescheduleReason,
    doneOn: row.doneOn,
    childSeen: row.childSeen,
    wellbeing: row.wellbeing as FollowUpWellbeing | null,
    notes: row.notes,
    visitedById: row.visitedById,
    cancelledOn: row.cancelledOn,
    cancelReason: row.cancelReason,
    status: row.cancelledOn !== null ? 'cancelled' : followUpStatus(row.dueDate, row.doneOn, today),
  };
}

const byId = (db: Db, id: string) => db.select().from(followUps).where(eq(followUps.id, id)).get();

/** Insert the scheduled visits of a case (inside the caller's transaction). */
export function scheduleVisits(
  tx: Db,
  w: Work,
  params: { caseId: string; placementId: string | null; kind: FollowUpKind; dueDates: readonly string[]; purpose?: string },
): FollowUpView[] {
  const at = w.now.toISOString();
  const ids = params.dueDates.map((dueDate) => {
    const id = randomUUID();
    tx.insert(followUps)
      .values({ id, caseId: params.caseId, placementId: params.placementId, kind: params.kind, dueDate, purpose: params.purpose ?? '', createdById: w.actor.id, createdAt: at, updatedAt: at })
      .run();
    return id;
  });
  if (ids.length > 0) {
    auditCase(tx, w, { action: 'follow_up.schedule', entity: 'follow_up', entityId: ids[0]!, caseId: params.caseId, detail: { kind: params.kind, dueDates: params.dueDates, placementId: params.placementId } });
  }
  const today = todayIn(w.now);
  return ids.map((id) => toFollowUp(byId(tx, id)!, today));
}

/** A case's visits in date order, for a caller that has checked scope and audits the read. */
export function readFollowUps(db: Db, caseId: string, now: Date): FollowUpView[] {
  const today = todayIn(now);
  return db
    .select()
    .from(followUps)
    .where(and(eq(followUps.caseId, caseId), isNull(followUps.archivedAt)))
    .orderBy(asc(followUps.dueDate), sql`${followUps}.rowid`)
    .all()
    .map((r) => toFollowUp(r, today));
}

/** A case's visits in date order, each with where it stands today. */
export function listFollowUps(db: Db, w: Work, caseId: string): FollowUpView[] {
  const c = caseFor(db, w, caseId);
  auditRead(db, w, { action: 'follow_up.list', entity: 'follow_up', caseId: c.id });
  return readFollowUps(db, c.id, w.now);
}

/** A visit added by hand, beyond the schedule (closed cases too: a check after closure). */
export function addFollowUp(db: Db, w: Work, params: { caseId: string; input: FollowUpAddInput }): FollowUpView {
  return inTransaction(db, (tx) => {
    const c = caseFor(tx, w, params.caseId);
    return scheduleVisits(tx, w, { caseId: c.id, placementId: null, kind: 'manual', dueDates: [params.input.dueDate], purpose: params.input.purpose })[0]!;
  });
}

/** A visit still to do: not done and not cancelled. */
function openVisitInScope(db: Db, w: Work, id: string, expectedVersion: number) {
  const found = caseOfRecord(db, w, byId(db, id), 'Follow-up visit');
  assertVersion(found.row, expectedVersion, 'Follow-up visit');
  if (found.row.doneOn !== null || found.row.cancelledOn !== null) {
    const state = found.row.doneOn !== null ? `done on ${found.row.doneOn}` : `cancelled on ${found.row.cancelledOn}`;
    throw new DomainError('INVALID', 'errors.followUpClosed', `Follow-up visit: this visit was ${state}; add a new visit instead`, 'id');
  }
  return found;
}

export function rescheduleFollowUp(db: Db, w: Work, params: { id: string; expectedVersion: number; input: FollowUpRescheduleInput }): FollowUpView {
  return inTransaction(db, (tx) => {
    const { row, c } = openVisitInScope(tx, w, params.id, params.expectedVersion);
    const { dueDate, reason } = params.input;
    updateVersioned(tx, { table: followUps, id: row.id, expectedVersion: params.expectedVersion, set: { dueDate, rescheduleReason: reason, updatedAt: w.now.toISOString() }, what: 'Follow-up visit' });
    auditCase(tx, w, { action: 'follow_up.reschedule', entity: 'follow_up', entityId: row.id, caseId: c.id, detail: { from: row.dueDate, to: dueDate, reason } });
    return toFollowUp(byId(tx, row.id)!, todayIn(w.now));
  });
}

export function cancelFollowUp(db: Db, w: Work, params: { id: string; expectedVersion: number; input: FollowUpCancelInput }): FollowUpView {
  return inTransaction(db, (tx) => {
    const { row, c } = openVisitInScope(tx, w, params.id, params.expectedVersion);
    const today = todayIn(w.now);
    updateVersioned(tx, { table: followUps, id: row.id, expectedVersion: params.expectedVersion, set: { cancelledOn: today, cancelReason: params.input.reason, updatedAt: w.now.toISOString() }, what: 'Follow-up visit' });
    auditCase(tx, w, { action: 'follow_up.cancel', entity: 'follow_up', entityId: row.id, caseId: c.id, detail: { reason: params.input.reason } });
    return toFollowUp(byId(tx, row.id)!, today);
  });
}

export function recordFollowUpVisit(db: Db, w: Work, params: { id: string; expectedVersion: number; input: FollowUpVisitInput }): FollowUpView {
  assertNotFuture('doneOn', 'Visit date', params.input.doneOn, w.now);
  return inTransaction(db, (tx) => {
    const { row, c } = openVisitInScope(tx, w, params.id, params.expectedVersion);
    updateVersioned(tx, { table: followUps, id: row.id, expectedVersion: params.expectedVersion, set: { ...params.input, visitedById: w.actor.id, updatedAt: w.now.toISOString() }, what: 'Follow-up visit' });
    auditCase(tx, w, { action: 'follow_up.visit', entity: 'follow_up', entityId: row.id, caseId: c.id, detail: { doneOn: params.input.doneOn, wellbeing: params.input.wellbeing } });
    return toFollowUp(byId(tx, row.id)!, todayIn(w.now));
  });
}

export const dueRanges = ['this_week', 'overdue'] as const;
export type DueRange = (typeof dueRanges)[number];

/** Visits still to do whose date falls in the range (the partial index holds exactly these). */
function dueWhere(range: DueRange, today: string) {
  const open = and(isNull(followUps.doneOn), isNull(followUps.cancelledOn), isNull(followUps.archivedAt));
  const dates = range === 'overdue' ? lt(followUps.dueDate, today) : and(gte(followUps.dueDate, today), lte(followUps.dueDate, addDays(today, DUE_SOON_DAYS)));
  return and(open, dates, isNull(cases.archivedAt), ne(cases.status, 'duplicate'));
}

export type DueFollowUp = {
  id: string;
  version: number;
  caseId: string;
  reference: string;
  childName: string | null;
  communeCode: string;
  riskLevel: RiskLevel;
  assignedToName: string | null;
  kind: FollowUpKind;
  dueDate: string;
  purpose: string;
  status: FollowUpState;
};

/** Visits due this week or overdue in this person's scope (a caseworker's own cases, a supervisor's communes), paged. */
export function listDueFollowUps(db: Db, w: Work, params: { range: DueRange; page: number; pageSize: number }): Page<DueFollowUp> {
  const today = todayIn(w.now);
  const identified = w.actor.role !== 'analyst';
  const where = and(dueWhere(params.range, today), eq(cases.id, followUps.caseId), caseScopeWhere(scopeOf(w)));
  const total = db.select({ n: sql<number>`count(*)` }).from(followUps).crossJoin(cases).where(where).get()?.n ?? 0;
  const rows = db
    .select({
      id: followUps.id,
      version: followUps.version,
      caseId: followUps.caseId,
      kind: followUps.kind,
      dueDate: followUps.dueDate,
      purpose: followUps.purpose,
      reference: cases.reference,
      communeCode: cases.communeCode,
      riskLevel: cases.riskLevel,
      familyNameLatin: children.familyNameLatin,
      givenNameLatin: children.givenNameLatin,
      assignedToName: users.displayName,
    })
    // Visits to do are few next to cases: read them from their partial index first, then check each case's scope.
    .from(followUps)
    .crossJoin(cases)
    .innerJoin(children, eq(children.id, cases.childId))
    .leftJoin(users, eq(users.id, cases.assignedTo))
    .where(where)
    .orderBy(asc(followUps.dueDate), asc(cases.reference))
    .limit(params.pageSize)
    .offset((params.page - 1) * params.pageSize)
    .all();
  if (identified && rows.length > 0) {
    appendReadAudit(db, { actorId: w.actor.id, portal: w.portal, action: 'follow_up.due_list', entity: 'case', detail: { range: params.range, ids: [...new Set(rows.map((r) => r.caseId))] } }, w.now);
  }
  const items = rows.map((r) => ({
    id: r.id,
    version: r.version,
    caseId: r.caseId,
    reference: r.reference,
    childName: identified ? `${r.familyNameLatin} ${r.givenNameLatin}` : null,
    communeCode: r.communeCode,
    riskLevel: r.riskLevel as RiskLevel,
    assignedToName: r.assignedToName,
    kind: r.kind as FollowUpKind,
    dueDate: r.dueDate,
    purpose: r.purpose,
    status: followUpStatus(r.dueDate, null, today),
  }));
  return { items, total, page: params.page, pageSize: params.pageSize };
}

/**
 * How many visits are due this week and overdue in this person's scope, for the dashboard: summed by date from
 * follow_up_tallies (kept by triggers), never a join of every open visit to its case.
 */
export function countDueFollowUps(db: Db, w: Work): Record<DueRange, number> {
  const today = todayIn(w.now);
  const row = db
    .select({
      overdue: sql<number>`coalesce(sum(case when ${followUpTallies.dueDate} < ${today} then ${followUpTallies.visits} end), 0)`,
      thisWeek: sql<number>`coalesce(sum(case when ${followUpTallies.dueDate} >= ${today} then ${followUpTallies.visits} end), 0)`,
    })
    .from(followUpTallies)
    .where(and(lte(followUpTallies.dueDate, addDays(today, DUE_SOON_DAYS)), tallyScopeSql(scopeOf(w), followUpTallies)))
    .get();
  return { this_week: row?.thisWeek ?? 0, overdue: row?.overdue ?? 0 };
}
