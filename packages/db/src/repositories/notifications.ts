// In-app notifications: written inside the transaction of the event they report, read by their owner only.
import { randomUUID } from 'node:crypto';
import { and, desc, eq, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import { highRiskAssignmentMail, highRiskBulkAssignmentMail, referenceSummary, type Notification, type NotificationKind } from '@kruosar/domain';
import type { Db } from '../client';
import { inTransaction } from '../client';
import { cases, notifications, staffEmailPreferences, userCommunes, users } from '../schema/index';
import { enqueueEmail } from './email-outbox';
import type { Work } from './case-workflow';

export type NotifyParams = {
  userId: string;
  kind: NotificationKind;
  caseId: string | null;
  link: string;
  detail: Record<string, string>;
  /** One notification per event and person: a repeated event (a sweep run twice) adds nothing. */
  dedupeKey: string;
};

/** Adds the notification unless this person already has one with the same key. Returns whether it was added. */
export function notify(db: Db, params: NotifyParams, now: Date): boolean {
  const exists = db
    .select({ id: notifications.id })
    .from(notifications)
    .where(and(eq(notifications.userId, params.userId), eq(notifications.dedupeKey, params.dedupeKey)))
    .get();
  if (exists) return false;
  db.insert(notifications).values({ id: randomUUID(), ...params, createdAt: now.toISOString() }).run();
  return true;
}

const caseLink = (caseId: string, tab?: string) => `/cases/${caseId}${tab ? `/${tab}` : ''}`;
const dueWords = (iso: string) => `${iso.slice(0, 16).replace('T', ' ')} UTC`;

/** Live supervisors working in a commune: told about new high-risk cases and overdue first contacts there. */
function supervisorsOf(db: Db, communeCode: string): string[] {
  return db
    .select({ id: users.id })
    .from(users)
    .innerJoin(userCommunes, and(eq(userCommunes.userId, users.id), eq(userCommunes.communeCode, communeCode)))
    .where(and(eq(users.role, 'supervisor'), isNull(users.archivedAt)))
    .all()
    .map((r) => r.id);
}

type CaseFacts = { id: string; reference: string; riskLevel: string; communeCode: string; firstContactDueAt: string };

/**
 * A case was given to someone (at intake, by transfer or bulk assignment). They are told in the app; a high-risk
 * case also goes out by mail at once, if they gave an address, because its first contact is due within a day.
 */
export function notifyAssignment(db: Db, params: { c: CaseFacts; toUserId: string; actorId: string; now: Date }): void {
  const { c, toUserId, now } = params;
  if (toUserId === params.actorId) return;
  const link = caseLink(c.id);
  const added = notify(db, { userId: toUserId, kind: 'case_assigned', caseId: c.id, link, detail: { reference: c.reference, riskLevel: c.riskLevel }, dedupeKey: `case_assigned:${c.id}:${now.toISOString()}` }, now);
  if (!added || c.riskLevel !== 'high') return;
  const to = db
    .select({ email: staffEmailPreferences.email, locale: users.locale })
    .from(staffEmailPreferences)
    .innerJoin(users, eq(users.id, staffEmailPreferences.userId))
    .where(eq(staffEmailPreferences.userId, toUserId))
    .get();
  if (!to) return;
  // The portal's address is added when the mail is sent (the admin's setting), so a changed address applies to mail still waiting.
  const mail = highRiskAssignmentMail({ reference: c.reference, dueAt: dueWords(c.firstContactDueAt), link: `{portal}/staff${link}`, locale: to.locale });
  enqueueEmail(db, { toAddress: to.email, kind: 'high_risk_assignment', ...mail }, now);
}

/**
 * Several cases given to one person at once (a bulk assignment): one notification summarising them, linking to their
 * caseload, and at most one mail listing the high-risk ones; not one of each per case.
 */
export function notifyBulkAssignment(db: Db, params: { cases: CaseFacts[]; toUserId: string; actorId: string; now: Date }): void {
  const { toUserId, now } = params;
  if (toUserId === params.actorId || params.cases.length === 0) return;
  if (params.cases.length === 1) return notifyAssignment(db, { c: params.cases[0]!, toUserId, actorId: params.actorId, now });
  const sorted = [...params.cases].sort((a, b) => a.reference.localeCompare(b.reference));
  const high = sorted.filter((c) => c.riskLevel === 'high');
  const link = `/cases?worker=${toUserId}`;
  const detail = { total: String(sorted.length), references: referenceSummary(sorted.map((c) => c.reference)), highRisk: String(high.length) };
  const added = notify(db, { userId: toUserId, kind: 'cases_assigned', caseId: null, link, detail, dedupeKey: `cases_assigned:${toUserId}:${now.toISOString()}` }, now);
  if (!added || high.length === 0) return;
  const to = db
    .select({ email: staffEmailPreferences.email, locale: users.locale })
    .from(staffEmailPreferences)
    .innerJoin(users, eq(users.id, staffEmailPreferences.userId))
    .where(eq(staffEmailPreferences.userId, toUserId))
    .get();
  if (!to) return;
  if (high.length === 1) {
    const c = high[0]!;
    const mail = highRiskAssignmentMail({ reference: c.reference, dueAt: dueWords(c.firstContactDueAt), link: `{portal}/staff${caseLink(c.id)}`, locale: to.locale });
    return void enqueueEmail(db, { toAddress: to.email, kind: 'high_risk_assignment', ...mail }, now);
  }
  const soonest = high.map((c) => c.firstContactDueAt).sort()[0]!;
  const mail = highRiskBulkAssignmentMail({ references: high.map((c) => c.reference), soonestDueAt: dueWords(soonest), link: `{portal}/staff${link}`, locale: to.locale });
  enqueueEmail(db, { toAddress: to.email, kind: 'high_risk_assignment', ...mail }, now);
}

/** A new high-risk case: the commune's supervisors hear of it (not the person who registered it). */
export function notifyHighRiskCase(db: Db, params: { c: CaseFacts; actorId: string; now: Date }): void {
  const { c, now } = params;
  if (c.riskLevel !== 'high') return;
  for (const userId of supervisorsOf(db, c.communeCode)) {
    if (userId === params.actorId) continue;
    notify(db, { userId, kind: 'high_risk_case', caseId: c.id, link: caseLink(c.id), detail: { reference: c.reference }, dedupeKey: `high_risk_case:${c.id}` }, now);
  }
}

/** A supervisor decided on an assessment, plan or closure: the person who submitted it hears the outcome. */
export function notifyDecision(
  db: Db,
  params: { recordKind: 'assessment' | 'case_plan' | 'closure'; recordId: string; caseId: string; submittedById: string | null; actorId: string; returned: boolean; reason: string | null; now: Date },
): void {
  const { submittedById, now } = params;
  if (!submittedById || submittedById === params.actorId) return;
  const c = db.select({ reference: cases.reference }).from(cases).where(eq(cases.id, params.caseId)).get();
  const tab = params.recordKind === 'case_plan' ? 'case-plan' : params.recordKind;
  const detail: Record<string, string> = { reference: c?.reference ?? '', record: params.recordKind };
  if (params.returned && params.reason) detail.reason = params.reason;
  notify(
    db,
    {
      userId: submittedById,
      kind: params.returned ? 'work_returned' : 'work_approved',
      caseId: params.caseId,
      link: caseLink(params.caseId, tab),
      detail,
      dedupeKey: `decision:${params.recordId}:${now.toISOString()}`,
    },
    now,
  );
}

/** A colleague referred a case to this person. */
export function notifyReferral(db: Db, params: { referralId: string; caseId: string; reference: string; toUserId: string; actorId: string; now: Date }): void {
  if (params.toUserId === params.actorId) return;
  notify(db, { userId: params.toUserId, kind: 'referral_received', caseId: params.caseId, link: '/referrals', detail: { reference: params.reference }, dedupeKey: `referral:${params.referralId}` }, params.now);
}

/**
 * Open cases past their first-contact target with no contact yet: the assigned caseworker and the commune's
 * supervisors are told, once per case. Run when the server starts and on a timer. Returns notifications added.
 */
export function sweepOverdueFirstContacts(db: Db, now: Date): number {
  return inTransaction(db, (tx) => {
    const overdue = tx
      .select({ id: cases.id, reference: cases.reference, communeCode: cases.communeCode, assignedTo: cases.assignedTo })
      .from(cases)
      .where(
        and(
          isNull(cases.firstContactAt),
          isNull(cases.archivedAt),
          eq(cases.status, 'open'),
          lt(cases.firstContactDueAt, now.toISOString()),
          // Cases already reported are skipped in SQL, so a sweep over a large caseload reads only the new ones.
          sql`not exists (select 1 from ${notifications} where ${notifications.dedupeKey} = 'first_contact_overdue:' || ${cases.id})`,
        ),
      )
      .all();
    let added = 0;
    for (const c of overdue) {
      const people = new Set([...(c.assignedTo ? [c.assignedTo] : []), ...supervisorsOf(tx, c.communeCode)]);
      for (const userId of people) {
        if (notify(tx, { userId, kind: 'first_contact_overdue', caseId: c.id, link: caseLink(c.id), detail: { reference: c.reference }, dedupeKey: `first_contact_overdue:${c.id}` }, now)) added++;
      }
    }
    return added;
  });
}

/** Newest first, by keyset: the page after (createdAt, id) of the last one shown. */
export function listNotifications(db: Db, w: Work, params: { limit: number; after: { createdAt: string; id: string } | null }): { items: Notification[]; next: { createdAt: string; id: string } | null } {
  const after = params.after;
  const rows = db
    .select()
    .from(notifications)
    .where(
      and(
        eq(notifications.userId, w.actor.id),
        after ? or(lt(notifications.createdAt, after.createdAt), and(eq(notifications.createdAt, after.createdAt), lt(notifications.id, after.id))) : undefined,
      ),
    )
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(params.limit + 1)
    .all();
  const page = rows.slice(0, params.limit);
  const last = page.at(-1);
  return {
    items: page.map((r) => ({ id: r.id, kind: r.kind as NotificationKind, caseId: r.caseId, link: r.link, detail: r.detail, createdAt: r.createdAt, readAt: r.readAt })),
    next: rows.length > params.limit && last ? { createdAt: last.createdAt, id: last.id } : null,
  };
}

export function countUnreadNotifications(db: Db, w: Work): number {
  return db.select({ n: sql<number>`count(*)` }).from(notifications).where(and(eq(notifications.userId, w.actor.id), isNull(notifications.readAt))).get()?.n ?? 0;
}

/** Marks the given notifications (or all) read; only the person's own, so another's id changes nothing. */
export function markNotificationsRead(db: Db, w: Work, params: { ids: string[] | 'all' }): { unread: number } {
  const mine = and(eq(notifications.userId, w.actor.id), isNull(notifications.readAt));
  const which = params.ids === 'all' ? mine : and(mine, inArray(notifications.id, params.ids));
  db.update(notifications).set({ readAt: w.now.toISOString() }).where(which).run();
  return { unread: countUnreadNotifications(db, w) };
}
