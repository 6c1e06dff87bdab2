// Duplicates merged: two records of one child (or household) made one inside a transaction, every reference to
// the merged record repointed to the survivor and listed in a merge record, so the undo can put each one back.
import { randomUUID } from 'node:crypto';
import { and, desc, eq, gt, inArray, isNull, ne, or, sql } from 'drizzle-orm';
import { alias, type SQLiteColumn, type SQLiteTable } from 'drizzle-orm/sqlite-core';
import {
  DomainError, assertUndoSafe, caseScopeOf, conflict, mergeBlock, mergeConflicts, mergeFieldsOf, notFound, planFieldDecisions, repointKey,
  valuesBeforeMerge, type MergeCompare, type MergeCompareInput, type MergeDone, type MergedInto, type MergeHistoryEntry, type MergeHistoryInput,
  type MergeInput, type MergeKind, type MergeRecordSide, type MergeUndoInput, type MergeValue, type RepointedRow,
} from '@kruosar/domain';
import type { Db } from '../client';
import { inTransaction } from '../client';
import {
  carers, cases, children, familyAssessments, familyPlans, householdMembers, households, householdStatusHistory, householdStays, participants,
  placements, recordMerges, schoolEnrolments, tracingRequests, users,
} from '../schema/index';
import { appendAudit, appendReadAudit } from './audit';
import { villageOf } from './case-intake';
import type { Work } from './case-workflow';
import { caseScopeSql, childSearchText } from './cases';
import { householdFor } from './family-households';
import { updateVersioned } from './versioned';

type Ref = { table: SQLiteTable & { id: SQLiteColumn }; column: SQLiteColumn };

/**
 * Every column that names a child or a household. Assessments, notes, follow-ups and the rest hang off cases, so
 * they follow their case. The audit log names records too, and is never rewritten: its chain must keep verifying.
 */
const references: Record<MergeKind, Ref[]> = {
  child: [
    { table: cases, column: cases.childId },
    { table: householdStays, column: householdStays.childId },
    { table: schoolEnrolments, column: schoolEnrolments.childId },
    { table: participants, column: participants.childId },
  ],
  household: [
    { table: cases, column: cases.householdId },
    { table: householdMembers, column: householdMembers.householdId },
    { table: householdStays, column: householdStays.householdId },
    { table: householdStatusHistory, column: householdStatusHistory.householdId },
    { table: familyAssessments, column: familyAssessments.householdId },
    { table: familyPlans, column: familyPlans.householdId },
    { table: carers, column: carers.householdId },
    { table: placements, column: placements.householdId },
    { table: tracingRequests, column: tracingRequests.foundHouseholdId },
  ],
};

const tableName = (r: Ref) => (r.table as unknown as { [k: symbol]: string })[Symbol.for('drizzle:Name')]!;
const refOf = (kind: MergeKind, table: string, column: string): Ref => {
  const ref = references[kind].find((r) => tableName(r) === table && r.column.name === column);
  if (!ref) throw new Error(`Unknown merge reference ${table}.${column}`);
  return ref;
};

type Loaded = { id: string; version: number; mergedIntoId: string | null; archivedAt: string | null; label: string; values: Record<string, MergeValue> };

function loadRecord(db: Db, kind: MergeKind, id: string): Loaded | null {
  if (kind === 'child') {
    const c = db.select().from(children).where(eq(children.id, id)).get();
    if (!c) return null;
    const values = Object.fromEntries(mergeFieldsOf('child').map((f) => [f, c[f as keyof typeof c] as MergeValue]));
    return { id: c.id, version: c.version, mergedIntoId: c.mergedIntoId, archivedAt: c.archivedAt, label: `${c.familyNameLatin} ${c.givenNameLatin} (${c.familyNameKm} ${c.givenNameKm})`, values };
  }
  const h = db.select().from(households).where(eq(households.id, id)).get();
  if (!h) return null;
  const values = Object.fromEntries(mergeFieldsOf('household').map((f) => [f, h[f as keyof typeof h] as MergeValue]));
  return { id: h.id, version: h.version, mergedIntoId: h.mergedIntoId, archivedAt: h.archivedAt, label: `${h.villageCode}${h.address ? ` · ${h.address}` : ''}`, values };
}

/**
 * Whether the person may merge this record: an admin always; a supervisor only when every case of the child (or
 * household) is in their communes, and a household's own commune too. A record outside that is NOT_FOUND, like a
 * missing one, so its existence does not show.
 */
function assertMayMerge(db: Db, w: Work, kind: MergeKind, id: string) {
  const scope = caseScopeOf(w.actor);
  if (scope.kind === 'all' && scope.identified) return;
  if (scope.kind !== 'communes') throw notFound(kind === 'child' ? 'Child' : 'Household');
  const column = kind === 'child' ? cases.childId : cases.householdId;
  const outside = db.select({ id: cases.id }).from(cases).where(and(eq(column, id), sql`${cases.communeCode} not in ${scope.communeCodes.length ? scope.communeCodes : ['']}`)).limit(1).get();
  const inside = db.select({ id: cases.id }).from(cases).where(eq(column, id)).limit(1).get();
  const household = kind === 'household' ? db.select({ commune: households.communeCode }).from(households).where(eq(households.id, id)).get() : undefined;
  const ok = !outside && (kind === 'child' ? Boolean(inside) : Boolean(household && scope.communeCodes.includes(household.commune)));
  if (!ok) throw notFound(kind === 'child' ? 'Child' : 'Household');
}

function loadInScope(db: Db, w: Work, kind: MergeKind, id: string): Loaded {
  const rec = loadRecord(db, kind, id);
  if (!rec) throw notFound(kind === 'child' ? 'Child' : 'Household');
  assertMayMerge(db, w, kind, id);
  return rec;
}

function rowsPointingAt(db: Db, kind: MergeKind, id: string): RepointedRow[] {
  return references[kind].flatMap((r) =>
    db.select({ rowId: r.table.id }).from(r.table).where(eq(r.column, id)).all().map((x) => ({ table: tableName(r), rowId: x.rowId as string, column: r.column.name, oldValue: id })),
  );
}

function caseReferencesOf(db: Db, kind: MergeKind, id: string): string[] {
  const column = kind === 'child' ? cases.childId : cases.householdId;
  return db.select({ reference: cases.reference }).from(cases).where(eq(column, id)).orderBy(cases.reference).all().map((r) => r.reference);
}

const hasCarer = (db: Db, householdId: string) => Boolean(db.select({ id: carers.id }).from(carers).where(eq(carers.householdId, householdId)).get());

function blockOf(db: Db, kind: MergeKind, survivor: Loaded, merged: Loaded): DomainError | null {
  return mergeBlock({
    kind,
    survivorId: survivor.id,
    mergedId: merged.id,
    survivorMergedInto: survivor.mergedIntoId,
    mergedMergedInto: merged.mergedIntoId,
    bothHaveCarer: kind === 'household' && hasCarer(db, survivor.id) && hasCarer(db, merged.id),
  });
}

/** The record a person started from: a child by one of their cases (in scope), a household by its id. */
function startingRecordId(db: Db, kind: MergeKind, fromId: string): string {
  if (kind === 'household') return fromId;
  const c = db.select({ childId: cases.childId }).from(cases).where(eq(cases.id, fromId)).get();
  if (!c) throw notFound('Case');
  return c.childId;
}

/** The other record: a child by a case reference, a household by its id (or a case reference of one of its cases). */
function otherRecordId(db: Db, kind: MergeKind, other: string): string {
  const byReference = db.select({ childId: cases.childId, householdId: cases.householdId }).from(cases).where(eq(cases.reference, other.toUpperCase())).get()
    ?? db.select({ childId: cases.childId, householdId: cases.householdId }).from(cases).where(eq(cases.reference, other)).get();
  if (byReference) return kind === 'child' ? byReference.childId : byReference.householdId;
  if (kind === 'household') return other;
  throw new DomainError('NOT_FOUND', 'errors.mergeOtherNotFound', `No case ${other} in your communes. Check the reference.`, 'other');
}

function sideOf(db: Db, kind: MergeKind, rec: Loaded): MergeRecordSide {
  return { id: rec.id, version: rec.version, label: rec.label, values: rec.values, caseReferences: caseReferencesOf(db, kind, rec.id), linkedRows: rowsPointingAt(db, kind, rec.id).length };
}

/** Both records side by side, with the fields that differ. Reading them is a read of the children's records, so audited. */
export function compareForMerge(db: Db, w: Work, input: MergeCompareInput): MergeCompare {
  const survivor = loadInScope(db, w, input.kind, startingRecordId(db, input.kind, input.fromId));
  let merged: Loaded;
  try {
    merged = loadInScope(db, w, input.kind, otherRecordId(db, input.kind, input.other.trim()));
  } catch (e) {
    if (e instanceof DomainError && e.code === 'NOT_FOUND') {
      throw new DomainError('NOT_FOUND', 'errors.mergeOtherNotFound', `No record ${input.other} in your communes. Check the reference.`, 'other');
    }
    throw e;
  }
  const block = blockOf(db, input.kind, survivor, merged);
  appendReadAudit(db, { actorId: w.actor.id, portal: w.portal, action: 'merge.compare', entity: input.kind, entityId: survivor.id, detail: { survivorId: survivor.id, mergedId: merged.id } }, w.now);
  return {
    kind: input.kind,
    survivor: sideOf(db, input.kind, survivor),
    merged: sideOf(db, input.kind, merged),
    conflicts: mergeConflicts(input.kind, survivor.values, merged.values),
    blockedKey: block?.messageKey ?? null,
    blockedMessage: block?.message ?? null,
  };
}

/** The field values to write on the survivor, with what follows from them (search text, a village's commune). */
function fieldUpdates(db: Db, kind: MergeKind, current: Record<string, MergeValue>, set: Record<string, MergeValue>): Record<string, unknown> {
  if (Object.keys(set).length === 0) return {};
  if (kind === 'child') {
    const next = { ...current, ...set } as { givenNameKm: string; familyNameKm: string; givenNameLatin: string; familyNameLatin: string };
    return { ...set, searchText: childSearchText(next) };
  }
  return typeof set.villageCode === 'string' ? { ...set, communeCode: villageOf(db, set.villageCode).communeCode } : set;
}

const tableOf = (kind: MergeKind) => (kind === 'child' ? children : households);

/**
 * Merge `mergedId` into `survivorId`: the supervisor's field choices applied, every reference repointed, the merged
 * record archived as a tombstone naming the survivor. Both versions must still be the ones compared.
 */
export function mergeRecords(db: Db, w: Work, input: MergeInput): MergeDone {
  return inTransaction(db, (tx) => {
    const survivor = loadInScope(tx, w, input.kind, input.survivorId);
    const merged = loadInScope(tx, w, input.kind, input.mergedId);
    const what = input.kind === 'child' ? "The child's record" : 'The household';
    if (survivor.version !== input.survivorVersion || merged.version !== input.mergedVersion) throw conflict(what);
    const block = blockOf(tx, input.kind, survivor, merged);
    if (block) throw block;
    const plan = planFieldDecisions(input.kind, survivor.values, merged.values, input.choices);
    const at = w.now.toISOString();
    const repointed = rowsPointingAt(tx, input.kind, merged.id);
    for (const r of references[input.kind]) {
      tx.update(r.table).set({ [columnKey(r)]: survivor.id } as never).where(eq(r.column, merged.id)).run();
    }
    const table = tableOf(input.kind);
    updateVersioned(tx, { table, id: survivor.id, expectedVersion: survivor.version, set: { ...fieldUpdates(tx, input.kind, survivor.values, plan.set), updatedAt: at }, what });
    updateVersioned(tx, { table, id: merged.id, expectedVersion: merged.version, set: { mergedIntoId: survivor.id, archivedAt: merged.archivedAt ?? at, updatedAt: at }, what });
    const mergeId = randomUUID();
    tx.insert(recordMerges).values({
      id: mergeId, kind: input.kind, survivorId: survivor.id, mergedId: merged.id, mergedLabel: merged.label, repointed, decisions: plan.decisions,
      mergedArchivedAt: merged.archivedAt, mergedById: w.actor.id, mergedAt: at,
    }).run();
    appendAudit(tx, {
      actorId: w.actor.id, portal: w.portal, action: `${input.kind}.merge`, entity: input.kind, entityId: survivor.id,
      detail: { mergeId, survivorId: survivor.id, mergedId: merged.id, moved: repointed.length, fields: plan.decisions.map((d) => `${d.field}:${d.from}`).join(',') },
    }, w.now);
    return { mergeId, survivorId: survivor.id };
  });
}

/** The property name drizzle gives a column in `set` (the schema's key, not the SQL name). */
function columnKey(r: Ref): string {
  const entry = Object.entries(r.table as unknown as Record<string, unknown>).find(([, v]) => v === r.column);
  if (!entry) throw new Error(`No key for ${r.column.name}`);
  return entry[0];
}

/**
 * Undo a merge exactly: each repointed row back to the merged record, the survivor's changed fields back to their
 * values, the tombstone live again. Refused when later edits make that unsafe (domain `undoProblems`).
 */
export function undoMerge(db: Db, w: Work, input: MergeUndoInput): MergeDone {
  return inTransaction(db, (tx) => {
    const m = tx.select().from(recordMerges).where(eq(recordMerges.id, input.mergeId)).get();
    if (!m) throw notFound('Merge');
    const kind = m.kind as MergeKind;
    const survivor = loadInScope(tx, w, kind, m.survivorId);
    const merged = loadRecord(tx, kind, m.mergedId);
    if (!merged) throw notFound('Merge');
    const current = new Map<string, string | null>();
    for (const r of m.repointed) {
      const ref = refOf(kind, r.table, r.column);
      const row = tx.select({ value: ref.column }).from(ref.table).where(eq(ref.table.id, r.rowId)).get();
      current.set(repointKey(r), row ? (row.value as string | null) : null);
    }
    const laterMerges = tx.select({ n: sql<number>`count(*)` }).from(recordMerges)
      .where(and(eq(recordMerges.kind, kind), isNull(recordMerges.undoneAt), ne(recordMerges.id, m.id), gt(recordMerges.mergedAt, m.mergedAt),
        or(inArray(recordMerges.survivorId, [m.survivorId, m.mergedId]), inArray(recordMerges.mergedId, [m.survivorId, m.mergedId])))).get()?.n ?? 0;
    assertUndoSafe({
      undoneAt: m.undoneAt, decisions: m.decisions, repointed: m.repointed, current, survivorId: m.survivorId, survivorValues: survivor.values,
      mergedIsTombstone: merged.mergedIntoId === m.survivorId, laterMerges,
    });
    const at = w.now.toISOString();
    for (const r of m.repointed) {
      const ref = refOf(kind, r.table, r.column);
      tx.update(ref.table).set({ [columnKey(ref)]: r.oldValue } as never).where(and(eq(ref.table.id, r.rowId), eq(ref.column, m.survivorId))).run();
    }
    const table = tableOf(kind);
    const what = kind === 'child' ? "The child's record" : 'The household';
    updateVersioned(tx, { table, id: survivor.id, expectedVersion: survivor.version, set: { ...fieldUpdates(tx, kind, survivor.values, valuesBeforeMerge(m.decisions)), updatedAt: at }, what });
    updateVersioned(tx, { table, id: merged.id, expectedVersion: merged.version, set: { mergedIntoId: null, archivedAt: m.mergedArchivedAt, updatedAt: at }, what });
    tx.update(recordMerges).set({ undoneAt: at, undoneById: w.actor.id }).where(eq(recordMerges.id, m.id)).run();
    appendAudit(tx, {
      actorId: w.actor.id, portal: w.portal, action: `${kind}.merge_undo`, entity: kind, entityId: m.survivorId,
      detail: { mergeId: m.id, survivorId: m.survivorId, mergedId: m.mergedId, restored: m.repointed.length },
    }, w.now);
    return { mergeId: m.id, survivorId: m.survivorId };
  });
}

/** Whether the person may open the surviving record: the household page's rule, or a case of the child in scope. */
function maySee(db: Db, w: Work, kind: MergeKind, id: string): boolean {
  if (kind === 'household') {
    try {
      householdFor(db, w, id);
      return true;
    } catch {
      return false;
    }
  }
  return Boolean(db.select({ id: cases.id }).from(cases).where(and(eq(cases.childId, id), caseScopeSql(caseScopeOf(w.actor)))).limit(1).get());
}

const undoer = alias(users, 'undoer');

/** The merges into a record, newest first, with the values each set aside: the survivor's merge history. */
export function mergeHistory(db: Db, w: Work, input: MergeHistoryInput): MergeHistoryEntry[] {
  const id = input.kind === 'child' ? startingRecordId(db, 'child', input.id) : input.id;
  assertMayMerge(db, w, input.kind, id);
  return db
    .select({ m: recordMerges, mergedByName: users.displayName, undoneByName: undoer.displayName })
    .from(recordMerges)
    .innerJoin(users, eq(users.id, recordMerges.mergedById))
    .leftJoin(undoer, eq(undoer.id, recordMerges.undoneById))
    .where(and(eq(recordMerges.kind, input.kind), eq(recordMerges.survivorId, id)))
    .orderBy(desc(recordMerges.mergedAt))
    .all()
    .map(({ m, mergedByName, undoneByName }) => ({
      id: m.id, kind: m.kind as MergeKind, survivorId: m.survivorId, mergedId: m.mergedId, mergedLabel: m.mergedLabel, mergedAt: m.mergedAt, mergedByName,
      decisions: m.decisions, movedRows: m.repointed.length, undoneAt: m.undoneAt, undoneByName: undoneByName ?? null,
    }));
}

/** Where a merged household went, for the notice on its old page; null when it is not a tombstone (or not the person's to see). */
export function mergedInto(db: Db, w: Work, input: MergeHistoryInput): MergedInto {
  const rec = loadRecord(db, input.kind, input.id);
  if (!rec?.mergedIntoId) return null;
  if (!maySee(db, w, input.kind, rec.mergedIntoId)) return null;
  const m = db.select({ id: recordMerges.id }).from(recordMerges)
    .where(and(eq(recordMerges.kind, input.kind), eq(recordMerges.mergedId, input.id), isNull(recordMerges.undoneAt))).orderBy(desc(recordMerges.mergedAt)).get();
  return m ? { survivorId: rec.mergedIntoId, mergeId: m.id } : null;
}
