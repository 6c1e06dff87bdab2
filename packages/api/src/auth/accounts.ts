// Passwords for staff accounts: a temporary one made by an administrator (shown once), and the person's own change.
import { randomBytes } from 'node:crypto';
import {
  DomainError,
  mayTurnOffTwoFactor,
  RECOVERY_CODE_COUNT,
  type AccountRef,
  type PasswordChangeInput,
  type RecoveryCodes,
  type StaffAccountCreateInput,
  type TemporaryPassword,
  type TwoFactorConfirmInput,
  type TwoFactorDisableInput,
  type TwoFactorEnrolment,
} from '@kruosar/domain';
import { appendAudit, changeOwnPassword, claimTotpStep, confirmTwoFactor, inTransaction, turnOffOwnTwoFactor, createStaffAccount, findPasswordHash, resetStaffPassword, startTwoFactorEnrolment, twoFactorStateOf } from '@kruosar/db';
import type { Context } from '../context';
import { hashPassword, verifyPassword } from './password';
import { newRecoveryCodes, newTotpSecret, recoveryCodeHash, totpStepOf, totpUri } from './totp';

type SignedIn = Context & { user: NonNullable<Context['user']> };
const actorOf = (ctx: SignedIn) => ({ actor: ctx.user, portal: ctx.portal, now: ctx.clock.now() });

/** 16 characters from 12 random bytes: typed once by the person, then replaced. */
export const newTemporaryPassword = () => randomBytes(12).toString('base64url');

export async function createAccountWithTemporaryPassword(ctx: SignedIn, input: StaffAccountCreateInput): Promise<TemporaryPassword> {
  const temporaryPassword = newTemporaryPassword();
  const account = createStaffAccount(ctx.db, actorOf(ctx), { input, passwordHash: await hashPassword(temporaryPassword) });
  return { account, temporaryPassword };
}

export async function resetToTemporaryPassword(ctx: SignedIn, ref: AccountRef): Promise<TemporaryPassword> {
  const temporaryPassword = newTemporaryPassword();
  const account = resetStaffPassword(ctx.db, actorOf(ctx), { ...ref, passwordHash: await hashPassword(temporaryPassword) });
  return { account, temporaryPassword };
}

export async function changePassword(ctx: SignedIn, input: PasswordChangeInput): Promise<{ ok: true }> {
  if (!(await verifyPassword(findPasswordHash(ctx.db, ctx.user.id), input.currentPassword))) {
    throw new DomainError('INVALID', 'errors.wrongCurrentPassword', 'Current password: this is not your current password', 'currentPassword');
  }
  changeOwnPassword(ctx.db, actorOf(ctx), await hashPassword(input.newPassword));
  return { ok: true };
}

/** A new secret for the person's authenticator app; it is used only once a code from it is confirmed. */
export function startTwoFactor(ctx: SignedIn): TwoFactorEnrolment {
  const secret = newTotpSecret();
  startTwoFactorEnrolment(ctx.db, actorOf(ctx), secret);
  return { secret, uri: totpUri(secret, ctx.user.username) };
}

/** The app shows the right code: two-factor sign-in is on, and the recovery codes are shown this once. */
export function confirmTwoFactorCode(ctx: SignedIn, input: TwoFactorConfirmInput): RecoveryCodes {
  const now = ctx.clock.now();
  const state = twoFactorStateOf(ctx.db, ctx.user.id);
  if (state.confirmed) throw new DomainError('CONFLICT', 'errors.twoFactorAlreadyOn', 'Two-factor sign-in is already on for this account');
  if (!state.secret) throw new DomainError('INVALID', 'errors.twoFactorNotStarted', 'Start setting up two-factor sign-in first', 'code');
  // Enrolment codes are slowed like sign-in codes: a stolen session must not find the secret by guessing.
  const attempt = { userId: ctx.user.id, address: ctx.clientKey };
  const gate = ctx.signInLimiter.claimCode(ctx.db, attempt, now);
  if (!gate.allowed) throw new DomainError('RATE_LIMITED', 'errors.rateLimited', 'Too many wrong codes. Try again later.');
  const step = totpStepOf(state.secret, input.code, now);
  if (step === null) throw new DomainError('INVALID', 'errors.wrongTwoFactorCode', 'This code is not right. Type the code your app shows now.', 'code');
  ctx.signInLimiter.codeSucceeded(ctx.db, attempt, now);
  const recoveryCodes = newRecoveryCodes(RECOVERY_CODE_COUNT);
  confirmTwoFactor(ctx.db, actorOf(ctx), { step, recoveryCodeHashes: recoveryCodes.map(recoveryCodeHash) });
  return { recoveryCodes };
}

/**
 * The person turns their own two-factor sign-in off, where their role leaves it optional, after typing their password
 * or the code the app shows now. Wrong confirmations are slowed like wrong sign-in codes.
 */
export async function turnOffTwoFactor(ctx: SignedIn, input: TwoFactorDisableInput): Promise<{ ok: true }> {
  if (!mayTurnOffTwoFactor(ctx.user.role)) {
    throw new DomainError('FORBIDDEN', 'errors.twoFactorRequiredForRole', 'Administrators and supervisors must use two-factor sign-in; it cannot be turned off');
  }
  const now = ctx.clock.now();
  const state = twoFactorStateOf(ctx.db, ctx.user.id);
  if (!state.confirmed || !state.secret) throw new DomainError('CONFLICT', 'errors.twoFactorNotOn', 'Two-factor sign-in is not on for this account');
  const attempt = { userId: ctx.user.id, address: ctx.clientKey };
  const gate = ctx.signInLimiter.claimCode(ctx.db, attempt, now);
  if (!gate.allowed) throw new DomainError('RATE_LIMITED', 'errors.rateLimited', 'Too many wrong codes. Try again later.');
  const typed = input.confirmation.trim();
  const how = /^\d{6}$/.test(typed) ? 'authenticator' : 'password';
  let ok: boolean;
  if (how === 'authenticator') {
    const step = totpStepOf(state.secret, typed, now);
    ok = step !== null && claimTotpStep(ctx.db, { userId: ctx.user.id, step });
  } else {
    ok = await verifyPassword(findPasswordHash(ctx.db, ctx.user.id), input.confirmation);
  }
  if (!ok) {
    inTransaction(ctx.db, (tx) => appendAudit(tx, { actorId: ctx.user.id, portal: ctx.portal, action: 'auth.twoFactor.failed', entity: 'user', entityId: ctx.user.id, detail: { how, turningOff: true } }, now));
    throw new DomainError('INVALID', 'errors.wrongTwoFactorConfirmation', 'This is neither your password nor the code your app shows now', 'confirmation');
  }
  ctx.signInLimiter.codeSucceeded(ctx.db, attempt, now);
  turnOffOwnTwoFactor(ctx.db, actorOf(ctx), { how });
  return { ok: true };
}
