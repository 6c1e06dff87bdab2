// A staff-portal caller acting as a demo user, with the same inner context the server builds: for benches.
import { createCallerFactory, createSignInLimiter, memorySession, staffRouter, type Context } from '@kruosar/api';
import { fixedClock, findUserForSignIn, type Db } from '@kruosar/db';
import type { CurrentUser } from '@kruosar/domain';

export function staffCallerFor(db: Db, username: string, now: Date) {
  const found = findUserForSignIn(db, username);
  if (!found) throw new Error(`The demo user ${username} is missing`);
  const { passwordHash: _hash, ...user } = found;
  const ctx: Context = {
    db,
    clock: fixedClock(now.toISOString()),
    portal: 'staff',
    user,
    session: memorySession(),
    signInLimiter: createSignInLimiter(),
    clientKey: 'bench',
    sessionTtlHours: 12,
    organisationName: 'Bench',
  };
  return { user: user satisfies CurrentUser, call: createCallerFactory(staffRouter)(ctx) };
}
