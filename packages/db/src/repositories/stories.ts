// Stories for supporters: written by staff under a pseudonym, reviewed by a second person, shown only while consent holds.
import { randomUUID } from 'node:crypto';
import { and, desc, eq, gte, isNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { DomainError, forbidden, notFound, type ApprovalDecisionInput, type Locale } from '@kruosar/domain';
import type { Db } from '../client';
import { inTransaction } from '../client';
import { geoUnits, stories, storyVersions, users } from '../schema/index';
import { appendAudit } from './audit';
import { assertStoryChecksClear } from './story-checks';
import type { Work } from './case-workflow';
import { cambodiaToday } from './hive-facts';
import { updateVersioned } from './versioned';

export const storyStatuses = ['draft', 'in_review', 'approved', 'published', 'withdrawn'] as const;
export type StoryStatus = (typeof storyStatuses)[number];

/** What staff write. No photo of any kind: the simplest way to show no face. */
export type StoryInput = {
  locale: Locale;
  title: string;
  pseudonym: string;
  /** A province (2 digits) or nothing: never a finer place. */
  provinceCode: string | null;
  body: string;
  guardianConsentOn: string;
  childConsentOn: string;
  consentExpiresOn: string;
};

export type StoryVersionView = { id: string; number: number; locale: Locale; title: string; pseudonym: string; provinceCode: string | null; body: string; editedBy: string; editedByName: string; createdAt: string };
export type StoryView = {
  id: string;
  status: StoryStatus;
  version: number;
  authorId: string;
  authorName: string;
  current: StoryVersionView;
  guardianConsentOn: string;
  childConsentOn: string;
  consentExpiresOn: string;
  consentExpired: boolean;
  consentWithdrawnAt: string | null;
  submittedAt: string | null;
  reviewedBy: string | null;
  reviewedAt: string | null;
  reviewedVersionNumber: number | null;
  returnReason: string | null;
  publishedAt: string | null;
  /** Shown on the public page right now. */
  live: boolean;
  createdAt: string;
  updatedAt: string;
};
export type StoryDetail = StoryView & { versions: StoryVersionView[] };
export type PublishedStory = { id: string; locale: Locale; title: string; pseudonym: string; provinceCode: string | null; provinceNameKm: string | null; provinceNameLatin: string | null; body: string; publishedAt: string };

type Row = typeof stories.$inferSelect;
const editor = alias(users, 'editor');
const author = alias(users, 'author');

const refuse = (key: string, message: string, field = 'status'): never => {
  throw new DomainError('INVALID', `errors.${key}`, message, field);
};

function versionsOf(db: Db, storyId: string): StoryVersionView[] {
  return db
    .select({ v: storyVersions, editedByName: editor.displayName })
    .from(storyVersions)
    .innerJoin(editor, eq(editor.id, storyVersions.editedBy))
    .where(eq(storyVersions.storyId, storyId))
    .orderBy(desc(storyVersions.number))
    .all()
    .map(({ v, editedByName }) => ({ id: v.id, number: v.number, locale: v.locale as Locale, title: v.title, pseudonym: v.pseudonym, provinceCode: v.provinceCode, body: v.body, editedBy: v.editedBy, editedByName, createdAt: v.createdAt }));
}

const isLive = (row: Row, today: string) => row.status === 'published' && row.consentWithdrawnAt === null && row.consentExpiresOn >= today;

function viewOf(row: Row, authorName: string, versions: StoryVersionView[], today: string): StoryView {
  const current = versions.find((v) => v.id === row.currentVersionId)!;
  return {
    id: row.id,
    status: row.status,
    version: row.version,
    authorId: row.authorId,
    authorName,
    current,
    guardianConsentOn: row.guardianConsentOn,
    childConsentOn: row.childConsentOn,
    consentExpiresOn: row.consentExpiresOn,
    consentExpired: row.consentExpiresOn < today,
    consentWithdrawnAt: row.consentWithdrawnAt,
    submittedAt: row.submittedAt,
    reviewedBy: row.reviewedBy,
    reviewedAt: row.reviewedAt,
    reviewedVersionNumber: versions.find((v) => v.id === row.reviewedVersionId)?.number ?? null,
    returnReason: row.returnReason,
    publishedAt: row.publishedAt,
    live: isLive(row, today),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export function findStory(db: Db, w: Work, id: string): StoryDetail {
  const found = db.select({ row: stories, authorName: author.displayName }).from(stories).innerJoin(author, eq(author.id, stories.authorId)).where(eq(stories.id, id)).get();
  if (!found || found.row.archivedAt) throw notFound('Story');
  const versions = versionsOf(db, id);
  return { ...viewOf(found.row, found.authorName, versions, cambodiaToday(w.now)), versions };
}

export function listStories(db: Db, w: Work): StoryView[] {
  const today = cambodiaToday(w.now);
  return db
    .select({ row: stories, authorName: author.displayName })
    .from(stories)
    .innerJoin(author, eq(author.id, stories.authorId))
    .where(isNull(stories.archivedAt))
    .orderBy(desc(stories.updatedAt))
    .all()
    .map(({ row, authorName }) => viewOf(row, authorName, versionsOf(db, row.id).slice(0, 1), today));
}

/** Consent is given before the story is written, and lasts beyond today; a province must be in the gazetteer. */
function assertInput(db: Db, input: StoryInput, today: string) {
  if (input.guardianConsentOn > today) refuse('storyConsentFuture', 'The guardian cannot have consented after today.', 'guardianConsentOn');
  if (input.childConsentOn > today) refuse('storyConsentFuture', 'The child cannot have consented after today.', 'childConsentOn');
  if (input.consentExpiresOn <= today) refuse('storyConsentExpired', 'Consent must last beyond today.', 'consentExpiresOn');
  if (input.provinceCode !== null) {
    const province = db.select({ code: geoUnits.code }).from(geoUnits).where(and(eq(geoUnits.code, input.provinceCode), eq(geoUnits.level, 'province'))).get();
    if (!province) refuse('storyProvince', 'Choose a province from the list, or no place at all.', 'provinceCode');
  }
}

function addVersion(tx: Db, w: Work, storyId: string, number: number, input: StoryInput): string {
  const id = randomUUID();
  const { locale, title, pseudonym, provinceCode, body } = input;
  tx.insert(storyVersions).values({ id, storyId, number, locale, title, pseudonym, provinceCode, body, editedBy: w.actor.id, createdAt: w.now.toISOString() }).run();
  return id;
}

export function createStory(db: Db, w: Work, input: StoryInput): StoryDetail {
  assertInput(db, input, cambodiaToday(w.now));
  const id = randomUUID();
  const at = w.now.toISOString();
  inTransaction(db, (tx) => {
    const { guardianConsentOn, childConsentOn, consentExpiresOn } = input;
    // The row needs its first version's id and the version the row: insert the row with a placeholder, then point it.
    tx.insert(stories).values({ id, status: 'draft', currentVersionId: '', authorId: w.actor.id, guardianConsentOn, childConsentOn, consentExpiresOn, createdAt: at, updatedAt: at }).run();
    const versionId = addVersion(tx, w, id, 1, input);
    tx.update(stories).set({ currentVersionId: versionId }).where(eq(stories.id, id)).run();
    appendAudit(tx, { actorId: w.actor.id, portal: w.portal, action: 'story.create', entity: 'story', entityId: id }, w.now);
  });
  return findStory(db, w, id);
}

function rowOf(db: Db, id: string): Row {
  const row = db.select().from(stories).where(and(eq(stories.id, id), isNull(stories.archivedAt))).get();
  if (!row) throw notFound('Story');
  return row;
}

/** Caseworkers change their own stories; supervisors and admins any. */
function assertMayEdit(row: Row, w: Work) {
  if (w.actor.role === 'caseworker' && row.authorId !== w.actor.id) throw forbidden('Only the author, a supervisor or an admin may change this story');
}

/** Every edit is a new version; an edit after review (even of a published story) needs a new review. */
export function updateStory(db: Db, w: Work, params: { id: string; expectedVersion: number; input: StoryInput }): StoryDetail {
  assertInput(db, params.input, cambodiaToday(w.now));
  inTransaction(db, (tx) => {
    const row = rowOf(tx, params.id);
    assertMayEdit(row, w);
    if (row.status === 'withdrawn') refuse('storyWithdrawn', 'Consent for this story was withdrawn; it cannot be changed or shown again.');
    const latest = tx.select({ n: sql<number>`max(${storyVersions.number})` }).from(storyVersions).where(eq(storyVersions.storyId, row.id)).get()?.n ?? 0;
    const versionId = addVersion(tx, w, row.id, latest + 1, params.input);
    const { guardianConsentOn, childConsentOn, consentExpiresOn } = params.input;
    const set = { currentVersionId: versionId, guardianConsentOn, childConsentOn, consentExpiresOn, status: 'draft', reviewedVersionId: null, updatedAt: w.now.toISOString() };
    updateVersioned(tx, { table: stories, id: row.id, expectedVersion: params.expectedVersion, set, what: 'Story' });
    appendAudit(tx, { actorId: w.actor.id, portal: w.portal, action: 'story.update', entity: 'story', entityId: row.id, detail: { number: latest + 1, wasStatus: row.status } }, w.now);
  });
  return findStory(db, w, params.id);
}

function step(db: Db, w: Work, params: { id: string; expectedVersion: number }, decide: (row: Row) => { action: string; set: Record<string, unknown>; detail?: Record<string, unknown> }): StoryDetail {
  inTransaction(db, (tx) => {
    const row = rowOf(tx, params.id);
    const { action, set, detail } = decide(row);
    updateVersioned(tx, { table: stories, id: row.id, expectedVersion: params.expectedVersion, set: { ...set, updatedAt: w.now.toISOString() }, what: 'Story' });
    appendAudit(tx, { actorId: w.actor.id, portal: w.portal, action, entity: 'story', entityId: row.id, detail }, w.now);
  });
  return findStory(db, w, params.id);
}

const assertStatus = (row: Row, allowed: StoryStatus, action: string) => {
  if (row.status !== allowed) refuse('storyState', `Cannot ${action} a story that is ${row.status.replace('_', ' ')}.`);
};

export function submitStoryForReview(db: Db, w: Work, params: { id: string; expectedVersion: number }): StoryDetail {
  return step(db, w, params, (row) => {
    assertMayEdit(row, w);
    assertStatus(row, 'draft', 'send for review');
    assertStoryChecksClear(db, row.id);
    return { action: 'story.submit', set: { status: 'in_review', submittedBy: w.actor.id, submittedAt: w.now.toISOString(), returnReason: null } };
  });
}

/** A second person: not the author, and not whoever wrote the version under review. */
export function reviewStory(db: Db, w: Work, params: { id: string; expectedVersion: number; decision: ApprovalDecisionInput }): StoryDetail {
  return step(db, w, params, (row) => {
    assertStatus(row, 'in_review', 'review');
    const editedBy = db.select({ by: storyVersions.editedBy }).from(storyVersions).where(eq(storyVersions.id, row.currentVersionId)).get()?.by;
    if (row.authorId === w.actor.id || editedBy === w.actor.id) {
      throw new DomainError('FORBIDDEN', 'errors.selfReview', 'You wrote this story; another member of staff must review it.');
    }
    const at = w.now.toISOString();
    return params.decision.decision === 'approve'
      ? { action: 'story.approve', set: { status: 'approved', reviewedBy: w.actor.id, reviewedAt: at, reviewedVersionId: row.currentVersionId, returnReason: null } }
      : { action: 'story.return', set: { status: 'draft', reviewedBy: w.actor.id, reviewedAt: at, reviewedVersionId: null, returnReason: params.decision.reason }, detail: { reason: params.decision.reason } };
  });
}

export function publishStory(db: Db, w: Work, params: { id: string; expectedVersion: number }): StoryDetail {
  return step(db, w, params, (row) => {
    assertStatus(row, 'approved', 'publish');
    if (row.consentExpiresOn < cambodiaToday(w.now)) refuse('storyConsentExpired', 'Consent for this story has expired; record new consent first.', 'consentExpiresOn');
    return { action: 'story.publish', set: { status: 'published', publishedBy: w.actor.id, publishedAt: w.now.toISOString() } };
  });
}

/**
 * Consent withdrawn: the story leaves the public page at once, for good. No version check: nothing someone else
 * saved may hold this up. Withdrawing twice changes nothing.
 */
export function withdrawStoryConsent(db: Db, w: Work, params: { id: string }): StoryDetail {
  inTransaction(db, (tx) => {
    const row = rowOf(tx, params.id);
    if (row.status === 'withdrawn') return;
    const at = w.now.toISOString();
    tx.update(stories)
      .set({ status: 'withdrawn', consentWithdrawnAt: at, consentWithdrawnBy: w.actor.id, updatedAt: at, version: sql`${stories.version} + 1` })
      .where(eq(stories.id, row.id))
      .run();
    appendAudit(tx, { actorId: w.actor.id, portal: w.portal, action: 'story.withdrawConsent', entity: 'story', entityId: row.id, detail: { wasStatus: row.status } }, w.now);
  });
  return findStory(db, w, params.id);
}

/** The public page: published stories whose consent holds today (checked on every read, not only when published). */
export function listPublishedStories(db: Db, params: { now: Date }): PublishedStory[] {
  const today = cambodiaToday(params.now);
  return db
    .select({ row: stories, v: storyVersions, provinceNameKm: geoUnits.nameKm, provinceNameLatin: geoUnits.nameLatin })
    .from(stories)
    .innerJoin(storyVersions, eq(storyVersions.id, stories.reviewedVersionId))
    .leftJoin(geoUnits, eq(geoUnits.code, storyVersions.provinceCode))
    .where(and(eq(stories.status, 'published'), isNull(stories.consentWithdrawnAt), isNull(stories.archivedAt), gte(stories.consentExpiresOn, today)))
    .orderBy(desc(stories.publishedAt))
    .all()
    .map(({ row, v, provinceNameKm, provinceNameLatin }) => ({
      id: row.id,
      locale: v.locale as Locale,
      title: v.title,
      pseudonym: v.pseudonym,
      provinceCode: v.provinceCode,
      provinceNameKm,
      provinceNameLatin,
      body: v.body,
      // The day only (Cambodia): the minute a story went out says more than supporters need.
      publishedAt: row.publishedAt ? cambodiaToday(new Date(row.publishedAt)) : '',
    }));
}
