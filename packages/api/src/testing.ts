// Builds the same inner context the server builds, for tests: real SQLite, fixed clock, in-memory session.
import { createUser, fixedClock, type Db } from '@kruosar/db';
import type { CurrentUser, Portal, Role } from '@kruosar/domain';
import { memorySession, type Context } from './context';
import { createSignInLimiter } from './auth/rate-limit';

export const TEST_NOW = '2026-11-21T09:00:00.000Z';

export function testContext(db: Db, portal: Portal, user: CurrentUser | null, now = TEST_NOW): Context {
  return {
    db,
    clock: fixedClock(now),
    portal,
    user,
    session: memorySession(),
    signInLimiter: createSignInLimiter(),
    clientKey: 'test-client',
    sessionTtlHours: 12,
    organisationName: 'Test organisation',
  };
}

let counter = 0;
export function makeUser(db: Db, role: Role, communeCodes: string[] = [], passwordHash = 'unused'): CurrentUser {
  counter++;
  return createUser(db, { username: `${role.replace('_', '')}${counter}`, displayName: `Test ${role} ${counter}`, role, locale: 'en', communeCodes, passwordHash }, new Date(TEST_NOW));
}
