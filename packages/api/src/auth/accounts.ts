// Passwords for staff accounts: a temporary one made by an administrator (shown once), and the person's own change.
import { randomBytes } from 'node:crypto';
import { DomainError, type AccountRef, type PasswordChangeInput, type StaffAccountCreateInput, type TemporaryPassword } from '@kruosar/domain';
import { changeOwnPassword, createStaffAccount, findPasswordHash, resetStaffPassword } from '@kruosar/db';
import type { Context } from '../context';
import { hashPassword, verifyPassword } from './password';

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
