// Feedback and complaints: recorded by staff or sent from the hive form, answered and closed. Complaints about
// staff are seen and handled by safeguarding leads only: every read and write checks it here, on the server.
import { alias } from 'drizzle-orm/sqlite-core';
import { and, asc, desc, eq, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import {
  addDays,
  assertAnswerDate,
  assertFeedbackStatusChange,
  DomainError,
  FEEDBACK_ANSWER_DAYS,
  feedbackKindsFor,
  isFeedbackOverdue,
  mayHandleFeedback,
  notFound,
  type AnswerWay,
  type FeedbackAnswerInput,
  type FeedbackChannel,
  type FeedbackCloseInput,
  type FeedbackFrom,
  type FeedbackHandler,
  type FeedbackInput,
  type FeedbackItem,
  type FeedbackKind,
  type FeedbackListInput,
  type FeedbackStatus,
  type HiveFeedbackInput,
  type HiveFeedbackReceipt,
  type VoiceWork,
} from '@kruosar/domain';
import type { Db } from '../client';
import { inTransaction } from '../client';
import { feedback, users } from '../schema/index';
import { appendAudit } from './audit';
import { todayIn, type Work } from './case-workflow';
import { countChildVoicesToReview } from './child-voices';
import { updateVersioned } from './versioned';

const recordedBy = alias(users, 'fb_recorded_by');
const answeredBy = alias(users, 'fb_answered_by');

/** The person as a feedback handler: their role and whether an administrator made them a safeguarding lead. */
export function feedbackHandlerOf(db: Db, actor: Work['actor']): FeedbackHandler {
  const row = db.select({ lead: users.safeguardingLead }).from(users).where(and(eq(users.id, actor.id), isNull(users.archivedAt))).get();
  return { role: actor.role, safeguardingLead: row?.lead === true };
}

/**
 * What this person may see: the kinds they handle; outside safeguarding leads and administrators, general feedback
 * from the hive only of their own communes (staff-recorded feedback names no commune and is seen by all case staff).
 */
function visibleWhere(who: FeedbackHandler, actor: Work['actor']): SQL {
  const kinds = feedbackKindsFor(who);
  if (kinds.length === 0) return sql`0`;
  const ofKinds = inArray(feedback.kind, kinds);
  if (who.safeguardingLead || actor.role === 'admin') return ofKinds;
  const communes = actor.communeCodes.length ? or(isNull(feedback.communeCode), inArray(feedback.communeCode, actor.communeCodes)) : isNull(feedback.communeCode);
  return and(ofKinds, communes)!;
}

type Joined = { f: typeof feedback.$inferSelect; recordedByName: string | null; answeredByName: string | null };

function toItem(r: Joined, today: string): FeedbackItem {
  const { f } = r;
  const status = f.status as FeedbackStatus;
  return {
    id: f.id,
    version: f.version,
    kind: f.kind as FeedbackKind,
    channel: f.channel as FeedbackChannel,
    from: f.fromWho as FeedbackFrom,
    words: f.words,
    concerns: f.concerns,
    answerWay: f.answerWay as AnswerWay,
    contactConsent: f.contactConsent,
    contact: f.contact,
    receivedOn: f.receivedOn,
    communeCode: f.communeCode,
    recordedByName: r.recordedByName,
    status,
    answer: f.answer,
    answeredOn: f.answeredOn,
    answeredByName: r.answeredByName,
    closedOn: f.closedOn,
    overdue: isFeedbackOverdue({ status, receivedOn: f.receivedOn }, today),
  };
}

function selectItems(db: Db) {
  return db
    .select({ f: feedback, recordedByName: recordedBy.displayName, answeredByName: answeredBy.displayName })
    .from(feedback)
    .leftJoin(recordedBy, eq(recordedBy.id, feedback.recordedById))
    .leftJoin(answeredBy, eq(answeredBy.id, feedback.answeredById));
}

function audit(db: Db, w: Work, action: string, id: string, detail: Record<string, unknown>) {
  appendAudit(db, { actorId: w.actor.id, portal: w.portal, action, entity: 'feedback', entityId: id, detail }, w.now);
}

/** Feedback this person may see, waiting ones first, then newest. */
export function listFeedback(db: Db, w: Work, input: FeedbackListInput): FeedbackItem[] {
  const who = feedbackHandlerOf(db, w.actor);
  const today = todayIn(w.now);
  return selectItems(db)
    .where(and(visibleWhere(who, w.actor), input.status ? eq(feedback.status, input.status) : undefined))
    .orderBy(sql`case ${feedback.status} when 'received' then 0 when 'answered' then 1 else 2 end`, desc(feedback.receivedOn), desc(feedback.createdAt))
    .limit(200)
    .all()
    .map((r) => toItem(r, today));
}

/** One, if this person may see it; a complaint about staff is NOT_FOUND for anyone but a safeguarding lead. */
function visibleRow(db: Db, w: Work, id: string) {
  const who = feedbackHandlerOf(db, w.actor);
  const row = db.select().from(feedback).where(eq(feedback.id, id)).get();
  if (!row || !mayHandleFeedback(row.kind as FeedbackKind, who)) throw notFound('Feedback');
  const visible = db.select({ id: feedback.id }).from(feedback).where(and(eq(feedback.id, id), visibleWhere(who, w.actor))).get();
  if (!visible) throw notFound('Feedback');
  return row;
}

export function findFeedback(db: Db, w: Work, id: string): FeedbackItem {
  visibleRow(db, w, id);
  return toItem(selectItems(db).where(eq(feedback.id, id)).get()!, todayIn(w.now));
}

/** Recorded by staff for a child or family (by phone or in person). */
export function recordFeedback(db: Db, w: Work, input: FeedbackInput): FeedbackItem {
  if (input.receivedOn > todayIn(w.now)) throw new DomainError('INVALID', 'errors.dateInFuture', 'Date received cannot be after today', 'receivedOn');
  return inTransaction(db, (tx) => {
    const id = randomUUID();
    const at = w.now.toISOString();
    tx.insert(feedback)
      .values({
        id,
        kind: input.kind,
        channel: input.channel,
        fromWho: input.from,
        words: input.words,
        concerns: input.concerns,
        answerWay: input.answerWay,
        contactConsent: input.contactConsent,
        contact: input.contactConsent ? input.contact : '',
        receivedOn: input.receivedOn,
        communeCode: null,
        recordedById: w.actor.id,
        status: 'received',
        createdAt: at,
        updatedAt: at,
      })
      .run();
    audit(tx, w, 'feedback.record', id, { kind: input.kind, channel: input.channel });
    return toItem(selectItems(tx).where(eq(feedback.id, id)).get()!, todayIn(w.now));
  });
}

/** Sent from the hive form; stored once per phone-made id (a resend answers alreadyReceived). */
export function submitHiveFeedback(db: Db, params: { volunteerId: string; volunteerCommunes: readonly string[]; input: HiveFeedbackInput; portal: string; now: Date }): HiveFeedbackReceipt {
  const { input, now } = params;
  return inTransaction(db, (tx) => {
    const existing = tx.select().from(feedback).where(eq(feedback.id, input.id)).get();
    if (existing) {
      if (existing.recordedById === params.volunteerId && existing.words === input.words && existing.kind === input.kind) {
        return { id: existing.id, status: existing.status as FeedbackStatus, alreadyReceived: true };
      }
      throw new DomainError('CONFLICT', 'errors.needReplayDifferent', 'Different feedback was already sent with this id; nothing was changed', 'id');
    }
    const at = now.toISOString();
    tx.insert(feedback)
      .values({
        id: input.id,
        kind: input.kind,
        channel: 'hive_form',
        fromWho: input.from,
        words: input.words,
        concerns: input.concerns,
        answerWay: input.answerWay,
        contactConsent: input.contactConsent,
        contact: input.contactConsent ? input.contact : '',
        receivedOn: todayIn(now),
        communeCode: params.volunteerCommunes[0] ?? null,
        recordedById: params.volunteerId,
        status: 'received',
        createdAt: at,
        updatedAt: at,
      })
      .run();
    appendAudit(tx, { actorId: params.volunteerId, portal: params.portal, action: 'feedback.submit', entity: 'feedback', entityId: input.id, detail: { kind: input.kind } }, now);
    return { id: input.id, status: 'received', alreadyReceived: false };
  });
}

/** The answer given to the child or family, and when. */
export function answerFeedback(db: Db, w: Work, input: FeedbackAnswerInput): FeedbackItem {
  return inTransaction(db, (tx) => {
    const row = visibleRow(tx, w, input.id);
    assertFeedbackStatusChange(row.status as FeedbackStatus, 'answered');
    assertAnswerDate(row.receivedOn, input.answeredOn, todayIn(w.now));
    updateVersioned(tx, {
      table: feedback,
      id: row.id,
      expectedVersion: input.expectedVersion,
      set: { status: 'answered', answer: input.answer, answeredOn: input.answeredOn, answeredById: w.actor.id, updatedAt: w.now.toISOString() },
      what: 'The feedback',
    });
    audit(tx, w, 'feedback.answer', row.id, { kind: row.kind });
    return toItem(selectItems(tx).where(eq(feedback.id, row.id)).get()!, todayIn(w.now));
  });
}

export function closeFeedback(db: Db, w: Work, input: FeedbackCloseInput): FeedbackItem {
  return inTransaction(db, (tx) => {
    const row = visibleRow(tx, w, input.id);
    assertFeedbackStatusChange(row.status as FeedbackStatus, 'closed');
    updateVersioned(tx, { table: feedback, id: row.id, expectedVersion: input.expectedVersion, set: { status: 'closed', closedOn: todayIn(w.now), updatedAt: w.now.toISOString() }, what: 'The feedback' });
    audit(tx, w, 'feedback.close', row.id, { kind: row.kind });
    return toItem(selectItems(tx).where(eq(feedback.id, row.id)).get()!, todayIn(w.now));
  });
}

/**
 * For My work: complaints not answered after FEEDBACK_ANSWER_DAYS (to safeguarding leads and supervisors, each the
 * kinds they may see), and how many "could not be asked" wait for this supervisor.
 */
export function findVoiceWork(db: Db, w: Work): VoiceWork {
  const who = feedbackHandlerOf(db, w.actor);
  const chases = who.safeguardingLead || w.actor.role === 'supervisor' || w.actor.role === 'admin';
  const lastOnTime = addDays(todayIn(w.now), -FEEDBACK_ANSWER_DAYS);
  const overdue = chases
    ? db
        .select({ id: feedback.id, kind: feedback.kind, receivedOn: feedback.receivedOn })
        .from(feedback)
        .where(and(visibleWhere(who, w.actor), eq(feedback.status, 'received'), sql`${feedback.receivedOn} < ${lastOnTime}`))
        .orderBy(asc(feedback.receivedOn))
        .limit(20)
        .all()
        .map((r) => ({ id: r.id, kind: r.kind as FeedbackKind, receivedOn: r.receivedOn }))
    : [];
  return { overdueFeedback: overdue, voicesToReview: countChildVoicesToReview(db, w) };
}
