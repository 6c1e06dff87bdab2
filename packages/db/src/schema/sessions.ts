import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { users } from './users';

/** Server-side sessions. The cookie holds a random token; only its SHA-256 is stored here. */
export const sessions = sqliteTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: text('user_id').notNull().references(() => users.id),
    portal: text('portal', { enum: ['staff', 'hive', 'supporters'] }).notNull(),
    createdAt: text('created_at').notNull(),
    expiresAt: text('expires_at').notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);
