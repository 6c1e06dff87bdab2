// My work (the staff home), in-app notifications, each person's mail preferences and the admin's mail server.
import { z } from 'zod';
import { EmailPreferencesInput, MyWork, Notification, SmtpSettings, SmtpSettingsInput, staffRoles } from '@kruosar/domain';
import {
  countUnreadNotifications,
  findEmailPreferences,
  findMyWork,
  findOutboxStatus,
  findSmtpSettings,
  listNotifications,
  markNotificationsRead,
  saveEmailPreferences,
  saveSmtpSettings,
} from '@kruosar/db';
import { procedureFor, router } from '../trpc';
import { workOf } from './case-work';

const Cursor = z.object({ createdAt: z.string().max(40), id: z.string().max(64) });
const EmailPreferences = z.object({ email: z.string(), dailyDigest: z.boolean() });
const Unread = z.object({ unread: z.number().int() });

export const myWorkRouter = router({
  /** Everything waiting for the signed-in person, each list the soonest first and limited, with its full count. */
  get: procedureFor(...staffRoles)
    .input(z.void())
    .output(MyWork)
    .query(({ ctx }) => findMyWork(ctx.db, workOf(ctx))),
});

export const notificationsRouter = router({
  list: procedureFor(...staffRoles)
    .input(z.object({ limit: z.number().int().min(1).max(100).default(30), cursor: Cursor.nullable().default(null) }))
    .output(z.object({ items: z.array(Notification), next: Cursor.nullable() }))
    .query(({ ctx, input }) => listNotifications(ctx.db, workOf(ctx), { limit: input.limit, after: input.cursor })),
  /** The header's badge: polled, so one small indexed count. */
  unreadCount: procedureFor(...staffRoles)
    .input(z.void())
    .output(Unread)
    .query(({ ctx }) => ({ unread: countUnreadNotifications(ctx.db, workOf(ctx)) })),
  markRead: procedureFor(...staffRoles)
    .input(z.object({ ids: z.union([z.array(z.string().max(64)).min(1).max(100), z.literal('all')]) }))
    .output(Unread)
    .mutation(({ ctx, input }) => markNotificationsRead(ctx.db, workOf(ctx), input)),
  emailPreferences: procedureFor(...staffRoles)
    .input(z.void())
    .output(EmailPreferences.nullable())
    .query(({ ctx }) => findEmailPreferences(ctx.db, workOf(ctx))),
  saveEmailPreferences: procedureFor(...staffRoles)
    .input(EmailPreferencesInput)
    .output(EmailPreferences)
    .mutation(({ ctx, input }) => saveEmailPreferences(ctx.db, workOf(ctx), input)),
});

export const mailSettingsRouter = router({
  /** The mail server and how the outbox is doing (waiting, sent, given up, the last error). */
  get: procedureFor('admin')
    .input(z.void())
    .output(z.object({ settings: SmtpSettings.nullable(), outbox: z.object({ waiting: z.number().int(), sent: z.number().int(), failed: z.number().int(), lastError: z.string().nullable() }) }))
    .query(({ ctx }) => ({ settings: findSmtpSettings(ctx.db), outbox: findOutboxStatus(ctx.db) })),
  save: procedureFor('admin')
    .input(SmtpSettingsInput)
    .output(SmtpSettings)
    .mutation(({ ctx, input }) => saveSmtpSettings(ctx.db, workOf(ctx), input)),
});
