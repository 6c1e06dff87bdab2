// Server-side sessions: the cookie carries a random token, the table only its hash.
import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, lt } from 'drizzle-orm';
import { notFound, type CurrentUser, type Portal, type SessionSummary } from '@kruosar/domain';
import { inTransaction, type Db } from '../client';
import { sessions } from '../schema/index';
import { appendAudit } from './audit';
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

/** The id a person sees for a session: derived from the stored hash, so it can name a session but never open one. */
const publicSessionId = (tokenHash: string) => createHash('sha256').update(`session-id:${tokenHash}`).digest('hex').slice(0, 32);

/** The person's unexpired sessions, newest first, marking the one of this browser. */
export function listUserSessions(db: Db, params: { userId: string; currentToken: string | null; now: Date }): SessionSummary[] {
  const currentHash = params.currentToken ? hashToken(params.currentToken) : null;
  return db.select().from(sessions).where(and(eq(sessions.userId, params.userId), gt(sessions.expiresAt, params.now.toISOString()))).all()
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
    .map((s) => ({ id: publicSessionId(s.tokenHash), portal: s.portal, createdAt: s.createdAt, expiresAt: s.expiresAt, current: s.tokenHash === currentHash }));
}

/** End sessions of one person: one by its id, or every one but this browser's. Audited. */
export function endUserSessions(
  db: Db,
  params: { user: CurrentUser; portal: Portal; which: { sessionId: string } | { allBut: string | null }; now: Date },
): { ended: number } {
  return inTransaction(db, (tx) => {
    const own = tx.select({ tokenHash: sessions.tokenHash }).from(sessions).where(eq(sessions.userId, params.user.id)).all();
    const keep = 'allBut' in params.which && params.which.allBut ? hashToken(params.which.allBut) : null;
    const doomed = 'sessionId' in params.which
      ? own.filter((s) => publicSessionId(s.tokenHash) === (params.which as { sessionId: string }).sessionId)
      : own.filter((s) => s.tokenHash !== keep);
    if ('sessionId' in params.which && doomed.length === 0) throw notFound('Session');
    for (const s of doomed) tx.delete(sessions).where(eq(sessions.tokenHash, s.tokenHash)).run();
    appendAudit(tx, { actorId: params.user.id, portal: params.portal, action: 'auth.sessions.ended', entity: 'user', entityId: params.user.id, detail: { ended: doomed.length } }, params.now);
    return { ended: doomed.length };
  });
}

/** End every session of a person at once (deactivated, password reset): their next request is signed out. */
export function endSessionsOfUser(db: Db, userId: string): number {
  return db.delete(sessions).where(eq(sessions.userId, userId)).run().changes;
}
