// Donors on the real server and a real SQLite file: the receipt PDF route (only a donor, only their own gift, the
// clear answer without Chromium) and the quarterly update delivered by a real SMTP server, whose unsubscribe link
// works over HTTP without signing in. (The PDF itself is checked by apps/supporters/e2e/donor.spec.ts.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { SMTPServer } from 'smtp-server';
import { hashPassword } from '@kruosar/api';
import { closeDatabase, createUser, openDatabase, queueQuarterlyUpdates, recordGift, saveDonorUpdates, saveSmtpSettings, type Db } from '@kruosar/db';
import { buildServer } from './app';
import { ServerConfig } from './config';
import { deliverOutbox } from './mail';
import { receiptPdfRoute } from './receipt-pdf';

describe('donors on the server', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'kruosar-donor-'));
  let db: Db;
  let app: FastifyInstance;
  let giftId = '';
  let otherGiftId = '';
  let donorId = '';
  beforeAll(async () => {
    db = openDatabase(path.join(dir, 'k.db'));
    const now = new Date();
    const passwordHash = await hashPassword('a long password');
    const admin = createUser(db, { username: 'admin', displayName: 'Admin', role: 'admin', locale: 'en', communeCodes: [], passwordHash }, now);
    const donor = createUser(db, { username: 'alex', displayName: 'Alex', role: 'donor', locale: 'en', communeCodes: [], passwordHash }, now);
    const other = createUser(db, { username: 'bopha', displayName: 'Bopha', role: 'donor', locale: 'km', communeCodes: [], passwordHash }, now);
    createUser(db, { username: 'vanna', displayName: 'Vanna', role: 'volunteer', locale: 'en', communeCodes: [], passwordHash }, now);
    donorId = donor.id;
    const at = now.toISOString();
    db.$client.prepare("insert into programmes (id, kind, name, description, created_by_id, created_at, updated_at) values ('p1', 'mobile_clinic', 'Clinic', '', ?, ?, ?)").run(admin.id, at, at);
    const w = { actor: { id: admin.id, role: 'admin' as const, communeCodes: [] }, portal: 'staff', now };
    giftId = recordGift(db, w, { donorId: donor.id, givenOn: '2026-01-15', amount: 50, currency: 'USD', programmeId: 'p1', note: '' }).id;
    otherGiftId = recordGift(db, w, { donorId: other.id, givenOn: '2026-01-16', amount: 200000, currency: 'KHR', programmeId: 'p1', note: '' }).id;
    mkdirSync(path.join(dir, 'apps/supporters/dist'), { recursive: true });
    writeFileSync(path.join(dir, 'apps/supporters/dist/index.html'), '<!doctype html><title>supporters</title>');
    app = await buildServer(ServerConfig.parse({ dbPath: path.join(dir, 'k.db'), appsDir: path.join(dir, 'apps'), chromiumPath: path.join(dir, 'no-chromium') }), db);
  });
  afterAll(async () => {
    await app.close();
    closeDatabase(db);
    rmSync(dir, { recursive: true, force: true });
  });

  const signIn = async (username: string) => {
    const res = await app.inject({ method: 'POST', url: '/api/supporters/auth.signIn', headers: { 'content-type': 'application/json' }, payload: { username, password: 'a long password' } });
    expect(res.statusCode).toBe(200);
    return res.cookies.find((c) => c.name === 'kruosar_supporters')!.value;
  };
  const pdf = (query: string, token?: string) => app.inject({ url: `${receiptPdfRoute}?${query}`, cookies: token ? { kruosar_supporters: token } : {} });

  it('prints a receipt only for its own donor', async () => {
    expect((await pdf(`giftId=${giftId}&lang=km`)).statusCode).toBe(401);
    const alex = await signIn('alex');
    expect((await pdf('lang=km', alex)).statusCode).toBe(400);
    const someoneElses = await pdf(`giftId=${otherGiftId}&lang=km`, alex);
    expect(someoneElses.statusCode).toBe(404);
    expect((await pdf('giftId=no-such-gift&lang=en', alex)).statusCode).toBe(404);
    expect((await pdf(`giftId=${giftId}&lang=en`, await signIn('vanna'))).statusCode).toBe(403);
    // Their own: everything checked, only Chromium missing on this test server.
    const own = await pdf(`giftId=${giftId}&lang=km`, alex);
    expect(own.statusCode).toBe(503);
    expect(own.json().error).toMatch(/Chromium/);
    expect(own.headers['cache-control']).toBe('no-store');
  });

  it('sends the quarterly update through a real SMTP server, and its link unsubscribes without signing in', async () => {
    const received: string[] = [];
    const smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['AUTH', 'STARTTLS'],
      logger: false,
      onData(stream, _session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          received.push(Buffer.concat(chunks).toString('utf8'));
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    try {
      const now = new Date();
      const w = { actor: { id: donorId, role: 'donor' as const, communeCodes: [] }, portal: 'supporters', now };
      saveDonorUpdates(db, w, { quarterlyUpdates: true, email: 'alex@example.org' });
      const admin = { actor: { id: donorId, role: 'admin' as const, communeCodes: [] }, portal: 'staff', now };
      saveSmtpSettings(db, admin, { host: '127.0.0.1', port: (smtp.server.address() as AddressInfo).port, security: 'none', sender: 'kruosar@example.org', portalUrl: 'https://kruosar.example.org' });
      expect(queueQuarterlyUpdates(db, { quarter: '2026-Q3', organisation: 'Kruosar', now })).toBe(1);
      expect(await deliverOutbox(db, now)).toEqual({ sent: 1, failed: 0 });
      expect(received).toHaveLength(1);
      // Long lines travel quoted-printable: undo the soft breaks before reading the link.
      const text = received[0]!.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
      expect(text).toContain('Subject: Kruosar: update for 2026-Q3');
      const link = /https:\/\/kruosar\.example\.org(\/supporters\/unsubscribe\?token=\S+)/.exec(text);
      expect(link).not.toBeNull();
      const token = decodeURIComponent(new URL(`https://x${link![1]}`).searchParams.get('token')!);

      const res = await app.inject({ method: 'POST', url: '/api/supporters/giving.unsubscribe', headers: { 'content-type': 'application/json' }, payload: { token } });
      expect(res.statusCode).toBe(200);
      const again = await app.inject({ method: 'POST', url: '/api/supporters/giving.unsubscribe', headers: { 'content-type': 'application/json' }, payload: { token: `${token}x` } });
      expect(again.statusCode).toBe(400);
      expect(queueQuarterlyUpdates(db, { quarter: '2026-Q4', organisation: 'Kruosar', now })).toBe(0);
    } finally {
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
    }
  });
});
