// Delivers the mail outbox through the admin's SMTP server (nodemailer), and runs the alert timers: the overdue
// first-contact sweep, the daily digests, volunteers' shift reminders and the delivery. A failed send stays in the
// outbox for a later attempt.
import nodemailer from 'nodemailer';
import { dueOutboxMessages, findSmtpSettings, markEmailFailed, markEmailSent, queueDailyDigests, queueShiftReminders, sweepOverdueFirstContacts, type Db, type SmtpConnection } from '@kruosar/db';

function transportFor(settings: SmtpConnection) {
  return nodemailer.createTransport({
    host: settings.host,
    port: settings.port,
    // 'tls': TLS from the first byte (465); 'starttls': refuse a server that cannot upgrade; 'none': never upgrade.
    secure: settings.security === 'tls',
    requireTLS: settings.security === 'starttls',
    ignoreTLS: settings.security === 'none',
    // A mail server that does not answer must not hold the timer for minutes.
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  });
}

/**
 * Sends every message due at `now`. Nothing is sent (and nothing is lost) while no mail server is set. Each
 * message is marked on its own, so one refused address does not hold back the others.
 */
export async function deliverOutbox(db: Db, now: Date): Promise<{ sent: number; failed: number }> {
  const settings = findSmtpSettings(db);
  if (!settings) return { sent: 0, failed: 0 };
  const due = dueOutboxMessages(db, now);
  if (due.length === 0) return { sent: 0, failed: 0 };
  const transport = transportFor(settings);
  let sent = 0;
  let failed = 0;
  try {
    for (const message of due) {
      try {
        await transport.sendMail({ from: settings.sender, to: message.toAddress, subject: message.subject, text: message.body.replaceAll('{portal}', settings.portalUrl) });
        markEmailSent(db, message.id, now);
        sent++;
      } catch (error) {
        markEmailFailed(db, message.id, error instanceof Error ? error.message : String(error), now);
        failed++;
      }
    }
  } finally {
    transport.close();
  }
  return { sent, failed };
}

export type AlertTimers = { stop: () => void };

/**
 * Sweeps and digests at start and every `sweepSeconds`; delivers due mail every `deliverSeconds`. Runs never
 * overlap: a slow mail server delays the next delivery rather than sending a message twice.
 */
export function startAlertTimers(db: Db, options: { sweepSeconds: number; deliverSeconds: number; onError: (error: unknown) => void }): AlertTimers {
  const sweep = () => {
    try {
      const now = new Date();
      sweepOverdueFirstContacts(db, now);
      queueDailyDigests(db, now);
      queueShiftReminders(db, now);
    } catch (error) {
      options.onError(error);
    }
  };
  let delivering = false;
  const deliver = async () => {
    if (delivering) return;
    delivering = true;
    try {
      await deliverOutbox(db, new Date());
    } catch (error) {
      options.onError(error);
    } finally {
      delivering = false;
    }
  };
  sweep();
  const sweepTimer = setInterval(sweep, options.sweepSeconds * 1000).unref();
  const deliverTimer = setInterval(() => void deliver(), options.deliverSeconds * 1000).unref();
  return {
    stop: () => {
      clearInterval(sweepTimer);
      clearInterval(deliverTimer);
    },
  };
}
