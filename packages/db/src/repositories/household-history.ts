// A household over time: ID Poor status and income as dated records, and each child's school enrolments.
import { randomUUID } from 'node:crypto';
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import { invalid, type HouseholdStatus, type HouseholdStatusInput, type SchoolEnrolment, type SchoolEnrolmentInput } from '@kruosar/domain';
import type { Db } from '../client';
import { inTransaction } from '../client';
import { cases, householdStatusHistory, households, schoolEnrolments } from '../schema/index';
import { appendAudit } from './audit';
import { assertNotFuture, caseScopeWhere, scopeOf, type Work } from './case-workflow';
import { householdFor } from './family-households';
import { updateVersioned } from './versioned';

/** Status history oldest first (so change reads left to right), and the enrolments of the children shown. */
export function readHouseholdHistory(db: Db, householdId: string, childIds: string[]): { statusHistory: HouseholdStatus[]; enrolments: SchoolEnrolment[] } {
  const statusHistory = db
    .select()
    .from(householdStatusHistory)
    .where(eq(householdStatusHistory.householdId, householdId))
    .orderBy(asc(householdStatusHistory.recordedOn), asc(householdStatusHistory.createdAt))
    .all()
    .map(({ createdById: _c, ...r }) => r as HouseholdStatus);
  const enrolments = childIds.length === 0 ? [] : db
    .select({ id: schoolEnrolments.id, childId: schoolEnrolments.childId, schoolName: schoolEnrolments.schoolName, grade: schoolEnrolments.grade, fromDate: schoolEnrolments.fromDate, toDate: schoolEnrolments.toDate })
    .from(schoolEnrolments)
    .where(and(inArray(schoolEnrolments.childId, childIds), isNull(schoolEnrolments.archivedAt)))
    .orderBy(asc(schoolEnrolments.childId), asc(schoolEnrolments.fromDate))
    .all();
  return { statusHistory, enrolments };
}

/** Record the household's ID Poor status and income at a date; the household row keeps the latest for the case page. */
export function recordHouseholdStatus(db: Db, w: Work, params: { householdId: string; input: HouseholdStatusInput }): HouseholdStatus {
  assertNotFuture('recordedOn', 'Date recorded', params.input.recordedOn, w.now);
  return inTransaction(db, (tx) => {
    const h = householdFor(tx, w, params.householdId);
    const at = w.now.toISOString();
    const id = randomUUID();
    tx.insert(householdStatusHistory).values({ id, householdId: h.id, ...params.input, createdById: w.actor.id, createdAt: at }).run();
    const latest = tx.select().from(householdStatusHistory).where(eq(householdStatusHistory.householdId, h.id)).orderBy(asc(householdStatusHistory.recordedOn), asc(householdStatusHistory.createdAt)).all().at(-1)!;
    if (latest.id === id) {
      updateVersioned(tx, { table: households, id: h.id, expectedVersion: h.version, set: { idPoor: latest.idPoor, incomeSources: latest.incomeSources, updatedAt: at }, what: 'The household' });
    }
    appendAudit(tx, { actorId: w.actor.id, portal: w.portal, action: 'household.status', entity: 'household', entityId: h.id, detail: { recordedOn: params.input.recordedOn, idPoor: params.input.idPoor } }, w.now);
    return { id, householdId: h.id, ...params.input, createdAt: at };
  });
}

/** Record a school enrolment of a child whose case this person may see. */
export function recordSchoolEnrolment(db: Db, w: Work, input: SchoolEnrolmentInput): SchoolEnrolment {
  assertNotFuture('fromDate', 'Enrolled from', input.fromDate, w.now);
  return inTransaction(db, (tx) => {
    const c = tx.select({ id: cases.id }).from(cases).where(and(eq(cases.childId, input.childId), caseScopeWhere(scopeOf(w)))).limit(1).get();
    if (!c) throw invalid('childId', 'Child: this child is not known', 'errors.notFound');
    const overlapping = tx.select().from(schoolEnrolments).where(and(eq(schoolEnrolments.childId, input.childId), isNull(schoolEnrolments.archivedAt))).all()
      .some((e) => e.fromDate < (input.toDate ?? '9999-12-31') && input.fromDate < (e.toDate ?? '9999-12-31'));
    if (overlapping) throw invalid('fromDate', 'Enrolled from: this child was enrolled elsewhere then; end that enrolment first', 'errors.enrolmentOverlap');
    const id = randomUUID();
    tx.insert(schoolEnrolments).values({ id, ...input, createdById: w.actor.id, createdAt: w.now.toISOString() }).run();
    appendAudit(tx, { actorId: w.actor.id, portal: w.portal, action: 'school_enrolment.create', entity: 'school_enrolment', entityId: id, caseId: c.id }, w.now);
    return { id, childId: input.childId, schoolName: input.schoolName, grade: input.grade, fromDate: input.fromDate, toDate: input.toDate };
  });
}

/** End an open enrolment (the child left that school). */
export function endSchoolEnrolment(db: Db, w: Work, params: { id: string; toDate: string }): SchoolEnrolment {
  return inTransaction(db, (tx) => {
    const e = tx.select().from(schoolEnrolments).where(and(eq(schoolEnrolments.id, params.id), isNull(schoolEnrolments.archivedAt))).get();
    const c = e && tx.select({ id: cases.id }).from(cases).where(and(eq(cases.childId, e.childId), caseScopeWhere(scopeOf(w)))).limit(1).get();
    if (!e || !c) throw invalid('id', 'Enrolment: not known', 'errors.notFound');
    if (e.toDate !== null) throw invalid('toDate', 'Enrolled until: this enrolment has already ended', 'errors.enrolmentEnded');
    if (params.toDate < e.fromDate) throw invalid('toDate', 'Enrolled until cannot be before enrolled from', 'errors.enrolmentOverlap');
    tx.update(schoolEnrolments).set({ toDate: params.toDate }).where(eq(schoolEnrolments.id, e.id)).run();
    appendAudit(tx, { actorId: w.actor.id, portal: w.portal, action: 'school_enrolment.end', entity: 'school_enrolment', entityId: e.id, caseId: c.id }, w.now);
    return { id: e.id, childId: e.childId, schoolName: e.schoolName, grade: e.grade, fromDate: e.fromDate, toDate: params.toDate };
  });
}
