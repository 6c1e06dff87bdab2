// What an outside security test found over plain HTTP, each checked against the real server on a real SQLite file.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { hashPassword } from '@kruosar/api';
import { closeDatabase, createUser, openDatabase, schema, type Db } from '@kruosar/db';
import { buildServer } from './app';
import { ServerConfig } from './config';

const json = { 'content-type': 'application/json' };

describe('security findings over HTTP', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'kruosar-security-'));
  const dbPath = path.join(dir, 'k.db');
  let db: Db;
  let app: FastifyInstance;
  beforeAll(async () => {
    db = openDatabase(dbPath);
    const passwordHash = await hashPassword('a long password');
    createUser(db, { username: 'sokha', displayName: 'Sokha', role: 'caseworker', locale: 'en', communeCodes: [], passwordHash }, new Date());
    app = await buildServer(ServerConfig.parse({ dbPath, appsDir: path.join(dir, 'no-apps') }), db);
  });
  afterAll(async () => {
    await app.close();
    closeDatabase(db);
    rmSync(dir, { recursive: true, force: true });
  });

  const signIn = async (remoteAddress = '127.0.0.1') => {
    const res = await app.inject({ method: 'POST', url: '/api/staff/auth.signIn', headers: json, remoteAddress, payload: { username: 'sokha', password: 'a long password' } });
    expect(res.statusCode).toBe(200);
    return res.cookies.find((c) => c.name === 'kruosar_staff')!.value;
  };
  const me = async (token: string) => (await app.inject({ url: '/api/staff/auth.me', cookies: { kruosar_staff: token } })).json().result.data;

  it('checks the origin of an encoded API path too', async () => {
    const res = await app.inject({ method: 'POST', url: '/%61pi/staff/auth.signIn', headers: { ...json, origin: 'https://evil.example' }, payload: { username: 'sokha', password: 'a long password' } });
    expect(res.statusCode).toBe(403);
  });

  it('treats Origin: null and a malformed Origin as cross-origin (403, not 500)', async () => {
    for (const origin of ['null', 'not a url', 'http://']) {
      const res = await app.inject({ method: 'POST', url: '/api/staff/auth.signOut', headers: { ...json, origin }, payload: {} });
      expect(res.statusCode, origin).toBe(403);
    }
  });

  it('accepts only JSON bodies on API mutations', async () => {
    const form = await app.inject({ method: 'POST', url: '/api/staff/auth.signIn', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'username=sokha&password=x' });
    expect(form.statusCode).toBe(415);
    const multipart = await app.inject({ method: 'POST', url: '/api/staff/auth.signIn', headers: { 'content-type': 'multipart/form-data; boundary=x' }, payload: '--x\r\nContent-Disposition: form-data; name="username"\r\n\r\nsokha\r\n--x--\r\n' });
    expect(multipart.statusCode).toBe(415);
  });

  it('marks every API response no-store', async () => {
    expect((await app.inject('/api/staff/auth.me')).headers['cache-control']).toBe('no-store');
    expect((await app.inject('/api/supporters/impact.latest')).headers['cache-control']).toBe('no-store');
    const failed = await app.inject({ method: 'POST', url: '/api/staff/auth.signIn', headers: json, payload: { username: 'sokha', password: 'nope' } });
    expect(failed.headers['cache-control']).toBe('no-store');
  });

  it('signs out with an empty body, and the session is then gone', async () => {
    const token = await signIn();
    expect(await me(token)).toMatchObject({ username: 'sokha' });
    const out = await app.inject({ method: 'POST', url: '/api/staff/auth.signOut', cookies: { kruosar_staff: token } });
    expect(out.statusCode, out.body).toBe(200);
    expect(await me(token)).toBeNull();
    const outJson = await app.inject({ method: 'POST', url: '/api/staff/auth.signOut', headers: json, cookies: { kruosar_staff: await signIn() } });
    expect(outJson.statusCode).toBe(200);
  });

  it('stores the typed username of a failed sign-in only when it names a real user', async () => {
    const secret = 'my-password-typed-in-the-wrong-box';
    await app.inject({ method: 'POST', url: '/api/staff/auth.signIn', headers: json, remoteAddress: '10.9.9.9', payload: { username: secret, password: 'x' } });
    const failures = db.select().from(schema.auditLog).all().filter((r) => r.action === 'auth.signIn.failed');
    expect(failures.length).toBeGreaterThan(0);
    expect(JSON.stringify(failures)).not.toContain(secret);
  });

  it('refuses a batch carrying auth.signIn, and batches over ten calls', async () => {
    const batch = await app.inject({
      method: 'POST',
      url: '/api/staff/auth.signIn,auth.signIn?batch=1',
      headers: json,
      payload: { 0: { username: 'sokha', password: 'x' }, 1: { username: 'sokha', password: 'a long password' } },
    });
    expect(batch.statusCode).toBe(400);
    expect(batch.body).not.toContain('"username":"sokha"');
    const paths = Array.from({ length: 11 }, () => 'impact.latest').join(',');
    const input = encodeURIComponent('{}');
    const tooMany = await app.inject({ url: `/api/supporters/${paths}?batch=1&input=${input}` });
    expect(tooMany.statusCode).toBe(400);
    const ten = await app.inject({ url: `/api/supporters/${paths.split(',').slice(0, 10).join(',')}?batch=1&input=${input}` });
    expect(ten.statusCode, ten.body).toBe(200);
  });

  it('gives an anonymous flood of public calls 429, counted per call, and keeps answers bounded', async () => {
    const small = await buildServer(ServerConfig.parse({ dbPath, appsDir: path.join(dir, 'no-apps'), publicCallsPerMinute: 25, maxResponseBytes: 240 }), db);
    try {
      const ten = Array.from({ length: 10 }, () => 'impact.latest').join(',');
      const nine = ten.split(',').slice(1).join(',');
      const statuses = [];
      // 9 + 9 calls fit the budget of 25; the next 9 do not (the answers stay under 200 bytes).
      for (let i = 0; i < 3; i++) statuses.push((await small.inject({ url: `/api/supporters/${nine}?batch=1&input=%7B%7D`, remoteAddress: '198.51.100.7' })).statusCode);
      expect(statuses).toEqual([200, 200, 429]);
      // Another address is not affected, and /health never is.
      expect((await small.inject({ url: '/api/supporters/impact.latest', remoteAddress: '198.51.100.8' })).statusCode).toBe(200);
      expect((await small.inject({ url: '/health', remoteAddress: '198.51.100.7' })).statusCode).toBe(200);
      const big = await small.inject({ url: `/api/supporters/${ten}?batch=1&input=%7B%7D`, remoteAddress: '198.51.100.9' });
      expect(big.statusCode).toBe(413);
    } finally {
      await small.close();
    }
  });

  it('purges expired sessions when the server starts', async () => {
    const user = db.select().from(schema.users).all()[0]!;
    db.insert(schema.sessions).values({ tokenHash: 'expired-session', userId: user.id, portal: 'staff', createdAt: '2020-01-01T00:00:00.000Z', expiresAt: '2020-01-01T12:00:00.000Z' }).run();
    const again = await buildServer(ServerConfig.parse({ dbPath, appsDir: path.join(dir, 'no-apps') }), db);
    await again.close();
    expect(db.select().from(schema.sessions).all().map((s) => s.tokenHash)).not.toContain('expired-session');
  });

  it('sends HSTS and Secure cookies by default when not on loopback', async () => {
    const exposed = await buildServer(ServerConfig.parse({ dbPath, host: '0.0.0.0', appsDir: path.join(dir, 'no-apps') }), db);
    try {
      const res = await exposed.inject({ method: 'POST', url: '/api/staff/auth.signIn', headers: json, remoteAddress: '10.1.1.1', payload: { username: 'sokha', password: 'a long password' } });
      expect(res.headers['strict-transport-security']).toMatch(/max-age=\d+/);
      expect(res.cookies.find((c) => c.name === 'kruosar_staff')).toMatchObject({ secure: true });
    } finally {
      await exposed.close();
    }
    const local = await app.inject('/health');
    expect(local.headers['strict-transport-security']).toBeUndefined();
  });
});
