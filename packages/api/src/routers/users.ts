// Staff accounts for administrators: list, create, edit role and communes, deactivate, reactivate, reset a password.
import { z } from 'zod';
import {
  AccountRef,
  Ok,
  PasswordChangeInput,
  RecoveryCodes,
  staffRoles,
  StaffAccountCreateInput,
  StaffAccountUpdateInput,
  TemporaryPassword,
  TwoFactorConfirmInput,
  TwoFactorDisableInput,
  TwoFactorEnrolment,
  TwoFactorStatus,
  UserAccount,
  UserAccountPage,
  UserListInput,
} from '@kruosar/domain';
import { listStaffAccounts, resetTwoFactor, setStaffAccountActive, twoFactorStatusOf, updateStaffAccount } from '@kruosar/db';
import { procedureFor, router } from '../trpc';
import { changePassword, confirmTwoFactorCode, createAccountWithTemporaryPassword, resetToTemporaryPassword, startTwoFactor, turnOffTwoFactor } from '../auth/accounts';

const actorOf = (ctx: { user: { id: string }; portal: string; clock: { now(): Date } }) => ({ actor: ctx.user, portal: ctx.portal, now: ctx.clock.now() });

export const usersRouter = router({
  list: procedureFor('admin')
    .input(UserListInput)
    .output(UserAccountPage)
    .query(({ ctx, input }) => listStaffAccounts(ctx.db, input)),
  create: procedureFor('admin')
    .input(StaffAccountCreateInput)
    .output(TemporaryPassword)
    .mutation(({ ctx, input }) => createAccountWithTemporaryPassword(ctx, input)),
  update: procedureFor('admin')
    .input(StaffAccountUpdateInput)
    .output(UserAccount)
    .mutation(({ ctx, input }) => updateStaffAccount(ctx.db, actorOf(ctx), input)),
  deactivate: procedureFor('admin')
    .input(AccountRef)
    .output(UserAccount)
    .mutation(({ ctx, input }) => setStaffAccountActive(ctx.db, actorOf(ctx), { ...input, active: false })),
  reactivate: procedureFor('admin')
    .input(AccountRef)
    .output(UserAccount)
    .mutation(({ ctx, input }) => setStaffAccountActive(ctx.db, actorOf(ctx), { ...input, active: true })),
  resetPassword: procedureFor('admin')
    .input(AccountRef)
    .output(TemporaryPassword)
    .mutation(({ ctx, input }) => resetToTemporaryPassword(ctx, input)),
  /** For a lost phone: the person sets two-factor sign-in up again (admins and supervisors at their next sign-in). */
  resetTwoFactor: procedureFor('admin')
    .input(AccountRef)
    .output(UserAccount)
    .mutation(({ ctx, input }) => resetTwoFactor(ctx.db, actorOf(ctx), input)),
});

/** The signed-in person's own account: changing their password (required after an administrator's reset). */
export const accountRouter = router({
  changePassword: procedureFor(...staffRoles)
    .input(PasswordChangeInput)
    .output(Ok)
    .mutation(({ ctx, input }) => changePassword(ctx, input)),
  twoFactorStatus: procedureFor(...staffRoles)
    .input(z.void())
    .output(TwoFactorStatus)
    .query(({ ctx }) => twoFactorStatusOf(ctx.db, ctx.user.id)),
  twoFactorStart: procedureFor(...staffRoles)
    .input(z.void())
    .output(TwoFactorEnrolment)
    .mutation(({ ctx }) => startTwoFactor(ctx)),
  twoFactorConfirm: procedureFor(...staffRoles)
    .input(TwoFactorConfirmInput)
    .output(RecoveryCodes)
    .mutation(({ ctx, input }) => confirmTwoFactorCode(ctx, input)),
  /** Where the role leaves it optional; admins and supervisors are refused. */
  twoFactorTurnOff: procedureFor(...staffRoles)
    .input(TwoFactorDisableInput)
    .output(Ok)
    .mutation(({ ctx, input }) => turnOffTwoFactor(ctx, input)),
});

/** A volunteer whose account was made from their application signs in first with a temporary password, then chooses their own. */
export const supportersAccountRouter = router({
  changePassword: procedureFor('volunteer')
    .input(PasswordChangeInput)
    .output(Ok)
    .mutation(({ ctx, input }) => changePassword(ctx, input)),
});
