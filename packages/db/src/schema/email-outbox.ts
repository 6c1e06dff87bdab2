import { sql } from 'drizzle-orm';
import { integer, index, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { id } from './columns';

/**
 * Mail waiting to be sent. A message is written here in the same transaction as the event it reports, and a
 * sender delivers it later, retrying with a growing wait: a mail server that is down loses nothing.
 */
export const emailOutbox = sqliteTable(
  'email_outbox',
  {
    id: id(),
    toAddress: text('to_address').notNull(),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    kind: text('kind').notNull(),
    createdAt: text('created_at').notNull(),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: text('next_attempt_at').notNull(),
    lastError: text('last_error'),
    sentAt: text('sent_at'),
    /** Set after the last allowed attempt fails; the admin's screen shows it. */
    failedAt: text('failed_at'),
  },
  (t) => [index('email_outbox_due_idx').on(t.nextAttemptAt).where(sql`sent_at is null and failed_at is null`)],
);

/** The organisation's mail server, set by an admin. One row (id 'smtp'); no row means mail is off. */
export const smtpSettings = sqliteTable('smtp_settings', {
  id: text('id').primaryKey(),
  host: text('host').notNull(),
  port: integer('port').notNull(),
  /** 'tls' connects over TLS at once (465), 'starttls' upgrades a plain connection, 'none' only on a private network. */
  security: text('security').notNull(),
  sender: text('sender').notNull(),
  /** The portals' public address (https://kruosar.example.org): links in mail start with it. */
  portalUrl: text('portal_url').notNull().default(''),
  updatedAt: text('updated_at').notNull(),
  updatedById: text('updated_by_id'),
});

/** A person's mail address (staff, or a volunteer for shift reminders) and whether they want the daily digest (staff). */
export const staffEmailPreferences = sqliteTable('staff_email_preferences', {
  userId: text('user_id').primaryKey(),
  email: text('email').notNull(),
  dailyDigest: integer('daily_digest', { mode: 'boolean' }).notNull().default(false),
  /** The Cambodian date of the last digest queued, so one goes out a day. */
  lastDigestOn: text('last_digest_on'),
  updatedAt: text('updated_at').notNull(),
});
