// Time-based codes (RFC 6238, 30 seconds, 6 digits, SHA-1: what every authenticator app reads) and recovery codes.
import { createHash, randomBytes } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';

const ISSUER = 'Kruosar';
const totpOf = (secret: string, label = '') => new TOTP({ issuer: ISSUER, label, secret: Secret.fromBase32(secret), algorithm: 'SHA1', digits: 6, period: 30 });

/** 160 random bits, base32: the size RFC 4226 recommends. */
export const newTotpSecret = () => new Secret({ size: 20 }).base32;

/** The otpauth:// link a QR code carries. */
export const totpUri = (secret: string, username: string) => totpOf(secret, username).toString();

/**
 * The 30-second step a code belongs to, allowing one step either side for a phone's clock; null when the code is
 * wrong. The caller refuses a step already used.
 */
export function totpStepOf(secret: string, code: string, now: Date): number | null {
  const totp = totpOf(secret);
  const delta = totp.validate({ token: code, timestamp: now.getTime(), window: 1 });
  return delta === null ? null : totp.counter({ timestamp: now.getTime() }) + delta;
}

// No 0/1/i/l/o: recovery codes are copied by hand.
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
function recoveryCode(): string {
  const bytes = randomBytes(10);
  const chars = [...bytes].map((b) => ALPHABET[b % ALPHABET.length]).join('');
  return `${chars.slice(0, 5)}-${chars.slice(5)}`;
}

export const newRecoveryCodes = (count: number) => Array.from({ length: count }, recoveryCode);

/** Stored instead of the code: they are random enough (about 49 bits) that a plain hash suffices. */
export const recoveryCodeHash = (code: string) => createHash('sha256').update(`recovery:${code.replace(/[\s-]/g, '').toLowerCase()}`).digest('hex');
