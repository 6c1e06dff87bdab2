// Placement history: one place at a time; a move from residential care to a family schedules the follow-up visits.
import { randomUUID } from 'node:crypto';
import { and, asc, eq, isNull, ne, sql } from 'drizzle-orm';
import {
  assertNoOverlap,
  invalid,
  isReunification,
  previousPlacement,
  scheduleFollowUps,
  type Placement,
  type PlacementInput,
  type PlacementType,
} from '@kruosar/domain';
import type { Db } from '../client';
import { inTransaction } from '../client';
import { households, placements } from '../schema/index';
import { assertCaseOpen, assertVersion, auditCase, auditRead, caseFor, caseOfRecord, type Work } from './case-workflow';
import { assertCarerPlacement } from './carer-matching';
import { scheduleVisits, type FollowUpView } from './follow-ups';
import { endOpenAdmissions } from './tracing';
import { updateVersioned } from './versioned';

type Row = typeof placements.$inferSelect;

/** A placement, and whether it was a reunification (from residential care into a family). */
export type PlacementView = Placement & { reunification: boolean };

function toPlacement(row: Row, history: readonly Row[]): PlacementView {
  const previous = previousPlacement(history, row);
  return {
    id: row.id,
    caseId: row.caseId,
    version: row.version,
    createdById: row.createdById,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    type: row.type as PlacementType,
    startDate: row.startDate,
    endDate: row.endDate,
    reason: row.reason,
    householdId: row.householdId,
    carerName: row.carerName,
    relationshipToChild: row.relationshipToChild as Placement['relationshipToChild'],
    notes: row.notes,
    reunification: isReunification((previous?.type as PlacementType | undefined) ?? null, row.type as PlacementType),
  };
}

const byId = (db: Db, id: string) => db.select().from(placements).where(eq(placements.id, id)).get();

function historyOf(db: Db, caseId: string): Row[] {
  return db
    .select()
    .from(placements)
    .where(and(eq(placements.caseId, caseId), isNull(placements.archivedAt)))
    .orderBy(asc(placements.startDate), sql`${placements}.rowid`)
    .all();
}

/** The child's placements, oldest first, for a caller that has checked scope and audits the read. */
export function readPlacements(db: Db, caseId: string): PlacementView[] {
  const history = historyOf(db, caseId);
  return history.map((r) => toPlacement(r, history));
}

/** The child's placements, oldest first. */
export function listPlacements(db: Db, w: Work, caseId: string): PlacementView[] {
  const c = caseFor(db, w, caseId);
  auditRead(db, w, { action: 'placement.list', entity: 'placement', caseId: c.id });
  return readPlacements(db, c.id);
}

function assertHousehold(db: Db, householdId: string | null) {
  if (householdId !== null && !db.select({ id: households.id }).from(households).where(eq(households.id, householdId)).get()) {
    throw invalid('householdId', 'Household: this household is not known', 'errors.notFound');
  }
}

export type NewPlacement = {
  caseId: string;
  input: PlacementInput;
  /** End the placement the child lives in now on the new start date (a move), instead of refusing the overlap. */
  endCurrentPlacement: boolean;
  /** Follow-up months after a reunification when the plan says otherwise than monthly to 6, quarterly to 24. */
  followUpMonths?: readonly number[] | undefined;
};

/** Record a placement; a reunification schedules its follow-up visits in the same transaction. */
export function createPlacement(db: Db, w: Work, params: NewPlacement): { placement: PlacementView; followUps: FollowUpView[] } {
  const { input } = params;
  return inTransaction(db, (tx) => {
    const c = caseFor(tx, w, params.caseId);
    assertCaseOpen(c);
    assertHousehold(tx, input.householdId);
    assertCarerPlacement(tx, input);
    const history = historyOf(tx, c.id);
    const current = history.find((p) => p.endDate === null && p.startDate < input.startDate);
    if (params.endCurrentPlacement && current) {
      updateVersioned(tx, { table: placements, id: current.id, expectedVersion: current.version, set: { endDate: input.startDate, updatedAt: w.now.toISOString() }, what: 'Placement' });
      auditCase(tx, w, { action: 'placement.end', entity: 'placement', entityId: current.id, caseId: c.id, detail: { endDate: input.startDate } });
      current.endDate = input.startDate;
    }
    assertNoOverlap([...history, input]);
    const previous = previousPlacement(history, input);
    const at = w.now.toISOString();
    const id = randomUUID();
    tx.insert(placements).values({ id, caseId: c.id, ...input, createdById: w.actor.id, createdAt: at, updatedAt: at }).run();
    const reunified = isReunification((previous?.type as PlacementType | undefined) ?? null, input.type);
    auditCase(tx, w, { action: 'placement.create', entity: 'placement', entityId: id, caseId: c.id, detail: { type: input.type, reunification: reunified } });
    // The move home ends the child's stay in the institution.
    if (reunified) endOpenAdmissions(tx, c.id, input.startDate, w.now);
    const dueDates = reunified ? scheduleFollowUps(input, params.followUpMonths ? { overrideMonths: params.followUpMonths } : {}) : [];
    const visits = scheduleVisits(tx, w, { caseId: c.id, placementId: id, kind: 'reunification', dueDates });
    const after = historyOf(tx, c.id);
    return { placement: toPlacement(byId(tx, id)!, after), followUps: visits };
  });
}

/**
 * Correct a placement (dates, reason, end). The history must still not overlap. Its follow-up visits are not
 * moved: they are edited one by one, with a reason.
 */
export function updatePlacement(db: Db, w: Work, params: { id: string; expectedVersion: number; input: PlacementInput }): PlacementView {
  return inTransaction(db, (tx) => {
    const { row, c } = caseOfRecord(tx, w, byId(tx, params.id), 'Placement');
    assertVersion(row, params.expectedVersion, 'Placement');
    assertCaseOpen(c);
    assertHousehold(tx, params.input.householdId);
    const others = tx.select().from(placements).where(and(eq(placements.caseId, c.id), isNull(placements.archivedAt), ne(placements.id, row.id))).all();
    assertNoOverlap([...others, params.input]);
    updateVersioned(tx, { table: placements, id: row.id, expectedVersion: params.expectedVersion, set: { ...params.input, updatedAt: w.now.toISOString() }, what: 'Placement' });
    auditCase(tx, w, { action: 'placement.update', entity: 'placement', entityId: row.id, caseId: c.id });
    return toPlacement(byId(tx, row.id)!, historyOf(tx, c.id));
  });
}
