// Families as the unit of work: which households a person may see, household search, the household page, and a
// child's moves between households (kept as stays with from/to dates).
import { randomUUID } from 'node:crypto';
import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import {
  DomainError,
  notFound,
  type CaseStage,
  type CaseStatus,
  type HouseholdCase,
  type HouseholdSearchInput,
  type HouseholdSearchPage,
  type HouseholdView,
  type MoveChildInput,
  type Saved,
} from '@kruosar/domain';
import type { Db } from '../client';
import { inTransaction } from '../client';
import { carers, cases, children, hiveNeeds, households, householdStays } from '../schema/index';
import { appendAudit } from './audit';
import { caseScopeSql, caseloadWhere, identifiesChildren, resolveCaseSearch } from './cases';
import { assertNotFuture, caseFor, scopeOf, type Work } from './case-workflow';
import { householdRecord } from './households';
import { readFamilyRecords } from './family-plans';
import { readHouseholdHistory } from './household-history';
import { updateVersioned } from './versioned';

export type HouseholdRow = typeof households.$inferSelect;

/**
 * The household, if this person may see it: an admin, staff of its commune, anyone with one of its children's
 * cases in their scope, and case staff for a registered carer's household. Otherwise NOT_FOUND, like a missing one.
 */
export function householdFor(db: Db, w: Work, householdId: string): HouseholdRow {
  const row = db.select().from(households).where(and(eq(households.id, householdId), isNull(households.archivedAt))).get();
  if (!row) throw notFound('Household');
  const scope = scopeOf(w);
  if (scope.kind === 'none' || !scope.identified) throw notFound('Household');
  if (scope.kind === 'all' || w.actor.communeCodes.includes(row.communeCode)) return row;
  const caseInScope = db.select({ id: cases.id }).from(cases).where(and(eq(cases.householdId, householdId), caseScopeSql(scope))).limit(1).get();
  if (caseInScope) return row;
  if (db.select({ id: carers.id }).from(carers).where(eq(carers.householdId, householdId)).get()) return row;
  throw notFound('Household');
}

/** Households of the cases this person may see, found by a child's name or a case reference, newest case first. */
export function searchHouseholds(db: Db, w: Work, input: HouseholdSearchInput): HouseholdSearchPage {
  const scope = scopeOf(w);
  const search = resolveCaseSearch(db, scope, input.search);
  const where = caseloadWhere(scope, {}, w.now, search, { forCount: true });
  const total = db.select({ n: sql<number>`count(distinct ${cases.householdId})` }).from(cases).where(where).get()?.n ?? 0;
  const page = db
    .select({ householdId: cases.householdId, latest: sql<string>`max(${cases.registeredAt})` })
    .from(cases)
    .where(where)
    .groupBy(cases.householdId)
    .orderBy(desc(sql`max(${cases.registeredAt})`), asc(cases.householdId))
    .limit(input.pageSize)
    .offset((input.page - 1) * input.pageSize)
    .all();
  const ids = page.map((p) => p.householdId);
  if (ids.length === 0) return { total, page: input.page, pageSize: input.pageSize, items: [] };
  const rows = db.select().from(households).where(inArray(households.id, ids)).all();
  const identified = identifiesChildren(scope);
  const kids = db
    .select({ householdId: cases.householdId, inScope: caseScopeSql(scope) ? sql<number>`case when ${caseScopeSql(scope)} then 1 else 0 end` : sql<number>`1`, name: sql<string>`${children.familyNameLatin} || ' ' || ${children.givenNameLatin}` })
    .from(cases)
    .innerJoin(children, eq(children.id, cases.childId))
    .where(and(inArray(cases.householdId, ids), isNull(cases.archivedAt)))
    .all();
  const byId = new Map(rows.map((r) => [r.id, r]));
  if (identified) {
    inTransaction(db, (tx) => appendAudit(tx, { actorId: w.actor.id, portal: w.portal, action: 'household.search', entity: 'household', detail: { ids } }, w.now));
  }
  return {
    total,
    page: input.page,
    pageSize: input.pageSize,
    items: ids.map((id) => {
      const h = byId.get(id)!;
      const mine = kids.filter((k) => k.householdId === id);
      return {
        id,
        communeCode: h.communeCode,
        villageCode: h.villageCode,
        address: h.address,
        caseCount: mine.length,
        childNames: identified ? mine.filter((k) => k.inScope === 1).map((k) => k.name) : [],
      };
    }),
  };
}

/** Every child who lived in the household, with their case; a case outside the person's scope is masked. */
function householdCases(db: Db, w: Work, householdId: string): { cases: HouseholdCase[]; stays: HouseholdView['stays'] } {
  const scope = caseScopeSql(scopeOf(w));
  const rows = db
    .select({
      caseId: cases.id,
      reference: cases.reference,
      status: cases.status,
      stage: cases.stage,
      inScope: scope ? sql<number>`case when ${scope} then 1 else 0 end` : sql<number>`1`,
      childId: children.id,
      givenNameLatin: children.givenNameLatin,
      familyNameLatin: children.familyNameLatin,
      givenNameKm: children.givenNameKm,
      familyNameKm: children.familyNameKm,
      dateOfBirth: children.dateOfBirth,
      fromDate: householdStays.fromDate,
      toDate: householdStays.toDate,
      reason: householdStays.reason,
    })
    .from(householdStays)
    .innerJoin(children, eq(children.id, householdStays.childId))
    .innerJoin(cases, eq(cases.childId, children.id))
    .where(and(eq(householdStays.householdId, householdId), isNull(cases.archivedAt)))
    .orderBy(asc(householdStays.fromDate), asc(cases.reference))
    .all();
  const seen = new Map<string, HouseholdCase>();
  for (const r of rows) {
    const inScope = r.inScope === 1;
    const current = r.toDate === null;
    const known = seen.get(r.reference);
    if (known) {
      known.current ||= current;
      continue;
    }
    seen.set(r.reference, {
      caseId: inScope ? r.caseId : null,
      reference: r.reference,
      inScope,
      childId: inScope ? r.childId : null,
      childName: inScope ? `${r.familyNameLatin} ${r.givenNameLatin}` : null,
      childNameKm: inScope ? `${r.familyNameKm} ${r.givenNameKm}` : null,
      dateOfBirth: inScope ? r.dateOfBirth : null,
      status: r.status as CaseStatus,
      stage: inScope ? (r.stage as CaseStage) : null,
      current,
    });
  }
  const stays = rows.filter((r) => r.inScope === 1).map((r) => ({ householdId, childId: r.childId, fromDate: r.fromDate, toDate: r.toDate, reason: r.reason, reference: r.reference }));
  return { cases: [...seen.values()], stays };
}

/** The household page: its children and cases, members, needs, assessments, plans and history. The read is audited. */
export function findHouseholdView(db: Db, w: Work, householdId: string): HouseholdView {
  const row = householdFor(db, w, householdId);
  const { cases: householdCaseList, stays } = householdCases(db, w, householdId);
  const visibleCaseIds = householdCaseList.flatMap((c) => (c.caseId ? [c.caseId] : []));
  const visibleChildIds = householdCaseList.flatMap((c) => (c.childId ? [c.childId] : []));
  const needs = visibleCaseIds.length === 0 ? [] : db
    .select({ id: hiveNeeds.id, category: hiveNeeds.category, status: hiveNeeds.status, reportedAt: hiveNeeds.reportedAt })
    .from(hiveNeeds)
    .where(inArray(hiveNeeds.caseId, visibleCaseIds))
    .orderBy(desc(hiveNeeds.reportedAt))
    .all();
  const carer = db.select({ id: carers.id }).from(carers).where(eq(carers.householdId, householdId)).get();
  inTransaction(db, (tx) => appendAudit(tx, { actorId: w.actor.id, portal: w.portal, action: 'household.read', entity: 'household', entityId: householdId, detail: { caseIds: visibleCaseIds } }, w.now));
  return {
    household: householdRecord(db, row.id),
    cases: householdCaseList,
    stays,
    ...readHouseholdHistory(db, row.id, visibleChildIds),
    ...readFamilyRecords(db, row.id),
    needs,
    carerId: carer?.id ?? null,
  };
}

/** Open a child's stay in a household (at registration, or after a move). */
export function openStay(db: Db, p: { householdId: string; childId: string; fromDate: string; reason: string; actorId: string | null; at: string }) {
  db.insert(householdStays).values({ id: randomUUID(), householdId: p.householdId, childId: p.childId, fromDate: p.fromDate, reason: p.reason, createdById: p.actorId, createdAt: p.at }).run();
}

/**
 * Move a child (their case) to another household of the same commune: the current stay ends on the move date and a
 * new one starts, so the history stays. Another commune is another team: that is a transfer.
 */
export function moveChildToHousehold(db: Db, w: Work, input: MoveChildInput): Saved {
  return inTransaction(db, (tx) => {
    const c = caseFor(tx, w, input.caseId);
    const to = householdFor(tx, w, input.toHouseholdId);
    if (to.id === c.householdId) throw new DomainError('INVALID', 'errors.sameHousehold', 'Household: the child already lives in this household', 'toHouseholdId');
    if (to.communeCode !== c.communeCode) {
      throw new DomainError('INVALID', 'errors.householdOtherCommune', "Household: choose a household in the case's commune; a move to another commune is a transfer", 'toHouseholdId');
    }
    assertNotFuture('movedOn', 'Date of the move', input.movedOn, w.now);
    const open = tx.select().from(householdStays).where(and(eq(householdStays.childId, c.childId), isNull(householdStays.toDate))).all();
    if (open.some((s) => s.fromDate > input.movedOn)) {
      throw new DomainError('INVALID', 'errors.moveBeforeStay', 'Date of the move cannot be before the child came to the current household', 'movedOn');
    }
    const at = w.now.toISOString();
    for (const stay of open) tx.update(householdStays).set({ toDate: input.movedOn }).where(eq(householdStays.id, stay.id)).run();
    openStay(tx, { householdId: to.id, childId: c.childId, fromDate: input.movedOn, reason: input.reason, actorId: w.actor.id, at });
    const version = updateVersioned(tx, { table: cases, id: c.id, expectedVersion: c.version, set: { householdId: to.id, updatedAt: at }, what: 'Case' });
    appendAudit(tx, { actorId: w.actor.id, portal: w.portal, action: 'household.move_child', entity: 'case', entityId: c.id, caseId: c.id, detail: { from: c.householdId, to: to.id, movedOn: input.movedOn } }, w.now);
    return { id: c.id, version };
  });
}
