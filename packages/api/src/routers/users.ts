// Staff accounts for administrators: list, create, edit role and communes, deactivate, reactivate, reset a password.
import { AccountRef, Ok, PasswordChangeInput, staffRoles, StaffAccountCreateInput, StaffAccountUpdateInput, TemporaryPassword, UserAccount, UserAccountPage, UserListInput } from '@kruosar/domain';
import { listStaffAccounts, setStaffAccountActive, updateStaffAccount } from '@kruosar/db';
import { procedureFor, router } from '../trpc';
import { changePassword, createAccountWithTemporaryPassword, resetToTemporaryPassword } from '../auth/accounts';

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
});

/** The signed-in person's own account: changing their password (required after an administrator's reset). */
export const accountRouter = router({
  changePassword: procedureFor(...staffRoles)
    .input(PasswordChangeInput)
    .output(Ok)
    .mutation(({ ctx, input }) => changePassword(ctx, input)),
});
