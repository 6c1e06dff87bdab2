// Mail: the outbox (written with the event, delivered later with retries), the admin's mail server settings and
// each person's address and digest choice. Sending itself is the server's (nodemailer); this is only the table side.
import { randomUUID } from 'node:crypto';
import { and, asc, eq, isNull, isNotNull, lte, sql } from 'drizzle-orm';
import {
  cambodiaToday,
  dailyDigestMail,
  nextAttemptAfter,
  type EmailPreferencesInput,
  type Role,
  type SmtpSecurity,
  type SmtpSettings,
  type SmtpSettingsInput,
} from '@kruosar/domain';
import type { Db } from '../client';
import { inTransaction } from '../client';
import { emailOutbox, smtpSettings, staffEmailPreferences, userCommunes, users } from '../schema/index';
import { appendAudit } from './audit';
import type { Work } from './case-workflow';
import { findMyWork } from './my-work';

const SMTP_ID = 'smtp';

export function enqueueEmail(db: Db, mail: { toAddress: string; subject: string; body: string; kind: string }, now: Date): string {
  const id = randomUUID();
  const at = now.toISOString();
  db.insert(emailOutbox).values({ id, ...mail, createdAt: at, nextAttemptAt: at }).run();
  return id;
}

export type SmtpConnection = SmtpSettings & { portalUrl: string };

export function findSmtpSettings(db: Db): SmtpConnection | null {
  const row = db.select().from(smtpSettings).where(eq(smtpSettings.id, SMTP_ID)).get();
  if (!row) return null;
  return { host: row.host, port: row.port, security: row.security as SmtpSecurity, sender: row.sender, portalUrl: row.portalUrl, updatedAt: row.updatedAt };
}

export function saveSmtpSettings(db: Db, w: Work, input: SmtpSettingsInput & { portalUrl: string }): SmtpConnection {
  const at = w.now.toISOString();
  return inTransaction(db, (tx) => {
    const values = { host: input.host, port: input.port, security: input.security, sender: input.sender, portalUrl: input.portalUrl, updatedAt: at, updatedById: w.actor.id };
    tx.insert(smtpSettings).values({ id: SMTP_ID, ...values }).onConflictDoUpdate({ target: smtpSettings.id, set: values }).run();
    appendAudit(tx, { actorId: w.actor.id, portal: w.portal, action: 'mail.settings', entity: 'smtp_settings', entityId: SMTP_ID, detail: { host: input.host, port: input.port, security: input.security, sender: input.sender } }, w.now);
    return findSmtpSettings(tx)!;
  });
}

export function findEmailPreferences(db: Db, w: Work): { email: string; dailyDigest: boolean } | null {
  const row = db.select().from(staffEmailPreferences).where(eq(staffEmailPreferences.userId, w.actor.id)).get();
  return row ? { email: row.email, dailyDigest: row.dailyDigest } : null;
}

export function saveEmailPreferences(db: Db, w: Work, input: EmailPreferencesInput): { email: string; dailyDigest: boolean } {
  const at = w.now.toISOString();
  return inTransaction(db, (tx) => {
    tx.insert(staffEmailPreferences)
      .values({ userId: w.actor.id, email: input.email, dailyDigest: input.dailyDigest, updatedAt: at })
      .onConflictDoUpdate({ target: staffEmailPreferences.userId, set: { email: input.email, dailyDigest: input.dailyDigest, updatedAt: at } })
      .run();
    appendAudit(tx, { actorId: w.actor.id, portal: w.portal, action: 'mail.preferences', entity: 'user', entityId: w.actor.id, detail: { dailyDigest: input.dailyDigest } }, w.now);
    return { email: input.email, dailyDigest: input.dailyDigest };
  });
}

export type OutboxMessage = { id: string; toAddress: string; subject: string; body: string; attempts: number };

/** Messages whose next attempt is due, oldest first. */
export function dueOutboxMessages(db: Db, now: Date, limit = 20): OutboxMessage[] {
  return db
    .select({ id: emailOutbox.id, toAddress: emailOutbox.toAddress, subject: emailOutbox.subject, body: emailOutbox.body, attempts: emailOutbox.attempts })
    .from(emailOutbox)
    .where(and(isNull(emailOutbox.sentAt), isNull(emailOutbox.failedAt), lte(emailOutbox.nextAttemptAt, now.toISOString())))
    .orderBy(asc(emailOutbox.nextAttemptAt))
    .limit(limit)
    .all();
}

export function markEmailSent(db: Db, id: string, now: Date): void {
  db.update(emailOutbox).set({ sentAt: now.toISOString(), attempts: sql`${emailOutbox.attempts} + 1`, lastError: null }).where(eq(emailOutbox.id, id)).run();
}

/** A failed try: wait longer before the next, or give up after the last allowed attempt (kept, with its error). */
export function markEmailFailed(db: Db, id: string, error: string, now: Date): void {
  const row = db.select({ attempts: emailOutbox.attempts }).from(emailOutbox).where(eq(emailOutbox.id, id)).get();
  if (!row) return;
  const attempts = row.attempts + 1;
  const next = nextAttemptAfter(attempts, now);
  db.update(emailOutbox)
    .set({ attempts, lastError: error.slice(0, 500), ...(next ? { nextAttemptAt: next.toISOString() } : { failedAt: now.toISOString() }) })
    .where(eq(emailOutbox.id, id))
    .run();
}

export type OutboxStatus = { waiting: number; sent: number; failed: number; lastError: string | null };

export function findOutboxStatus(db: Db): OutboxStatus {
  const row = db
    .select({
      waiting: sql<number>`coalesce(sum(${emailOutbox.sentAt} is null and ${emailOutbox.failedAt} is null), 0)`,
      sent: sql<number>`coalesce(sum(${emailOutbox.sentAt} is not null), 0)`,
      failed: sql<number>`coalesce(sum(${emailOutbox.failedAt} is not null), 0)`,
    })
    .from(emailOutbox)
    .get();
  const last = db.select({ e: emailOutbox.lastError }).from(emailOutbox).where(and(isNotNull(emailOutbox.lastError), isNull(emailOutbox.sentAt))).orderBy(sql`${emailOutbox.createdAt} desc`).limit(1).get();
  return { waiting: row?.waiting ?? 0, sent: row?.sent ?? 0, failed: row?.failed ?? 0, lastError: last?.e ?? null };
}

/**
 * Queues today's digest for everyone who asked for one and has not had it today (Cambodian days). The counts are
 * My work's own, so the mail and the home page agree. Returns how many were queued.
 */
export function queueDailyDigests(db: Db, now: Date): number {
  const today = cambodiaToday(now);
  const people = db
    .select({ userId: users.id, role: users.role, locale: users.locale, email: staffEmailPreferences.email })
    .from(staffEmailPreferences)
    .innerJoin(users, eq(users.id, staffEmailPreferences.userId))
    .where(and(eq(staffEmailPreferences.dailyDigest, true), isNull(users.archivedAt), sql`coalesce(${staffEmailPreferences.lastDigestOn}, '') < ${today}`))
    .all();
  let queued = 0;
  for (const p of people) {
    inTransaction(db, (tx) => {
      const communeCodes = tx.select({ c: userCommunes.communeCode }).from(userCommunes).where(eq(userCommunes.userId, p.userId)).all().map((r) => r.c);
      const work = findMyWork(tx, { actor: { id: p.userId, role: p.role as Role, communeCodes }, portal: 'staff', now }, { audit: false });
      const mail = dailyDigestMail(
        {
          firstContactsDue: work.firstContacts.total,
          returned: work.returned.total,
          awaitingApproval: work.awaitingApproval.total,
          visitsDue: work.visits.dueSoon,
          visitsOverdue: work.visits.overdue,
          actionsDue: work.planActions.total,
          reviewsDue: work.planReviews.total,
          referrals: work.referrals.total,
          needsWaiting: work.hiveNeeds.total,
        },
        { link: '{portal}/staff/', locale: p.locale },
      );
      if (mail) {
        enqueueEmail(tx, { toAddress: p.email, kind: 'daily_digest', ...mail }, now);
        queued++;
      }
      tx.update(staffEmailPreferences).set({ lastDigestOn: today }).where(eq(staffEmailPreferences.userId, p.userId)).run();
    });
  }
  return queued;
}
