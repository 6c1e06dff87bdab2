// The outbox against a real SMTP server (smtp-server, on a free port): delivered, then with the server down the
// message waits and is delivered by a later attempt once the server is back.
import { afterAll, describe, expect, it } from 'vitest';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { createTestDatabase } from '@kruosar/db/testing';
import { battambangDemoUnits, bulkAssignCases, createUser, enqueueEmail, findOutboxStatus, registerCase, saveEmailPreferences, saveSmtpSettings, schema, upsertGeoUnits } from '@kruosar/db';
import { CaseRegisterInput } from '@kruosar/domain';
import { deliverOutbox } from './mail';

type Received = { from: string; to: string[]; raw: string };

/** An SMTP server that keeps what it receives; `port` 0 takes a free one. */
async function startSmtp(port = 0): Promise<{ server: SMTPServer; port: number; received: Received[] }> {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push({ from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '', to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString('utf8') });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { server, port: (server.server.address() as AddressInfo).port, received };
}
const stopSmtp = (server: SMTPServer) => new Promise<void>((resolve) => server.close(() => resolve()));

describe('mail outbox delivery', () => {
  const { db, cleanup } = createTestDatabase();
  afterAll(cleanup);
  const admin = createUser(db, { username: 'admin', displayName: 'Admin', role: 'admin', locale: 'en', communeCodes: [], passwordHash: 'x' }, new Date());
  const work = (now: Date) => ({ actor: { id: admin.id, role: 'admin' as const, communeCodes: [] }, portal: 'staff', now });
  const rows = () => db.select().from(schema.emailOutbox).all();

  it('keeps mail while no server is set, then delivers it with the portal address in its links', async () => {
    const t0 = new Date('2026-11-21T09:00:00.000Z');
    enqueueEmail(db, { toAddress: 'dalin@example.org', subject: 'High-risk case KR-1', body: 'Open the case: {portal}/staff/cases/1', kind: 'high_risk_assignment' }, t0);
    expect(await deliverOutbox(db, t0)).toEqual({ sent: 0, failed: 0 });
    const smtp = await startSmtp();
    try {
      saveSmtpSettings(db, work(t0), { host: '127.0.0.1', port: smtp.port, security: 'none', sender: 'kruosar@example.org', portalUrl: 'https://kruosar.example.org' });
      expect(await deliverOutbox(db, t0)).toEqual({ sent: 1, failed: 0 });
      expect(smtp.received).toHaveLength(1);
      expect(smtp.received[0]).toMatchObject({ from: 'kruosar@example.org', to: ['dalin@example.org'] });
      expect(smtp.received[0]!.raw).toContain('Subject: High-risk case KR-1');
      expect(smtp.received[0]!.raw).toContain('https://kruosar.example.org/staff/cases/1');
      expect(rows()[0]).toMatchObject({ attempts: 1, lastError: null });
      expect(rows()[0]!.sentAt).not.toBeNull();
      // Sent once: a second run finds nothing due.
      expect(await deliverOutbox(db, t0)).toEqual({ sent: 0, failed: 0 });
    } finally {
      await stopSmtp(smtp.server);
    }
  });

  it('loses nothing while the server is down: the message is retried later and delivered once it is back', async () => {
    const t0 = new Date('2026-11-22T09:00:00.000Z');
    const smtp = await startSmtp();
    const port = smtp.port;
    saveSmtpSettings(db, work(t0), { host: '127.0.0.1', port, security: 'none', sender: 'kruosar@example.org', portalUrl: '' });
    await stopSmtp(smtp.server);
    const id = enqueueEmail(db, { toAddress: 'sreymom@example.org', subject: 'Digest', body: 'Visits overdue: 2', kind: 'daily_digest' }, t0);
    expect(await deliverOutbox(db, t0)).toEqual({ sent: 0, failed: 1 });
    const failed = rows().find((r) => r.id === id)!;
    expect(failed).toMatchObject({ attempts: 1, sentAt: null, failedAt: null });
    expect(failed.lastError).toMatch(/ECONNREFUSED|connect/i);
    expect(failed.nextAttemptAt).toBe('2026-11-22T09:01:00.000Z');
    expect(findOutboxStatus(db)).toMatchObject({ waiting: 1, sent: 1, failed: 0 });

    const back = await startSmtp(port);
    try {
      // Not yet due: the server is up again but the wait has not passed.
      expect(await deliverOutbox(db, new Date('2026-11-22T09:00:30.000Z'))).toEqual({ sent: 0, failed: 0 });
      expect(await deliverOutbox(db, new Date('2026-11-22T09:01:00.000Z'))).toEqual({ sent: 1, failed: 0 });
      expect(back.received.map((m) => m.to)).toEqual([['sreymom@example.org']]);
      expect(rows().find((r) => r.id === id)).toMatchObject({ attempts: 2, lastError: null });
      expect(findOutboxStatus(db)).toMatchObject({ waiting: 0, sent: 2, failed: 0 });
    } finally {
      await stopSmtp(back.server);
    }
  });

  it('delivers one mail for the high-risk cases of a bulk assignment, not one per case', async () => {
    const t0 = new Date('2026-11-23T09:00:00.000Z');
    upsertGeoUnits(db, battambangDemoUnits());
    const supervisor = createUser(db, { username: 'sup', displayName: 'Supervisor', role: 'supervisor', locale: 'en', communeCodes: ['020303'], passwordHash: 'x' }, t0);
    const caseworker = createUser(db, { username: 'cw', displayName: 'Caseworker', role: 'caseworker', locale: 'en', communeCodes: ['020303'], passwordHash: 'x' }, t0);
    saveEmailPreferences(db, { actor: { id: caseworker.id, role: 'caseworker', communeCodes: ['020303'] }, portal: 'staff', now: t0 }, { email: 'dalin@example.org', dailyDigest: false });
    const children = [['Dara', 'Sok', 'ដារា', 'សុខ'], ['Bopha', 'Keo', 'បុប្ផា', 'កែវ'], ['Thida', 'Mao', 'ធីតា', 'ម៉ៅ'], ['Vichet', 'Lim', 'វិចិត្រ', 'លឹម']] as const;
    const registered = children.map(([given, family, givenKm, familyKm], i) =>
      registerCase(db, { input: intakeOf({ givenNameLatin: given, familyNameLatin: family, givenNameKm: givenKm, familyNameKm: familyKm }, i < 3 ? 'high' : 'low'), actorId: supervisor.id, assignedTo: null, now: t0, portal: 'staff' }),
    );
    const queued = rows().length;
    bulkAssignCases(db, { user: supervisor, portal: 'staff', input: { caseIds: registered.map((c) => c.caseId), toUserId: caseworker.id, reason: 'New caseworker for Rottanak' }, now: t0 });
    expect(rows()).toHaveLength(queued + 1);
    const smtp = await startSmtp();
    try {
      saveSmtpSettings(db, work(t0), { host: '127.0.0.1', port: smtp.port, security: 'none', sender: 'kruosar@example.org', portalUrl: 'https://kruosar.example.org' });
      expect(await deliverOutbox(db, t0)).toEqual({ sent: 1, failed: 0 });
      expect(smtp.received.map((m) => m.to)).toEqual([['dalin@example.org']]);
      // The body travels quoted-printable: lines are folded with '=' and '=' itself is written =3D.
      const raw = smtp.received[0]!.raw.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
      expect(raw).toContain('Subject: 3 high-risk cases assigned to you');
      for (const c of registered.slice(0, 3)) expect(raw).toContain(c.reference);
      expect(raw).not.toContain(registered[3]!.reference);
      expect(raw).toContain(`https://kruosar.example.org/staff/cases?worker=${caseworker.id}`);
      // References only: no child's name leaves by mail.
      expect(raw).not.toContain('Dara');
    } finally {
      await stopSmtp(smtp.server);
    }
  });
});

/** A complete intake form in a Rottanak village, unassigned. */
function intakeOf(child: { givenNameLatin: string; familyNameLatin: string; givenNameKm: string; familyNameKm: string }, riskLevel: 'high' | 'low') {
  return CaseRegisterInput.parse({
    child: { ...child, sex: 'female', dateOfBirth: '2014-03-05', schoolStatus: 'enrolled', birthRegistration: 'registered' },
    household: {
      villageCode: '02030301',
      idPoor: 'level_2',
      incomeSources: ['farming'],
      members: [{ nameKm: 'សុខ ស្រីមុំ', nameLatin: 'Sok Sreymom', sex: 'female', relationship: 'mother', isCaregiver: true, dateOfBirth: '1988-01-01' }],
    },
    source: 'intake',
    riskLevel,
    protectionConcerns: ['neglect'],
    summary: 'Lives with her mother.',
    duplicatesReviewed: true,
    assignedToId: null,
  });
}
