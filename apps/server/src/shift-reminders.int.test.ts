// A volunteer's shift reminder through a real SMTP server (smtp-server, on a free port): queued by the sweep 24 hours
// before the shift, once, in the volunteer's language, and delivered by the outbox.
import { afterAll, describe, expect, it } from 'vitest';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { SMTPServer } from 'smtp-server';
import { createTestDatabase } from '@kruosar/db/testing';
import { createUser, queueShiftReminders, saveSmtpSettings, schema } from '@kruosar/db';
import { deliverOutbox } from './mail';

async function startSmtp(): Promise<{ server: SMTPServer; port: number; received: { to: string[]; raw: string }[] }> {
  const received: { to: string[]; raw: string }[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString('utf8') });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.server.address() as AddressInfo).port, received };
}

describe('shift reminders', () => {
  const { db, cleanup } = createTestDatabase();
  afterAll(cleanup);
  const created = new Date('2026-12-01T00:00:00.000Z');
  const admin = createUser(db, { username: 'admin', displayName: 'Admin', role: 'admin', locale: 'en', communeCodes: [], passwordHash: 'x' }, created);
  const volunteer = (username: string, locale: 'en' | 'km', email: string | null) => {
    const user = createUser(db, { username, displayName: username, role: 'volunteer', locale, communeCodes: [], passwordHash: 'x' }, created);
    if (email) db.insert(schema.staffEmailPreferences).values({ userId: user.id, email, dailyDigest: false, updatedAt: created.toISOString() }).run();
    return user;
  };
  const dara = volunteer('dara', 'km', 'dara@example.org');
  const bopha = volunteer('bopha', 'en', 'bopha@example.org');
  const noMail = volunteer('nomail', 'en', null);
  // Reading club on 6 December, 08:00 in Cambodia = 01:00 UTC.
  const shiftId = randomUUID();
  db.insert(schema.volunteerOpportunities)
    .values({ id: shiftId, title: 'Reading club', communeCode: '020303', shiftDate: '2026-12-06', startTime: '08:00', endTime: '11:30', capacity: 5, nearChildren: true, createdBy: admin.id, createdAt: created.toISOString(), updatedAt: created.toISOString() })
    .run();
  const signUp = (volunteerId: string, status: 'confirmed' | 'pending_safeguarding') =>
    db.insert(schema.volunteerSignups).values({ id: randomUUID(), opportunityId: shiftId, volunteerId, status, createdAt: created.toISOString(), updatedAt: created.toISOString() }).run();
  signUp(dara.id, 'confirmed');
  signUp(bopha.id, 'pending_safeguarding');
  signUp(noMail.id, 'confirmed');

  it('queues nothing earlier than 24 hours before, then one reminder a confirmed place, once, delivered in Khmer', async () => {
    expect(queueShiftReminders(db, new Date('2026-12-05T00:59:00.000Z'))).toBe(0);
    const due = new Date('2026-12-05T01:30:00.000Z');
    // Only Dara: Bopha's place waits for safeguarding, and the third volunteer has no address.
    expect(queueShiftReminders(db, due)).toBe(1);
    expect(queueShiftReminders(db, new Date('2026-12-05T02:30:00.000Z'))).toBe(0);
    const outbox = db.select().from(schema.emailOutbox).all();
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({ toAddress: 'dara@example.org', kind: 'shift_reminder' });

    const smtp = await startSmtp();
    try {
      saveSmtpSettings(db, { actor: { id: admin.id, role: 'admin', communeCodes: [] }, portal: 'staff', now: due }, { host: '127.0.0.1', port: smtp.port, security: 'none', sender: 'kruosar@example.org', portalUrl: 'https://kruosar.example.org' });
      expect(await deliverOutbox(db, due)).toEqual({ sent: 1, failed: 0 });
      expect(smtp.received).toHaveLength(1);
      expect(smtp.received[0]!.to).toEqual(['dara@example.org']);
      // Khmer subject, encoded for mail; decoded it is the Khmer reminder.
      const subject = /^Subject: (.+(?:\r\n .+)*)/m.exec(smtp.received[0]!.raw)![1]!.replace(/\r\n /g, ' ');
      const decoded = subject.replace(/=\?UTF-8\?B\?([^?]+)\?=\s?/gi, (_, b64: string) => Buffer.from(b64, 'base64').toString('utf8'));
      expect(decoded).toContain('ការរំលឹក');
      const raw = smtp.received[0]!.raw;
      const body = Buffer.from(raw.slice(raw.indexOf('\r\n\r\n') + 4), 'base64').toString('utf8');
      expect(body).toContain('ពេលវេលា៖ ០៦/១២/២០២៦ ០៨:០០–១១:៣០');
      expect(body).toContain('https://kruosar.example.org/supporters/volunteer');
      expect(await deliverOutbox(db, due)).toEqual({ sent: 0, failed: 0 });
    } finally {
      await new Promise<void>((resolve) => smtp.server.close(() => resolve()));
    }
  });

  it('sends none for a cancelled shift or once the shift has started', () => {
    const late = randomUUID();
    db.insert(schema.volunteerOpportunities)
      .values({ id: late, title: 'Cancelled club', communeCode: '020303', shiftDate: '2026-12-06', startTime: '09:00', endTime: '10:00', capacity: 5, nearChildren: false, cancelledAt: created.toISOString(), createdBy: admin.id, createdAt: created.toISOString(), updatedAt: created.toISOString() })
      .run();
    db.insert(schema.volunteerSignups).values({ id: randomUUID(), opportunityId: late, volunteerId: bopha.id, status: 'confirmed', createdAt: created.toISOString(), updatedAt: created.toISOString() }).run();
    expect(queueShiftReminders(db, new Date('2026-12-05T03:00:00.000Z'))).toBe(0);
  });
});
