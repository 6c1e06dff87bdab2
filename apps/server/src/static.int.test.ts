// The built portals as the server serves them: precompressed copies, client-side routes, a missing build.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { closeDatabase, openDatabase, type Db } from '@kruosar/db';
import { buildServer } from './app';
import { ServerConfig } from './config';

describe('serving the portals', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'kruosar-static-'));
  const appsDir = path.join(dir, 'apps');
  const script = 'console.log("hive");'.repeat(200);
  let db: Db;
  let app: FastifyInstance;
  beforeAll(async () => {
    mkdirSync(path.join(appsDir, 'hive/dist/assets'), { recursive: true });
    writeFileSync(path.join(appsDir, 'hive/dist/index.html'), '<!doctype html><title>hive</title>');
    writeFileSync(path.join(appsDir, 'hive/dist/assets/main.js'), script);
    writeFileSync(path.join(appsDir, 'hive/dist/assets/main.js.br'), brotliCompressSync(script));
    mkdirSync(path.join(appsDir, 'supporters/dist/assets'), { recursive: true });
    writeFileSync(path.join(appsDir, 'supporters/dist/index.html'), '<!doctype html><title>supporters</title>');
    writeFileSync(path.join(appsDir, 'supporters/dist/assets/index-a1b2c3.css'), 'body{}'.repeat(400));
    writeFileSync(path.join(appsDir, 'supporters/dist/assets/index-a1b2c3.css.gz'), gzipSync('body{}'.repeat(400)));
    db = openDatabase(path.join(dir, 'k.db'));
    app = await buildServer(ServerConfig.parse({ dbPath: path.join(dir, 'k.db'), appsDir }), db);
  });
  afterAll(async () => {
    await app.close();
    closeDatabase(db);
    rmSync(dir, { recursive: true, force: true });
  });

  it('sends the brotli copy to a browser that accepts it, the plain file otherwise', async () => {
    const br = await app.inject({ url: '/hive/assets/main.js', headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.rawPayload.length).toBeLessThan(script.length / 5);
    const plain = await app.inject({ url: '/hive/assets/main.js', headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(script);
  });

  it('lets browsers keep hashed assets for a year, and checks every page load for a new index.html', async () => {
    const asset = await app.inject({ url: '/supporters/assets/index-a1b2c3.css', headers: { 'accept-encoding': 'gzip' } });
    expect(asset.headers['content-encoding']).toBe('gzip');
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await app.inject('/hive/assets/main.js')).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await app.inject('/supporters/')).headers['cache-control']).toBe('no-cache');
    expect((await app.inject('/supporters/stories/1')).headers['cache-control']).toBe('no-cache');
  });

  it("answers a portal's client-side route with its index.html, and says when a portal is not built", async () => {
    expect((await app.inject('/hive/reports')).body).toContain('<title>hive</title>');
    const staff = await app.inject('/staff/');
    expect(staff.statusCode).toBe(503);
    expect(staff.body).toContain('pnpm build');
    expect((await app.inject('/')).body).toMatch(/Staff.*not built/s);
  });
});
