import { integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { archivedAt, id, timestamps, version } from './columns';

export const users = sqliteTable(
  'users',
  {
    id: id(),
    username: text('username').notNull(),
    displayName: text('display_name').notNull(),
    role: text('role').notNull(),
    passwordHash: text('password_hash').notNull(),
    locale: text('locale').notNull().default('en'),
    totpSecret: text('totp_secret'),
    /** After a reset by an administrator: the temporary password only opens the change-password screen. */
    mustChangePassword: integer('must_change_password', { mode: 'boolean' }).notNull().default(false),
    archivedAt: archivedAt(),
    version: version(),
    ...timestamps(),
  },
  (t) => [uniqueIndex('users_username_idx').on(t.username)],
);

/** The communes a supervisor, caseworker or hive volunteer works in: their record scope. */
export const userCommunes = sqliteTable(
  'user_communes',
  {
    userId: text('user_id').notNull().references(() => users.id),
    communeCode: text('commune_code').notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.communeCode] })],
);
