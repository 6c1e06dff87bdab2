// Sign-in, sign-out and "who am I": the logic behind the auth router, shared by the three portals.
import { DomainError, isAuthenticatorCode, portalOfRole, TwoFactorCode, type CurrentUser, type SignInInput } from '@kruosar/domain';
import { appendAudit, claimTotpStep, createSession, deleteSession, findUserForSignIn, inTransaction, useRecoveryCode } from '@kruosar/db';
import type { Context } from '../context';
import { decoyPasswordHash, verifyPassword } from './password';
import { recoveryCodeHash, totpStepOf } from './totp';

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
  if (found.totpSecret) await checkSecondFactor(ctx, { userId: found.id, secret: found.totpSecret, code: input.code }, now);
  const { passwordHash: _hash, totpSecret: _secret, ...user } = found;
  const session = inTransaction(ctx.db, (tx) => {
    const s = createSession(tx, { userId: user.id, portal: ctx.portal, now, ttlHours: ctx.sessionTtlHours });
    appendAudit(tx, { actorId: user.id, portal: ctx.portal, action: 'auth.signIn', entity: 'user', entityId: user.id }, now);
    return s;
  });
  ctx.session.set(session.token, session.expiresAt);
  return user;
}

/**
 * After the right password, an account with two-factor sign-in needs its code: the authenticator's (each 30-second
 * step used once) or a recovery code (each used once). Guesses are counted and slowed like passwords.
 */
async function checkSecondFactor(ctx: Context, params: { userId: string; secret: string; code: string | undefined }, now: Date) {
  if (!params.code) throw new DomainError('UNAUTHENTICATED', 'errors.twoFactorCodeNeeded', 'Type the code from your authenticator app', 'code');
  const attempt = { userId: params.userId, address: ctx.clientKey };
  const gate = ctx.signInLimiter.claimCode(ctx.db, attempt, now);
  if (!gate.allowed) {
    throw new DomainError('RATE_LIMITED', 'errors.rateLimited', `Too many wrong codes. Try again in ${waitWords(gate.retryAfterSeconds)}.`);
  }
  const code = TwoFactorCode.parse(params.code);
  let ok: boolean;
  let how: 'authenticator' | 'recoveryCode';
  if (isAuthenticatorCode(code)) {
    how = 'authenticator';
    const step = totpStepOf(params.secret, code, now);
    ok = step !== null && claimTotpStep(ctx.db, { userId: params.userId, step });
  } else {
    how = 'recoveryCode';
    ok = useRecoveryCode(ctx.db, { userId: params.userId, codeHash: recoveryCodeHash(code) });
  }
  if (!ok) {
    inTransaction(ctx.db, (tx) => appendAudit(tx, { actorId: params.userId, portal: ctx.portal, action: 'auth.twoFactor.failed', entity: 'user', entityId: params.userId, detail: { how } }, now));
    throw new DomainError('UNAUTHENTICATED', 'errors.wrongTwoFactorCode', 'This code is not right, or was already used. Type the code your app shows now.', 'code');
  }
  ctx.signInLimiter.codeSucceeded(ctx.db, attempt, now);
  if (how === 'recoveryCode') inTransaction(ctx.db, (tx) => appendAudit(tx, { actorId: params.userId, portal: ctx.portal, action: 'auth.recoveryCodeUsed', entity: 'user', entityId: params.userId }, now));
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
