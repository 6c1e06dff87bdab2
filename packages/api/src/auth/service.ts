// Sign-in, sign-out and "who am I": the logic behind the auth router, shared by the three portals.
import { DomainError, portalOfRole, type CurrentUser, type SignInInput } from '@kruosar/domain';
import { appendAudit, createSession, deleteSession, findUserForSignIn, inTransaction } from '@kruosar/db';
import type { Context } from '../context';
import { decoyPasswordHash, verifyPassword } from './password';

const invalidCredentials = () =>
  new DomainError('UNAUTHENTICATED', 'errors.invalidCredentials', 'Unknown username or wrong password');

export async function signIn(ctx: Context, input: SignInInput): Promise<CurrentUser> {
  const now = ctx.clock.now();
  const found = findUserForSignIn(ctx.db, input.username);
  const attempt = { username: input.username, address: ctx.clientKey };
  // Counted before the password is checked, so guesses sent in parallel meet the limit like guesses in a row.
  const gate = ctx.signInLimiter.claim(ctx.db, { ...attempt, userId: found?.id ?? null }, now);
  if (!gate.allowed) {
    throw new DomainError('RATE_LIMITED', 'errors.rateLimited', `Too many failed sign-ins. Try again in ${waitWords(gate.retryAfterSeconds)}.`);
  }
  // Verify against a decoy when the user is unknown, so response time does not reveal which usernames exist.
  const ok = await verifyPassword(found?.passwordHash ?? (await decoyPasswordHash()), input.password);
  if (!found || !ok) {
    // The typed username is kept only when it names an account: a password typed in the wrong box is not logged.
    inTransaction(ctx.db, (tx) =>
      appendAudit(tx, { actorId: found?.id ?? null, portal: ctx.portal, action: 'auth.signIn.failed', entity: 'user', entityId: found?.id ?? null, detail: found ? { username: found.username } : {} }, now),
    );
    throw invalidCredentials();
  }
  ctx.signInLimiter.succeed(ctx.db, { ...attempt, userId: found.id }, now);
  if (portalOfRole[found.role] !== ctx.portal) {
    throw new DomainError('FORBIDDEN', 'errors.wrongPortal', `This account signs in at the ${portalOfRole[found.role]} portal`);
  }
  const { passwordHash: _hash, ...user } = found;
  const session = inTransaction(ctx.db, (tx) => {
    const s = createSession(tx, { userId: user.id, portal: ctx.portal, now, ttlHours: ctx.sessionTtlHours });
    appendAudit(tx, { actorId: user.id, portal: ctx.portal, action: 'auth.signIn', entity: 'user', entityId: user.id }, now);
    return s;
  });
  ctx.session.set(session.token, session.expiresAt);
  return user;
}

const waitWords = (seconds: number) => (seconds < 90 ? `${seconds} seconds` : `${Math.ceil(seconds / 60)} minutes`);

export function signOut(ctx: Context) {
  if (ctx.session.token) {
    const token = ctx.session.token;
    inTransaction(ctx.db, (tx) => {
      deleteSession(tx, token);
      if (ctx.user) appendAudit(tx, { actorId: ctx.user.id, portal: ctx.portal, action: 'auth.signOut', entity: 'user', entityId: ctx.user.id }, ctx.clock.now());
    });
  }
  ctx.session.clear();
  return { ok: true as const };
}
