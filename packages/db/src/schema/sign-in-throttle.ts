import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * Failed sign-ins per counter (an account from one address, an account, an address) and the addresses each
 * account has signed in from. In SQLite so a restart forgets nothing; keys are hashed so no typed username or
 * address is kept in the clear; rows untouched for long are purged, which bounds the table.
 */
export const signInThrottle = sqliteTable(
  'sign_in_throttle',
  {
    keyHash: text('key_hash').primaryKey(),
    failures: integer('failures').notNull().default(0),
    blockedUntil: text('blocked_until'),
    lastAt: text('last_at').notNull(),
  },
  (t) => [index('sign_in_throttle_last_idx').on(t.lastAt)],
);
