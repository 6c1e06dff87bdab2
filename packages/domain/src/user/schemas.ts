// Accounts, sign-in and the signed-in person as every portal sees them.
import { z } from 'zod';
import { roles } from '../roles';
import { CommuneCode } from '../geography/schemas';

export const locales = ['en', 'km'] as const;
export type Locale = (typeof locales)[number];

export const Username = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9._-]{3,40}$/, 'A username is 3-40 letters, digits, dots, dashes or underscores');

export const Password = z.string().min(10, 'A password has at least 10 characters').max(200);

export const SignInInput = z.object({
  username: z.string().trim().toLowerCase().min(1, 'Enter your username').max(40),
  password: z.string().min(1, 'Enter your password').max(200),
  /** The authenticator code or a recovery code, sent again with the password once the server asks for it. */
  code: z.string().trim().max(40).optional(),
});
export type SignInInput = z.infer<typeof SignInInput>;

export const CurrentUser = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(roles),
  locale: z.enum(locales),
  communeCodes: z.array(z.string()),
  /** Set after an administrator's reset: nothing else works until the person chooses a new password. */
  mustChangePassword: z.boolean().optional(),
  /** An admin or supervisor without two-factor sign-in: nothing else works until they set it up. */
  mustEnrolTwoFactor: z.boolean().optional(),
});
export type CurrentUser = z.infer<typeof CurrentUser>;

export const UserCreateInput = z.object({
  username: Username,
  displayName: z.string().trim().min(1).max(120),
  role: z.enum(roles),
  password: Password,
  locale: z.enum(locales).default('en'),
  communeCodes: z.array(CommuneCode).default([]),
});
export type UserCreateInput = z.infer<typeof UserCreateInput>;

/** One of the signed-in person's own sessions, as they may see it: never the token. */
export const SessionSummary = z.object({
  id: z.string(),
  portal: z.enum(['staff', 'hive', 'supporters']),
  createdAt: z.string(),
  expiresAt: z.string(),
  /** The session of this very browser. */
  current: z.boolean(),
});
export type SessionSummary = z.infer<typeof SessionSummary>;
export const EndSessionInput = z.object({ sessionId: z.string().trim().min(1).max(64) });
export type EndSessionInput = z.infer<typeof EndSessionInput>;
