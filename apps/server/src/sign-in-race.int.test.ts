// The concurrent sign-in race, over real HTTP on loopback: 40 guesses sent at once meet the same limit as 40 in a
// row, and a restart of the server forgets nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { hashPassword } from '@kruosar/api';
import { closeDatabase, createUser, openDatabase, type Db } from '@kruosar/db';
import { buildServer } from './app';
import { ServerConfig } from './config';

describe('concurrent sign-in race', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'kruosar-race-'));
  const dbPath = path.join(dir, 'k.db');
  const config = ServerConfig.parse({ dbPath, appsDir: path.join(dir, 'no-apps') });
  let db: Db;
  let app: FastifyInstance;
  let base: string;
  beforeAll(async () => {
    db = openDatabase(dbPath);
    createUser(db, { username: 'sokha', displayName: 'Sokha', role: 'caseworker', locale: 'en', communeCodes: [], passwordHash: await hashPassword('the right one') }, new Date());
    app = await buildServer(config, db);
    base = await app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => {
    await app.close();
    closeDatabase(db);
    rmSync(dir, { recursive: true, force: true });
  });

  const attempt = (url: string, password: string) =>
    fetch(`${url}/api/staff/auth.signIn`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'sokha', password }) }).then((r) => r.status);

  it('checks at most the free five of 40 parallel guesses, and the right one among them is refused', async () => {
    const passwords = [...Array.from({ length: 39 }, (_, i) => `guess-${i}`), 'the right one'];
    const statuses = await Promise.all(passwords.map((p) => attempt(base, p)));
    const checked = statuses.filter((s) => s !== 429);
    expect(checked.length, statuses.join(' ')).toBeLessThanOrEqual(5);
    expect(checked.every((s) => s === 401)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
  });

  it('still refuses after a restart on the same database', async () => {
    await app.close();
    app = await buildServer(config, db);
    base = await app.listen({ port: 0, host: '127.0.0.1' });
    expect(await attempt(base, 'the right one')).toBe(429);
  });
});
