// Accounts and their commune scope. Password hashing happens above this layer; only hashes come here.
import { randomUUID } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import { DomainError, twoFactorRequired, type CurrentUser, type Locale, type Role } from '@kruosar/domain';
import type { Db } from '../client';
import { userCommunes, users } from '../schema/index';

export type NewUser = {
  username: string;
  displayName: string;
  role: Role;
  locale: Locale;
  communeCodes: string[];
  passwordHash: string;
  /** Only the demo seed sets this (see twoFactorExempt in the users table). */
  twoFactorExempt?: boolean;
};

export function createUser(db: Db, input: NewUser, now: Date): CurrentUser {
  const existing = db.select({ id: users.id }).from(users).where(eq(users.username, input.username)).get();
  if (existing) throw new DomainError('CONFLICT', 'errors.usernameTaken', `The username ${input.username} is already taken`, 'username');
  const id = randomUUID();
  const at = now.toISOString();
  db.insert(users)
    .values({ id, username: input.username, displayName: input.displayName, role: input.role, locale: input.locale, passwordHash: input.passwordHash, twoFactorExempt: input.twoFactorExempt ?? false, createdAt: at, updatedAt: at })
    .run();
  for (const communeCode of new Set(input.communeCodes)) db.insert(userCommunes).values({ userId: id, communeCode }).run();
  return { id, username: input.username, displayName: input.displayName, role: input.role, locale: input.locale, communeCodes: [...new Set(input.communeCodes)] };
}

function communesOf(db: Db, userId: string): string[] {
  return db.select({ c: userCommunes.communeCode }).from(userCommunes).where(eq(userCommunes.userId, userId)).all().map((r) => r.c).sort();
}

export function findUserForSignIn(db: Db, username: string): (CurrentUser & { passwordHash: string; totpSecret: string | null }) | undefined {
  const row = db.select().from(users).where(and(eq(users.username, username), isNull(users.archivedAt))).get();
  if (!row) return undefined;
  // Only a confirmed secret asks for a code at sign-in; a pending one is still being set up.
  return { ...toCurrentUser(row, communesOf(db, row.id)), passwordHash: row.passwordHash, totpSecret: row.totpConfirmedAt ? row.totpSecret : null };
}

export function findUserById(db: Db, id: string): CurrentUser | undefined {
  const row = db.select().from(users).where(and(eq(users.id, id), isNull(users.archivedAt))).get();
  return row ? toCurrentUser(row, communesOf(db, row.id)) : undefined;
}

export function listUsers(db: Db): CurrentUser[] {
  return db.select().from(users).where(isNull(users.archivedAt)).orderBy(users.username).all().map((row) => toCurrentUser(row, communesOf(db, row.id)));
}

function toCurrentUser(row: typeof users.$inferSelect, communeCodes: string[]): CurrentUser {
  const user: CurrentUser = { id: row.id, username: row.username, displayName: row.displayName, role: row.role as Role, locale: row.locale as Locale, communeCodes };
  const mustEnrol = twoFactorRequired(row.role as Role) && !row.twoFactorExempt && row.totpConfirmedAt === null;
  return { ...user, ...(row.mustChangePassword ? { mustChangePassword: true } : {}), ...(mustEnrol ? { mustEnrolTwoFactor: true } : {}) };
}
