// The context every procedure sees. The inner part (db, user, clock) is built the same way in tests and
// in the server; the outer part (cookies, client address) comes from the HTTP request.
import type { Clock, Db } from '@kruosar/db';
import type { CurrentUser, Portal } from '@kruosar/domain';
import type { SignInLimiter } from './auth/rate-limit';

/** How the transport keeps the session token; the server implements it with httpOnly cookies. */
export type SessionCarrier = {
  token: string | null;
  set: (token: string, expiresAt: string) => void;
  clear: () => void;
};

export type InnerContext = {
  db: Db;
  clock: Clock;
  portal: Portal;
  user: CurrentUser | null;
  session: SessionCarrier;
  signInLimiter: SignInLimiter;
  /** Client address, for the sign-in rate limit. */
  clientKey: string;
  /** How long a session lasts after sign-in. */
  sessionTtlHours: number;
  /** The organisation's name as printed on public documents (a server setting). */
  organisationName: string;
};

export type Context = InnerContext;

/** A session carrier that only remembers, for tests and CLI calls. */
export function memorySession(initial: string | null = null): SessionCarrier & { expiresAt: string | null } {
  const carrier = {
    token: initial,
    expiresAt: null as string | null,
    set(token: string, expiresAt: string) {
      carrier.token = token;
      carrier.expiresAt = expiresAt;
    },
    clear() {
      carrier.token = null;
      carrier.expiresAt = null;
    },
  };
  return carrier;
}
