// Two-factor sign-in with a time-based code (TOTP): who must use it, and what is typed.
import { z } from 'zod';
import type { Role } from '../roles';

/** Admins and supervisors see and approve every case in their scope: a stolen password alone must not open them. */
export function twoFactorRequired(role: Role): boolean {
  return role === 'admin' || role === 'supervisor';
}

/** Only where it is optional may a person turn it off again; for admins and supervisors it stays on. */
export const mayTurnOffTwoFactor = (role: Role): boolean => !twoFactorRequired(role);

/**
 * Turning it off is confirmed with the account's password or the code the app shows now, so an unattended open
 * session cannot quietly weaken the account. Six digits are a code (a password has at least ten characters).
 */
export const TwoFactorDisableInput = z.object({
  confirmation: z.string().min(1, 'Confirm with your password or the code your app shows now').max(200),
});
export type TwoFactorDisableInput = z.infer<typeof TwoFactorDisableInput>;

/** Six digits from the authenticator app, or one of the recovery codes (spaces and dashes ignored). */
export const TwoFactorCode = z
  .string()
  .trim()
  .min(1, 'Code: type the code from your authenticator app')
  .max(40)
  .transform((v) => v.replace(/[\s-]/g, '').toLowerCase());
export type TwoFactorCode = z.infer<typeof TwoFactorCode>;

export const isAuthenticatorCode = (code: string) => /^\d{6}$/.test(code);

export const TwoFactorConfirmInput = z.object({
  code: z.string().trim().regex(/^\d{6}$/, 'Code: type the six digits your authenticator app shows'),
});
export type TwoFactorConfirmInput = z.infer<typeof TwoFactorConfirmInput>;

export const TwoFactorStatus = z.object({
  enabled: z.boolean(),
  /** The role must use it (unless a demo account). */
  required: z.boolean(),
  recoveryCodesLeft: z.number().int(),
});
export type TwoFactorStatus = z.infer<typeof TwoFactorStatus>;

/** A new secret to scan: the otpauth:// link (the QR code's content) and the secret for typing by hand. */
export const TwoFactorEnrolment = z.object({ secret: z.string(), uri: z.string() });
export type TwoFactorEnrolment = z.infer<typeof TwoFactorEnrolment>;

/** Shown once after confirming; only their hashes are kept. */
export const RecoveryCodes = z.object({ recoveryCodes: z.array(z.string()) });
export type RecoveryCodes = z.infer<typeof RecoveryCodes>;

export const RECOVERY_CODE_COUNT = 10;
