// A real server on 127.0.0.1 (a free port) over a temporary SQLite file with a small synthetic caseload, and
// session cookies for its demo users: what every drill attacks. Removed on close.
import { mkdtempSync, rmSync } from 'node:fs';
import { request, type Agent } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { closeDatabase, createSession, openDatabase, schema, seedDemo, type Db } from '@kruosar/db';
import type { Portal } from '@kruosar/domain';
import { buildServer } from '../src/app';
import { ServerConfig } from '../src/config';
import { cookieName } from '../src/context';

export type ServerUnderTest = {
  db: Db;
  file: string;
  url: string;
  app: FastifyInstance;
  /** A Cookie header for a demo user (by username), minted straight into the sessions table. */
  cookieFor: (username: string, portal?: Portal) => string;
  close: () => Promise<void>;
};

export async function startServerUnderTest(options: { children?: number; config?: Partial<ServerConfig> } = {}): Promise<ServerUnderTest> {
  const dir = mkdtempSync(path.join(tmpdir(), 'kruosar-drill-'));
  const file = path.join(dir, 'drill.db');
  const db = openDatabase(file);
  // No real password hashing: drills that sign in over HTTP create their own user.
  await seedDemo(db, { children: options.children ?? 120, now: new Date(), hashPassword: async () => 'drill-no-password' });
  const app = await buildServer(ServerConfig.parse({ dbPath: file, appsDir: path.join(dir, 'no-apps'), logLevel: 'silent', ...options.config }), db);
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  const users = new Map(db.select().from(schema.users).all().map((u) => [u.username, u.id]));
  return {
    db,
    file,
    url,
    app,
    cookieFor(username, portal = 'staff') {
      const userId = users.get(username);
      if (!userId) throw new Error(`No demo user ${username}`);
      const { token } = createSession(db, { userId, portal, now: new Date(), ttlHours: 2 });
      return `${cookieName(portal)}=${token}`;
    },
    async close() {
      await app.close();
      closeDatabase(db);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Latency percentile of a list of milliseconds. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** One HTTP request over a given keep-alive agent (real sockets, counted), answering status and body. */
export function httpRequest(agent: Agent, url: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { agent, method: options.method ?? 'GET', headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(options.body);
  });
}
