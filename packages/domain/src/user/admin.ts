// What an administrator does with staff accounts: list, create, change role and communes, deactivate, reset a password.
import { z } from 'zod';
import { CommuneCode } from '../geography/schemas';
import { staffRoles } from '../roles';
import { Id, Version, pageOf } from '../common/schemas';
import { Password, Username, locales } from './schemas';

export const accountStatuses = ['active', 'deactivated'] as const;
export type AccountStatus = (typeof accountStatuses)[number];

export const UserListInput = z.object({
  search: z.string().trim().max(80).default(''),
  role: z.enum(staffRoles).nullable().default(null),
  status: z.enum(accountStatuses).nullable().default(null),
  page: z.number().int().min(1).default(1),
  pageSize: z.number().int().min(1).max(100).default(25),
});
export type UserListInput = z.infer<typeof UserListInput>;

export const UserAccount = z.object({
  id: z.string(),
  version: Version,
  username: z.string(),
  displayName: z.string(),
  role: z.enum(staffRoles),
  locale: z.enum(locales),
  communeCodes: z.array(z.string()),
  status: z.enum(accountStatuses),
  mustChangePassword: z.boolean(),
  twoFactorEnabled: z.boolean(),
  /** Receives complaints about staff (see feedback rules). */
  safeguardingLead: z.boolean(),
  createdAt: z.string(),
});
export type UserAccount = z.infer<typeof UserAccount>;
export const UserAccountPage = pageOf(UserAccount);
export type UserAccountPage = z.infer<typeof UserAccountPage>;

const accountFields = {
  displayName: z.string().trim().min(1, 'Name: fill in the name').max(120),
  role: z.enum(staffRoles, { error: 'Role: choose a role' }),
  locale: z.enum(locales).default('en'),
  communeCodes: z.array(CommuneCode).max(200).default([]),
};

/** A staff account made in the portal: it signs in first with a temporary password shown once, then changes it. */
export const StaffAccountCreateInput = z.object({ username: Username, ...accountFields });
export type StaffAccountCreateInput = z.infer<typeof StaffAccountCreateInput>;

export const StaffAccountUpdateInput = z.object({
  id: Id,
  expectedVersion: Version,
  ...accountFields,
  /** Left out, unchanged. Only staff who work cases may be safeguarding leads. */
  safeguardingLead: z.boolean().optional(),
});
export type StaffAccountUpdateInput = z.infer<typeof StaffAccountUpdateInput>;

export const AccountRef = z.object({ id: Id, expectedVersion: Version });
export type AccountRef = z.infer<typeof AccountRef>;

/** Shown to the administrator once; only its hash is stored. */
export const TemporaryPassword = z.object({ account: UserAccount, temporaryPassword: z.string() });
export type TemporaryPassword = z.infer<typeof TemporaryPassword>;

export const PasswordChangeInput = z
  .object({ currentPassword: z.string().min(1, 'Current password: fill it in').max(200), newPassword: Password })
  .refine((v) => v.newPassword !== v.currentPassword, { path: ['newPassword'], message: 'New password: choose one different from the current one' });
export type PasswordChangeInput = z.infer<typeof PasswordChangeInput>;

/** Supervisors and caseworkers work in communes; an admin or analyst without communes is normal. */
export function communesRequired(role: (typeof staffRoles)[number]): boolean {
  return role === 'supervisor' || role === 'caseworker';
}
