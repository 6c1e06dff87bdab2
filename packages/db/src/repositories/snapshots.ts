// Impact snapshots for analysts: build from a frozen copy, review by a second person, publish; corrections are new revisions.
import { randomUUID } from 'node:crypto';
import { and, desc, eq, inArray, notInArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import {
  DisclosureConflictError,
  DomainError,
  findCorrectionNoteProblems,
  notFound,
  reportCellKey,
  cellsOf,
  type ApprovalDecisionInput,
  type CorrectionReason,
  type PlaceName,
  type PublishedTable,
} from '@kruosar/domain';
import type { Db } from '../client';
import { inTransaction } from '../client';
import { geoUnits, impactSnapshots, users } from '../schema/index';
import { appendAudit } from './audit';
import { queueQuarterlyUpdates } from './donors';
import type { Work } from './case-workflow';
import { cambodiaToday } from './hive-facts';
import { quarterParts, SnapshotContent, SnapshotRawCounts } from './impact-content';
import { periodDays, type PublishedQuarters } from './snapshot-counts';
import { computeSnapshot } from './snapshot-compute';
import { loadSnapshotFacts } from './snapshot-facts';
import { withFrozenCopy } from './snapshot-freeze';
import { updateVersioned } from './versioned';

export const snapshotStatuses = ['draft', 'in_review', 'approved', 'published', 'superseded', 'discarded', 'withdrawn'] as const;
export type SnapshotStatus = (typeof snapshotStatuses)[number];

export type SnapshotSummary = {
  id: string;
  quarter: string;
  revision: number;
  status: SnapshotStatus;
  version: number;
  correctionNote: string;
  correctionReason: CorrectionReason | null;
  coarse: boolean;
  correctsId: string | null;
  supersededById: string | null;
  builtBy: string | null;
  builtByName: string | null;
  frozenAt: string | null;
  submittedAt: string | null;
  reviewedBy: string | null;
  reviewedByName: string | null;
  reviewedAt: string | null;
  returnReason: string | null;
  publishedAt: string | null;
  withdrawnAt: string | null;
  withdrawReason: string | null;
  createdAt: string;
};
/** The analyst's view: the content supporters would see, and the true counts behind it (never shown to them). */
export type SnapshotDetail = SnapshotSummary & { content: SnapshotContent; rawCounts: SnapshotRawCounts };

type Row = typeof impactSnapshots.$inferSelect;
const UNCHANGEABLE: SnapshotStatus[] = ['published', 'superseded', 'discarded', 'withdrawn'];
/** What supporters can still read: current and superseded publications, not withdrawn ones. */
const STILL_PUBLIC: SnapshotStatus[] = ['published', 'superseded'];

const builder = alias(users, 'builder');
const reviewer = alias(users, 'reviewer');

function summaryOf(row: Row, names: { builtByName: string | null; reviewedByName: string | null }): SnapshotSummary {
  return {
    id: row.id,
    quarter: row.quarter,
    revision: row.revision,
    status: row.status,
    version: row.version,
    correctionNote: row.correctionNote,
    correctionReason: row.correctionReason as CorrectionReason | null,
    coarse: row.coarse,
    correctsId: row.correctsId,
    supersededById: row.supersededById,
    builtBy: row.builtBy,
    builtByName: names.builtByName,
    frozenAt: row.frozenAt,
    submittedAt: row.submittedAt,
    reviewedBy: row.reviewedBy,
    reviewedByName: names.reviewedByName,
    reviewedAt: row.reviewedAt,
    returnReason: row.returnReason,
    publishedAt: row.publishedAt,
    withdrawnAt: row.withdrawnAt,
    withdrawReason: row.withdrawReason,
    createdAt: row.createdAt,
  };
}

function selectWithNames(db: Db) {
  return db
    .select({ row: impactSnapshots, builtByName: builder.displayName, reviewedByName: reviewer.displayName })
    .from(impactSnapshots)
    .leftJoin(builder, eq(builder.id, impactSnapshots.builtBy))
    .leftJoin(reviewer, eq(reviewer.id, impactSnapshots.reviewedBy));
}

export function listSnapshots(db: Db, params: { quarter?: string } = {}): SnapshotSummary[] {
  return selectWithNames(db)
    .where(params.quarter ? eq(impactSnapshots.quarter, params.quarter) : undefined)
    .orderBy(desc(impactSnapshots.quarter), desc(impactSnapshots.revision), desc(impactSnapshots.createdAt))
    .all()
    .map((r) => summaryOf(r.row, r));
}

export function findSnapshotDetail(db: Db, id: string): SnapshotDetail {
  const found = selectWithNames(db).where(eq(impactSnapshots.id, id)).get();
  if (!found) throw notFound('Impact snapshot');
  return { ...summaryOf(found.row, found), content: SnapshotContent.parse(found.row.tables), rawCounts: SnapshotRawCounts.parse(found.row.rawCounts) };
}

const rowOf = (db: Db, id: string) => {
  const row = db.select().from(impactSnapshots).where(eq(impactSnapshots.id, id)).get();
  if (!row) throw notFound('Impact snapshot');
  return row;
};

function refuse(key: string, message: string, field = 'status'): never {
  throw new DomainError('INVALID', `errors.${key}`, message, field);
}

function assertStatus(row: Row, allowed: SnapshotStatus, action: string) {
  if (row.status === 'published' || row.status === 'superseded' || row.status === 'withdrawn') refuse('snapshotPublished', 'A published snapshot never changes; build a correction instead.');
  if (row.status !== allowed) refuse('snapshotState', `Cannot ${action} a snapshot that is ${row.status.replace('_', ' ')}.`);
}

type Published = { id: string; quarter: string; revision: number; status: string; frozenAt: string; publishedAt: string; tables: unknown };

/** Publications supporters can still read (current and superseded), of every year. */
function stillPublic(db: Db): Published[] {
  return db
    .select({ id: impactSnapshots.id, quarter: impactSnapshots.quarter, revision: impactSnapshots.revision, status: impactSnapshots.status, frozenAt: impactSnapshots.frozenAt, publishedAt: impactSnapshots.publishedAt, createdAt: impactSnapshots.createdAt, tables: impactSnapshots.tables })
    .from(impactSnapshots)
    .where(inArray(impactSnapshots.status, STILL_PUBLIC))
    .all()
    .map((r) => ({ id: r.id, quarter: r.quarter, revision: r.revision, status: r.status, frozenAt: r.frozenAt ?? r.publishedAt ?? r.createdAt, publishedAt: r.publishedAt ?? r.createdAt, tables: r.tables }));
}

const tablesOf = (p: Published) => SnapshotContent.parse(p.tables).tables.map((t) => t.table);

type PublishedContext = { earlier: PublishedTable[]; restated: PublishedTable[]; published?: PublishedQuarters };

/**
 * What a build of `quarter` must stay safe beside: every publication still public, of every year (a later year's
 * commune tables cover this one). Their cells stand, except that a correction restates its whole year: the
 * publications of that year (current and superseded) are attacked with it but do not bind it, and it is refused
 * where it disagrees with them. Also when each quarter of this year was first frozen, so late records count as
 * recorded.
 */
function publishedContext(db: Db, quarter: string, correcting: boolean): PublishedContext {
  const { year } = quarterParts(quarter);
  const all = stillPublic(db);
  const sameYear = (p: Published) => quarterParts(p.quarter).year === year;
  const earlier = all.filter((p) => !correcting || !sameYear(p)).flatMap(tablesOf);
  const restated = correcting ? all.filter(sameYear).flatMap(tablesOf) : [];
  const thisYear = all.filter((p) => p.status === 'published' && sameYear(p) && !correcting);
  const through = Math.max(0, ...thisYear.map((p) => quarterParts(p.quarter).quarter));
  const freezes = Array.from({ length: through }, (_, i) => thisYear.filter((p) => quarterParts(p.quarter).quarter >= i + 1).map((p) => p.frozenAt).sort()[0]!);
  return { earlier, restated, published: through > 0 ? { year, freezes } : undefined };
}

/** Which still-public publications show each conflicting cell, for the analyst to withdraw. */
function conflictMessage(db: Db, error: DisclosureConflictError): string {
  const publications = stillPublic(db);
  const lines = error.conflicts.slice(0, 12).map((c) => {
    const key = reportCellKey(c.geo, c.period);
    const showing = publications.filter((p) => tablesOf(p).some((t) => t.indicator.id === c.indicator && cellsOf(t).some((x) => reportCellKey(x.geo, x.period) === key)));
    return `${c.indicator} ${key} (${showing.map((p) => `${p.quarter} r${p.revision}`).join(', ') || 'derived'})`;
  });
  return `These figures cannot be published beside the publications still public: ${lines.join('; ')}. Withdraw those publications or build the correction with province figures only.`;
}

function assertQuarterEnded(quarter: string, now: Date) {
  const { year, quarter: q } = quarterParts(quarter);
  if (periodDays({ year, from: q, to: q }).end >= cambodiaToday(now)) {
    refuse('snapshotQuarterOpen', `${quarter} has not ended yet; a quarter is reported once it is over.`, 'quarter');
  }
}

type DraftParams = { quarter: string; revision: number; correctsId: string | null; correctionNote: string; correctionReason: CorrectionReason | null; coarse: boolean };

function insertDraft(db: Db, w: Work, params: DraftParams): string {
  const frozenAt = w.now.toISOString();
  // Compute from one frozen copy (facts and publications alike), outside the write transaction: it may take a while.
  const { content, raw } = withFrozenCopy(db, (frozen) => {
    try {
      const context = publishedContext(frozen, params.quarter, params.correctsId !== null);
      return computeSnapshot(loadSnapshotFacts(frozen), { quarter: params.quarter, ...context, coarse: params.coarse, today: cambodiaToday(w.now) });
    } catch (e) {
      if (e instanceof DisclosureConflictError) refuse('disclosure.conflict', conflictMessage(frozen, e), 'quarter');
      throw e;
    }
  });
  const id = randomUUID();
  inTransaction(db, (tx) => {
    // A new build replaces the quarter's unpublished ones.
    tx.update(impactSnapshots)
      .set({ status: 'discarded', updatedAt: frozenAt })
      .where(and(eq(impactSnapshots.quarter, params.quarter), notInArray(impactSnapshots.status, UNCHANGEABLE)))
      .run();
    tx.insert(impactSnapshots)
      .values({ id, ...params, status: 'draft', tables: content, rawCounts: raw, builtBy: w.actor.id, frozenAt, createdAt: frozenAt, updatedAt: frozenAt })
      .run();
    appendAudit(tx, { actorId: w.actor.id, portal: w.portal, action: params.correctsId ? 'snapshot.correct' : 'snapshot.build', entity: 'impact_snapshot', entityId: id, detail: { quarter: params.quarter, revision: params.revision } }, w.now);
  });
  return id;
}

/** Build a draft of a quarter that has ended. A quarter already published is corrected, not rebuilt. */
export function buildSnapshot(db: Db, w: Work, params: { quarter: string }): SnapshotDetail {
  assertQuarterEnded(params.quarter, w.now);
  const published = db.select({ id: impactSnapshots.id }).from(impactSnapshots).where(and(eq(impactSnapshots.quarter, params.quarter), eq(impactSnapshots.status, 'published'))).get();
  if (published) refuse('snapshotAlreadyPublished', `${params.quarter} is already published; build a correction of it instead.`, 'quarter');
  const latest = db.select({ revision: impactSnapshots.revision }).from(impactSnapshots).where(eq(impactSnapshots.quarter, params.quarter)).orderBy(desc(impactSnapshots.revision)).get();
  // A quarter whose publications were withdrawn is built again as its next revision.
  const withdrawn = db.select({ id: impactSnapshots.id }).from(impactSnapshots).where(and(eq(impactSnapshots.quarter, params.quarter), eq(impactSnapshots.status, 'withdrawn'))).get();
  const revision = withdrawn ? (latest?.revision ?? 0) + 1 : 1;
  return findSnapshotDetail(db, insertDraft(db, w, { quarter: params.quarter, revision, correctsId: null, correctionNote: '', correctionReason: null, coarse: false }));
}

/** The latest quarter of a year that is published, if any. */
function latestPublishedOfYear(db: Db, year: number): Row | undefined {
  return db.select().from(impactSnapshots).where(and(eq(impactSnapshots.status, 'published'), sql`${impactSnapshots.quarter} like ${`${year}-Q%`}`)).orderBy(desc(impactSnapshots.quarter)).get();
}

/**
 * Build a correction of the latest published quarter of a year from the data as it is now: the next revision, with
 * a note saying what changed. It restates the year so far, so once published it replaces every publication of
 * that year (they stay readable, marked as replaced), and no two current publications disagree.
 */
export function buildSnapshotCorrection(db: Db, w: Work, params: { snapshotId: string; reason: CorrectionReason; note: string; coarse?: boolean }): SnapshotDetail {
  const old = rowOf(db, params.snapshotId);
  assertNoteSafe(db, params.note);
  if (old.status !== 'published') refuse('snapshotNotPublished', 'Only the published snapshot of a quarter can be corrected.');
  if (latestPublishedOfYear(db, quarterParts(old.quarter).year)?.id !== old.id) {
    refuse('snapshotNotLatest', 'Correct the latest published quarter of the year: it restates the quarters before it too.');
  }
  const latest = db.select({ revision: impactSnapshots.revision }).from(impactSnapshots).where(eq(impactSnapshots.quarter, old.quarter)).orderBy(desc(impactSnapshots.revision)).get();
  const revision = Math.max(old.revision, latest?.revision ?? 0) + 1;
  return findSnapshotDetail(db, insertDraft(db, w, { quarter: old.quarter, revision, correctsId: old.id, correctionNote: params.note.trim(), correctionReason: params.reason, coarse: params.coarse ?? false }));
}

/** Districts, communes and villages of the gazetteer: never named in a public note. */
function placesBelowProvince(db: Db): PlaceName[] {
  return db
    .select({ code: geoUnits.code, level: geoUnits.level, nameKm: geoUnits.nameKm, nameLatin: geoUnits.nameLatin })
    .from(geoUnits)
    .where(inArray(geoUnits.level, ['district', 'commune', 'village']))
    .all() as PlaceName[];
}

/** A correction note says why in words: no number, and no place below the province. */
function assertNoteSafe(db: Db, note: string) {
  const problems = findCorrectionNoteProblems(note, placesBelowProvince(db));
  if (problems.length === 0) return;
  const words = [...new Set(problems.map((p) => p.text))].join(', ');
  refuse('correctionNoteUnsafe', `A correction note may not contain numbers or places below the province: ${words}.`, 'note');
}

type VersionedStep = { id: string; expectedVersion: number };

/**
 * Withdraw a publication (current or superseded): supporters stop seeing it, so a correction no longer has to agree
 * with it. The row stays, with who withdrew it, when and why.
 */
export function withdrawSnapshot(db: Db, w: Work, params: VersionedStep & { reason: string }): SnapshotDetail {
  inTransaction(db, (tx) => {
    const row = rowOf(tx, params.id);
    if (!STILL_PUBLIC.includes(row.status)) refuse('snapshotNotPublished', 'Only a publication supporters can still see can be withdrawn.');
    const at = w.now.toISOString();
    updateVersioned(tx, { table: impactSnapshots, id: row.id, expectedVersion: params.expectedVersion, set: { status: 'withdrawn', withdrawnBy: w.actor.id, withdrawnAt: at, withdrawReason: params.reason, updatedAt: at }, what: 'Impact snapshot' });
    appendAudit(tx, { actorId: w.actor.id, portal: w.portal, action: 'snapshot.withdraw', entity: 'impact_snapshot', entityId: row.id, detail: { quarter: row.quarter, revision: row.revision, reason: params.reason } }, w.now);
  });
  return findSnapshotDetail(db, params.id);
}

export function submitSnapshotForReview(db: Db, w: Work, params: VersionedStep): SnapshotDetail {
  inTransaction(db, (tx) => {
    const row = rowOf(tx, params.id);
    assertStatus(row, 'draft', 'send for review');
    const at = w.now.toISOString();
    updateVersioned(tx, { table: impactSnapshots, id: row.id, expectedVersion: params.expectedVersion, set: { status: 'in_review', submittedBy: w.actor.id, submittedAt: at, returnReason: null, updatedAt: at }, what: 'Impact snapshot' });
    appendAudit(tx, { actorId: w.actor.id, portal: w.portal, action: 'snapshot.submit', entity: 'impact_snapshot', entityId: row.id }, w.now);
  });
  return findSnapshotDetail(db, params.id);
}

/** A second person (another analyst, or an admin) approves or returns it; nobody reviews what they built or sent. */
export function reviewSnapshot(db: Db, w: Work, params: VersionedStep & { decision: ApprovalDecisionInput }): SnapshotDetail {
  inTransaction(db, (tx) => {
    const row = rowOf(tx, params.id);
    assertStatus(row, 'in_review', 'review');
    if (row.builtBy === w.actor.id || row.submittedBy === w.actor.id) {
      throw new DomainError('FORBIDDEN', 'errors.selfReview', 'You built or sent this snapshot; another analyst or an admin must review it.');
    }
    const at = w.now.toISOString();
    const approve = params.decision.decision === 'approve';
    const set = approve
      ? { status: 'approved', reviewedBy: w.actor.id, reviewedAt: at, returnReason: null, updatedAt: at }
      : { status: 'draft', reviewedBy: w.actor.id, reviewedAt: at, returnReason: params.decision.reason, updatedAt: at };
    updateVersioned(tx, { table: impactSnapshots, id: row.id, expectedVersion: params.expectedVersion, set, what: 'Impact snapshot' });
    appendAudit(tx, { actorId: w.actor.id, portal: w.portal, action: approve ? 'snapshot.approve' : 'snapshot.return', entity: 'impact_snapshot', entityId: row.id, detail: approve ? {} : { reason: params.decision.reason } }, w.now);
  });
  return findSnapshotDetail(db, params.id);
}

/** The publications a correction replaces: every current one of its year (it restates the year so far). */
function replacedBy(db: Db, row: Row): Row[] {
  const year = quarterParts(row.quarter).year;
  if (latestPublishedOfYear(db, year)?.id !== row.correctsId) {
    refuse('snapshotNotPublished', 'The snapshot this corrects is no longer the latest publication of its year; build a new correction.');
  }
  return db.select().from(impactSnapshots).where(and(eq(impactSnapshots.status, 'published'), sql`${impactSnapshots.quarter} like ${`${year}-Q%`}`)).all();
}

/**
 * A draft was protected against what was public when it was built. Anything published since (any year) was not
 * taken into account, so the draft must be built again.
 */
function assertNothingPublishedSince(db: Db, row: Row) {
  const since = stillPublic(db).some((p) => row.frozenAt === null || p.publishedAt > row.frozenAt);
  if (since) refuse('snapshotStale', 'Another snapshot was published after this one was built; build this one again so the two stay consistent.');
}

/**
 * Publish an approved snapshot; a correction replaces its year's publications in the same transaction, and donors
 * who asked for the quarterly update get it queued in it too.
 */
export function publishSnapshot(db: Db, w: Work, params: VersionedStep & { organisation?: string }): SnapshotDetail {
  inTransaction(db, (tx) => {
    const row = rowOf(tx, params.id);
    assertStatus(row, 'approved', 'publish');
    assertNothingPublishedSince(tx, row);
    const at = w.now.toISOString();
    if (row.correctsId) {
      for (const old of replacedBy(tx, row)) {
        // The only change a published row ever takes (the database trigger allows nothing else).
        tx.update(impactSnapshots).set({ status: 'superseded', supersededById: row.id, updatedAt: at, version: old.version + 1 }).where(eq(impactSnapshots.id, old.id)).run();
        appendAudit(tx, { actorId: w.actor.id, portal: w.portal, action: 'snapshot.supersede', entity: 'impact_snapshot', entityId: old.id, detail: { by: row.id } }, w.now);
      }
    } else if (tx.select({ id: impactSnapshots.id }).from(impactSnapshots).where(and(eq(impactSnapshots.quarter, row.quarter), eq(impactSnapshots.status, 'published'))).get()) {
      refuse('snapshotAlreadyPublished', `${row.quarter} was published meanwhile; build a correction instead.`);
    }
    updateVersioned(tx, { table: impactSnapshots, id: row.id, expectedVersion: params.expectedVersion, set: { status: 'published', publishedBy: w.actor.id, publishedAt: at, updatedAt: at }, what: 'Impact snapshot' });
    appendAudit(tx, { actorId: w.actor.id, portal: w.portal, action: 'snapshot.publish', entity: 'impact_snapshot', entityId: row.id, detail: { quarter: row.quarter, revision: row.revision } }, w.now);
    queueQuarterlyUpdates(tx, { quarter: row.quarter, organisation: params.organisation ?? 'Kruosar', now: w.now });
  });
  return findSnapshotDetail(db, params.id);
}
