// Two-factor sign-in state of an account: a pending secret, its confirmation with recovery codes, each code used
// once, and the reset when a phone is lost. Secrets and codes are made and checked above this layer.
import { and, eq, isNull, or, lt, sql } from 'drizzle-orm';
import { DomainError, twoFactorRequired, type AccountRef, type CurrentUser, type Role, type TwoFactorStatus, type UserAccount } from '@kruosar/domain';
import type { Db } from '../client';
import { inTransaction } from '../client';
import { users } from '../schema/index';
import { appendAudit } from './audit';
import { endSessionsOfUser } from './sessions';
import { findStaffAccount } from './user-admin';
import { updateVersioned } from './versioned';

type Actor = { actor: Pick<CurrentUser, 'id'> | null; portal: string; now: Date };

export type TwoFactorState = { secret: string | null; confirmed: boolean; lastStep: number | null; recoveryCodeHashes: string[]; role: Role; exempt: boolean };

export function twoFactorStateOf(db: Db, userId: string): TwoFactorState {
  const row = db.select().from(users).where(and(eq(users.id, userId), isNull(users.archivedAt))).get();
  if (!row) throw new DomainError('NOT_FOUND', 'errors.notFound', 'Account not found');
  return { secret: row.totpSecret, confirmed: row.totpConfirmedAt !== null, lastStep: row.totpLastStep, recoveryCodeHashes: row.recoveryCodeHashes, role: row.role as Role, exempt: row.twoFactorExempt };
}

export function twoFactorStatusOf(db: Db, userId: string): TwoFactorStatus {
  const s = twoFactorStateOf(db, userId);
  return { enabled: s.confirmed, required: twoFactorRequired(s.role) && !s.exempt, recoveryCodesLeft: s.confirmed ? s.recoveryCodeHashes.length : 0 };
}

const alreadyOn = () => new DomainError('CONFLICT', 'errors.twoFactorAlreadyOn', 'Two-factor sign-in is already on for this account');

/** Keep a new secret, not yet in use: a second start replaces an unconfirmed one (a QR code scanned on a lost phone). */
export function startTwoFactorEnrolment(db: Db, w: Actor & { actor: Pick<CurrentUser, 'id'> }, secret: string): void {
  inTransaction(db, (tx) => {
    if (twoFactorStateOf(tx, w.actor.id).confirmed) throw alreadyOn();
    tx.update(users).set({ totpSecret: secret, totpLastStep: null, updatedAt: w.now.toISOString() }).where(eq(users.id, w.actor.id)).run();
    appendAudit(tx, { actorId: w.actor.id, portal: w.portal, action: 'user.twoFactor.start', entity: 'user', entityId: w.actor.id }, w.now);
  });
}

/** The first right code turns the secret on; the recovery codes (their hashes) replace any earlier ones. */
export function confirmTwoFactor(db: Db, w: Actor & { actor: Pick<CurrentUser, 'id'> }, params: { step: number; recoveryCodeHashes: string[] }): void {
  inTransaction(db, (tx) => {
    if (twoFactorStateOf(tx, w.actor.id).confirmed) throw alreadyOn();
    tx.update(users)
      .set({ totpConfirmedAt: w.now.toISOString(), totpLastStep: params.step, recoveryCodeHashes: params.recoveryCodeHashes, updatedAt: w.now.toISOString() })
      .where(eq(users.id, w.actor.id))
      .run();
    appendAudit(tx, { actorId: w.actor.id, portal: w.portal, action: 'user.twoFactor.enable', entity: 'user', entityId: w.actor.id }, w.now);
  });
}

/** The person turns their own (optional) two-factor sign-in off: secret and recovery codes are forgotten. */
export function turnOffOwnTwoFactor(db: Db, w: Actor & { actor: Pick<CurrentUser, 'id'> }, params: { how: 'password' | 'authenticator' }): void {
  inTransaction(db, (tx) => {
    tx.update(users)
      .set({ totpSecret: null, totpConfirmedAt: null, totpLastStep: null, recoveryCodeHashes: [], updatedAt: w.now.toISOString(), version: sql`${users.version} + 1` })
      .where(eq(users.id, w.actor.id))
      .run();
    appendAudit(tx, { actorId: w.actor.id, portal: w.portal, action: 'user.twoFactor.disable', entity: 'user', entityId: w.actor.id, detail: { confirmedWith: params.how } }, w.now);
  });
}

/**
 * Accept an authenticator code's time step once: false when this step (or a later one) was already used, so a code
 * seen over someone's shoulder cannot be replayed within its 30 seconds.
 */
export function claimTotpStep(db: Db, params: { userId: string; step: number }): boolean {
  return db.update(users).set({ totpLastStep: params.step })
    .where(and(eq(users.id, params.userId), or(isNull(users.totpLastStep), lt(users.totpLastStep, params.step))))
    .run().changes === 1;
}

/** Use up one recovery code: false when it is not (or no longer) one of the account's. */
export function useRecoveryCode(db: Db, params: { userId: string; codeHash: string }): boolean {
  return inTransaction(db, (tx) => {
    const left = twoFactorStateOf(tx, params.userId).recoveryCodeHashes;
    if (!left.includes(params.codeHash)) return false;
    tx.update(users).set({ recoveryCodeHashes: left.filter((h) => h !== params.codeHash) }).where(eq(users.id, params.userId)).run();
    return true;
  });
}

/**
 * Two-factor sign-in off, for a lost phone: secret and recovery codes are forgotten and open sessions end. An admin
 * or supervisor must set it up again at the next sign-in. By an administrator, or at the command line (actor null).
 */
export function resetTwoFactor(db: Db, w: Actor, ref: AccountRef): UserAccount {
  return inTransaction(db, (tx) => {
    const before = findStaffAccount(tx, ref.id);
    updateVersioned(tx, { table: users, id: ref.id, expectedVersion: ref.expectedVersion, set: { totpSecret: null, totpConfirmedAt: null, totpLastStep: null, recoveryCodeHashes: [], updatedAt: w.now.toISOString() }, what: 'The account' });
    const ended = endSessionsOfUser(tx, ref.id);
    appendAudit(tx, { actorId: w.actor?.id ?? null, portal: w.portal, action: 'user.resetTwoFactor', entity: 'user', entityId: ref.id, detail: { username: before.username, sessionsEnded: ended } }, w.now);
    return findStaffAccount(tx, ref.id);
  });
}
