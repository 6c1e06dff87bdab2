// The child's views at assessments, placement decisions and closures; supervisors acknowledge a "could not be asked".
import { randomUUID } from 'node:crypto';
import { alias } from 'drizzle-orm/sqlite-core';
import { and, asc, desc, eq, isNotNull, isNull, ne, sql } from 'drizzle-orm';
import { DomainError, invalid, notFound, type ChildNotAskedReason, type ChildVoice, type ChildVoiceInput, type ChildVoiceOccasion, type ChildVoiceToReview } from '@kruosar/domain';
import type { Db } from '../client';
import { inTransaction } from '../client';
import { assessments, cases, childVoices, closures, placements, users } from '../schema/index';
import { auditCase, auditRead, caseFor, caseScopeWhere, scopeOf, type Work } from './case-workflow';

const recordTables = { assessment: assessments, placement: placements, closure: closures } as const;
const recordedBy = alias(users, 'recorded_by');
const reviewedBy = alias(users, 'reviewed_by');

type Row = typeof childVoices.$inferSelect & { recordedByName: string | null; reviewedByName: string | null };

function toVoice(r: Row): ChildVoice {
  return {
    id: r.id,
    caseId: r.caseId,
    occasion: r.occasion as ChildVoiceOccasion,
    recordId: r.recordId,
    views: r.views,
    notAskedReason: r.notAskedReason as ChildNotAskedReason | null,
    notAskedNote: r.notAskedNote,
    recordedById: r.recordedById,
    recordedByName: r.recordedByName,
    recordedAt: r.recordedAt,
    reviewedById: r.reviewedById,
    reviewedByName: r.reviewedByName,
    reviewedAt: r.reviewedAt,
  };
}

function selectVoices(db: Db) {
  return db
    .select({ v: childVoices, recordedByName: recordedBy.displayName, reviewedByName: reviewedBy.displayName })
    .from(childVoices)
    .leftJoin(recordedBy, eq(recordedBy.id, childVoices.recordedById))
    .leftJoin(reviewedBy, eq(reviewedBy.id, childVoices.reviewedById));
}

const voiceOf = (r: { v: typeof childVoices.$inferSelect; recordedByName: string | null; reviewedByName: string | null }) => toVoice({ ...r.v, recordedByName: r.recordedByName, reviewedByName: r.reviewedByName });

/** The latest views recorded for each record of a case at one occasion, newest first. */
export function listChildVoices(db: Db, w: Work, params: { caseId: string; occasion: ChildVoiceOccasion }): ChildVoice[] {
  const c = caseFor(db, w, params.caseId);
  auditRead(db, w, { action: 'child_voice.list', entity: 'child_voice', caseId: c.id, detail: { occasion: params.occasion } });
  return selectVoices(db)
    .where(and(eq(childVoices.caseId, c.id), eq(childVoices.occasion, params.occasion)))
    .orderBy(desc(childVoices.recordedAt), sql`${childVoices}.rowid desc`)
    .all()
    .map(voiceOf);
}

/** Record the child's views (or why they could not be asked) for an assessment, placement or closure of the case. */
export function recordChildVoice(db: Db, w: Work, input: ChildVoiceInput): ChildVoice {
  return inTransaction(db, (tx) => {
    const c = caseFor(tx, w, input.caseId);
    const table = recordTables[input.occasion];
    const record = tx.select({ id: table.id }).from(table).where(and(eq(table.id, input.recordId), eq(table.caseId, c.id), isNull(table.archivedAt))).get();
    if (!record) throw invalid('recordId', 'Record: the views belong to an assessment, placement or closure of this case', 'errors.childVoiceRecord');
    const id = randomUUID();
    const hasViews = input.views !== '';
    tx.insert(childVoices)
      .values({
        id,
        caseId: c.id,
        occasion: input.occasion,
        recordId: record.id,
        views: hasViews ? input.views : '',
        notAskedReason: hasViews ? null : input.notAskedReason,
        notAskedNote: hasViews ? '' : input.notAskedNote,
        recordedById: w.actor.id,
        recordedAt: w.now.toISOString(),
      })
      .run();
    auditCase(tx, w, { action: 'child_voice.record', entity: 'child_voice', entityId: id, caseId: c.id, detail: { occasion: input.occasion, recordId: record.id, notAskedReason: hasViews ? null : input.notAskedReason } });
    return voiceOf(selectVoices(tx).where(eq(childVoices.id, id)).get()!);
  });
}

const awaitingReview = and(isNotNull(childVoices.notAskedReason), isNull(childVoices.reviewedAt));

/** "Could not be asked" records in the supervisor's scope waiting for acknowledgement, oldest first (not their own). */
export function listChildVoicesToReview(db: Db, w: Work): ChildVoiceToReview[] {
  if (w.actor.role !== 'admin' && w.actor.role !== 'supervisor') return [];
  return db
    .select({ v: childVoices, reference: cases.reference, recordedByName: recordedBy.displayName })
    .from(childVoices)
    .innerJoin(cases, eq(cases.id, childVoices.caseId))
    .leftJoin(recordedBy, eq(recordedBy.id, childVoices.recordedById))
    .where(and(awaitingReview, ne(childVoices.recordedById, w.actor.id), isNull(cases.archivedAt), caseScopeWhere(scopeOf(w), { useIndex: false })))
    .orderBy(asc(childVoices.recordedAt))
    .limit(50)
    .all()
    .map((r) => ({
      id: r.v.id,
      caseId: r.v.caseId,
      reference: r.reference,
      occasion: r.v.occasion as ChildVoiceOccasion,
      notAskedReason: r.v.notAskedReason as ChildNotAskedReason,
      notAskedNote: r.v.notAskedNote,
      recordedByName: r.recordedByName,
      recordedAt: r.v.recordedAt,
    }));
}

/** How many wait for this supervisor, for My work. */
export function countChildVoicesToReview(db: Db, w: Work): number {
  if (w.actor.role !== 'admin' && w.actor.role !== 'supervisor') return 0;
  return (
    db
      .select({ n: sql<number>`count(*)` })
      .from(childVoices)
      .innerJoin(cases, eq(cases.id, childVoices.caseId))
      .where(and(awaitingReview, ne(childVoices.recordedById, w.actor.id), isNull(cases.archivedAt), caseScopeWhere(scopeOf(w), { useIndex: false })))
      .get()?.n ?? 0
  );
}

/** A supervisor (not the person who recorded it) acknowledges why the child could not be asked. */
export function acknowledgeChildVoice(db: Db, w: Work, params: { id: string }): ChildVoice {
  return inTransaction(db, (tx) => {
    const row = tx.select().from(childVoices).where(eq(childVoices.id, params.id)).get();
    if (!row) throw notFound("The child's views");
    const c = caseFor(tx, w, row.caseId);
    if (row.notAskedReason === null) throw invalid('id', "The child's views were recorded; there is nothing to acknowledge", 'errors.childVoiceNothingToReview');
    if (row.reviewedAt !== null) throw invalid('id', 'Already acknowledged', 'errors.childVoiceReviewed');
    if (row.recordedById === w.actor.id) throw new DomainError('FORBIDDEN', 'errors.selfApproval', 'You cannot acknowledge your own record; ask another supervisor');
    tx.update(childVoices).set({ reviewedById: w.actor.id, reviewedAt: w.now.toISOString() }).where(eq(childVoices.id, row.id)).run();
    auditCase(tx, w, { action: 'child_voice.acknowledge', entity: 'child_voice', entityId: row.id, caseId: c.id, detail: { occasion: row.occasion, notAskedReason: row.notAskedReason } });
    return voiceOf(selectVoices(tx).where(eq(childVoices.id, row.id)).get()!);
  });
}
