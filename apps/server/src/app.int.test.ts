// The real server on a real SQLite file: endpoints, cookies, security headers, origin check, bad starts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { FastifyInstance } from 'fastify';
import { hashPassword } from '@kruosar/api';
import { checkWritable, closeDatabase, createUser, openDatabase, type Db } from '@kruosar/db';
import { buildServer } from './app';
import { ServerConfig } from './config';

const run = promisify(execFile);
const cli = (args: string[]) => run(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], { cwd: path.resolve(import.meta.dirname, '..') });

describe('server', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'kruosar-server-'));
  const dbPath = path.join(dir, 'k.db');
  let db: Db;
  let app: FastifyInstance;
  beforeAll(async () => {
    db = openDatabase(dbPath);
    createUser(db, { username: 'sokha', displayName: 'Sokha', role: 'caseworker', locale: 'en', communeCodes: [], passwordHash: await hashPassword('a long password') }, new Date());
    app = await buildServer(ServerConfig.parse({ dbPath, appsDir: path.join(dir, 'no-apps') }), db);
  });
  afterAll(async () => {
    await app.close();
    closeDatabase(db);
    rmSync(dir, { recursive: true, force: true });
  });

  const signIn = (portal: string, headers: Record<string, string> = {}) =>
    app.inject({ method: 'POST', url: `/api/${portal}/auth.signIn`, headers: { 'content-type': 'application/json', ...headers }, payload: { username: 'sokha', password: 'a long password' } });

  it('answers /health and links the portals from /', async () => {
    expect((await app.inject('/health')).json()).toEqual({ ok: true });
    const home = await app.inject('/');
    expect(home.body).toContain('Village Hive');
    expect(home.headers['content-security-policy']).toContain("default-src 'self'");
    expect(home.headers['x-content-type-options']).toBe('nosniff');
  });

  it('signs in with an httpOnly cookie scoped to its own portal endpoint, and knows the user', async () => {
    const res = await signIn('staff');
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'kruosar_staff')!;
    expect(cookie).toMatchObject({ httpOnly: true, path: '/api/staff', sameSite: 'Strict' });
    const me = await app.inject({ url: '/api/staff/auth.me', cookies: { kruosar_staff: cookie.value } });
    expect(me.json().result.data).toMatchObject({ username: 'sokha' });
    // The same token means nothing to another portal.
    const other = await app.inject({ url: '/api/hive/auth.me', cookies: { kruosar_hive: cookie.value } });
    expect(other.json().result.data).toBeNull();
  });

  it('refuses a cross-origin mutation', async () => {
    const res = await signIn('staff', { origin: 'https://evil.example' });
    expect(res.statusCode).toBe(403);
  });

  it('gives a clear, translated error for bad credentials and malformed input', async () => {
    const bad = await app.inject({ method: 'POST', url: '/api/staff/auth.signIn', headers: { 'content-type': 'application/json' }, payload: { username: 'sokha', password: 'nope' } });
    expect(bad.statusCode).toBe(401);
    expect(bad.json().error.data).toMatchObject({ code: 'UNAUTHORIZED', messageKey: 'errors.invalidCredentials' });
    const malformed = await app.inject({ method: 'POST', url: '/api/staff/auth.signIn', headers: { 'content-type': 'application/json' }, payload: { username: 42 } });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error.data.fieldErrors).toHaveProperty('username');
    // Portals show field errors in the user's language through these keys.
    expect(malformed.json().error.data.fieldErrorKeys).toMatchObject({ username: 'errors.field.invalid', password: 'errors.field.required' });
    expect(malformed.json().error.data.stack).toBeUndefined();
  });

  it('refuses a second start on a busy port with a clear message', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    const result = await cli(['start', '--db', path.join(dir, 'busy.db'), '--port', String(port)]).catch((e: { code: number; stderr: string }) => e);
    blocker.close();
    expect(result).toMatchObject({ code: 1 });
    expect((result as { stderr: string }).stderr).toContain(`Port ${port} on 127.0.0.1 is already in use`);
  });

  it('refuses a missing or read-only database path with a clear message', async () => {
    const missing = await cli(['start', '--db', path.join(dir, 'nope', 'k.db')]).catch((e: { code: number; stderr: string }) => e);
    expect(missing).toMatchObject({ code: 1 });
    expect((missing as { stderr: string }).stderr).toMatch(/database folder .* does not exist/);
    const ro = path.join(dir, 'ro');
    mkdirSync(ro);
    chmodSync(dir, 0o755);
    chmodSync(ro, 0o555);

    // The same check the CLI runs, with a file system that refuses the write (root passes every real check).
    const refuse = () => {
      throw Object.assign(new Error('EACCES'), { code: 'EACCES' });
    };
    expect(() => checkWritable(path.join(ro, 'k.db'), refuse)).toThrow(/not writable by this user/);

    // The whole CLI, as a user the folder is read-only for. Root may write anywhere, so root drops to
    // "nobody"; nobody cannot load the CLI from a checkout only its owner can enter (a 0700 home folder),
    // and then the check above is the proof.
    const serverDir = path.resolve(import.meta.dirname, '..');
    const asRoot = process.getuid?.() === 0;
    const dropToNobody = ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups', process.execPath];
    if (asRoot) {
      const nobodyCanLoad = await run(dropToNobody[0]!, [...dropToNobody.slice(1), '-e', 'require("node:fs").accessSync(process.argv[1])', path.join(serverDir, 'src/cli.ts')])
        .then(() => true)
        .catch(() => false);
      if (!nobodyCanLoad) {
        console.info('The checkout is closed to other users, so the read-only start is checked in-process only.');
        return;
      }
    }
    const asUser = asRoot ? dropToNobody : [process.execPath];
    const readOnly = await run(asUser[0]!, [...asUser.slice(1), '--import', 'tsx', 'src/cli.ts', 'start', '--db', path.join(ro, 'k.db')], { cwd: serverDir }).catch(
      (e: { code: number; stderr: string }) => e,
    );
    expect(readOnly).toMatchObject({ code: 1 });
    expect((readOnly as { stderr: string }).stderr).toMatch(/not writable/);
  });
});
