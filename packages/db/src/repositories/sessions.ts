// Server-side sessions: the cookie carries a random token, the table only its hash.
import { createHash, randomBytes } from 'node:crypto';
import { and, eq, lt } from 'drizzle-orm';
import type { CurrentUser, Portal } from '@kruosar/domain';
import type { Db } from '../client';
import { sessions } from '../schema/index';
import { findUserById } from './users';

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export function createSession(db: Db, params: { userId: string; portal: Portal; now: Date; ttlHours: number }): { token: string; expiresAt: string } {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(params.now.getTime() + params.ttlHours * 3600_000).toISOString();
  db.insert(sessions).values({ tokenHash: hashToken(token), userId: params.userId, portal: params.portal, createdAt: params.now.toISOString(), expiresAt }).run();
  return { token, expiresAt };
}

/** The user behind a token, if the session exists, belongs to this portal and has not expired. */
export function findSessionUser(db: Db, params: { token: string; portal: Portal; now: Date }): CurrentUser | undefined {
  const row = db.select().from(sessions).where(and(eq(sessions.tokenHash, hashToken(params.token)), eq(sessions.portal, params.portal))).get();
  if (!row || row.expiresAt <= params.now.toISOString()) return undefined;
  return findUserById(db, row.userId);
}

export function deleteSession(db: Db, token: string) {
  db.delete(sessions).where(eq(sessions.tokenHash, hashToken(token))).run();
}

export function deleteExpiredSessions(db: Db, now: Date) {
  db.delete(sessions).where(lt(sessions.expiresAt, now.toISOString())).run();
}

/** End every session of a person at once (deactivated, password reset): their next request is signed out. */
export function endSessionsOfUser(db: Db, userId: string): number {
  return db.delete(sessions).where(eq(sessions.userId, userId)).run().changes;
}
