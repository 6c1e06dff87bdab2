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
    /** Base32 TOTP secret: pending while totpConfirmedAt is null, in use once the first code confirmed it. */
    totpSecret: text('totp_secret'),
    totpConfirmedAt: text('totp_confirmed_at'),
    /** The last 30-second step a code was accepted for: the same code is never accepted twice. */
    totpLastStep: integer('totp_last_step'),
    /** SHA-256 of each unused recovery code, as a JSON array. */
    recoveryCodeHashes: text('recovery_code_hashes', { mode: 'json' }).$type<string[]>().notNull().default([]),
    /**
     * Set only by the demo seed on its own admin and supervisors, so the demo and browser tests sign in with the
     * printed password; every other admin and supervisor must use two-factor sign-in.
     */
    twoFactorExempt: integer('two_factor_exempt', { mode: 'boolean' }).notNull().default(false),
    /** After a reset by an administrator: the temporary password only opens the change-password screen. */
    mustChangePassword: integer('must_change_password', { mode: 'boolean' }).notNull().default(false),
    /** A safeguarding lead receives complaints about staff (which the staff member's own team never sees). */
    safeguardingLead: integer('safeguarding_lead', { mode: 'boolean' }).notNull().default(false),
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
