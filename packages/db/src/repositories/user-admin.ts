// Staff accounts as an administrator manages them: list, create, edit, deactivate and reactivate, reset a password.
// Password hashing happens above this layer; only hashes come here.
import { randomUUID } from 'node:crypto';
import { and, asc, eq, inArray, isNotNull, isNull, or, sql, type SQL } from 'drizzle-orm';
import {
  communesRequired,
  DomainError,
  forbidden,
  invalid,
  notFound,
  staffRoles,
  type AccountRef,
  type CurrentUser,
  type Locale,
  type StaffAccountCreateInput,
  type StaffAccountUpdateInput,
  type StaffRole,
  type UserAccount,
  type UserAccountPage,
  type UserListInput,
} from '@kruosar/domain';
import type { Db } from '../client';
import { inTransaction } from '../client';
import { geoUnits, userCommunes, users } from '../schema/index';
import { appendAudit } from './audit';
import { endSessionsOfUser } from './sessions';
import { updateVersioned } from './versioned';

/** Who acts: an administrator in the portal, or nobody (null) at the server's command line. */
type Actor = { actor: Pick<CurrentUser, 'id'> | null; portal: string; now: Date };
type Row = typeof users.$inferSelect;

function communesOf(db: Db, userIds: string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  if (userIds.length === 0) return out;
  for (const r of db.select().from(userCommunes).where(inArray(userCommunes.userId, userIds)).orderBy(asc(userCommunes.communeCode)).all()) {
    out.set(r.userId, [...(out.get(r.userId) ?? []), r.communeCode]);
  }
  return out;
}

function toAccount(row: Row, communeCodes: string[]): UserAccount {
  return {
    id: row.id,
    version: row.version,
    username: row.username,
    displayName: row.displayName,
    role: row.role as StaffRole,
    locale: row.locale as Locale,
    communeCodes,
    status: row.archivedAt === null ? 'active' : 'deactivated',
    mustChangePassword: row.mustChangePassword,
    twoFactorEnabled: row.totpConfirmedAt !== null,
    safeguardingLead: row.safeguardingLead,
    createdAt: row.createdAt,
  };
}

const staffOnly = inArray(users.role, [...staffRoles]);

/** Staff accounts, by username, with search on username and name and filters on role and status. */
export function listStaffAccounts(db: Db, input: UserListInput): UserAccountPage {
  const conditions: (SQL | undefined)[] = [staffOnly];
  if (input.search) {
    const pattern = `%${input.search.toLowerCase().replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
    conditions.push(or(sql`lower(${users.username}) like ${pattern} escape '\\'`, sql`lower(${users.displayName}) like ${pattern} escape '\\'`));
  }
  if (input.role) conditions.push(eq(users.role, input.role));
  if (input.status) conditions.push(input.status === 'active' ? isNull(users.archivedAt) : isNotNull(users.archivedAt));
  const where = and(...conditions);
  const total = db.select({ n: sql<number>`count(*)` }).from(users).where(where).get()?.n ?? 0;
  const rows = db.select().from(users).where(where).orderBy(asc(users.username)).limit(input.pageSize).offset((input.page - 1) * input.pageSize).all();
  const communes = communesOf(db, rows.map((r) => r.id));
  return { total, page: input.page, pageSize: input.pageSize, items: rows.map((r) => toAccount(r, communes.get(r.id) ?? [])) };
}

function staffRow(db: Db, id: string): Row {
  const row = db.select().from(users).where(and(eq(users.id, id), staffOnly)).get();
  if (!row) throw notFound('Account');
  return row;
}

export function findStaffAccount(db: Db, id: string): UserAccount {
  const row = staffRow(db, id);
  return toAccount(row, communesOf(db, [row.id]).get(row.id) ?? []);
}

/** Communes must exist, and supervisors and caseworkers need at least one (their record scope). */
function checkCommunes(db: Db, role: StaffRole, communeCodes: string[]): string[] {
  const unique = [...new Set(communeCodes)].sort();
  if (communesRequired(role) && unique.length === 0) throw invalid('communeCodes', 'Communes: a supervisor or caseworker works in at least one commune', 'errors.communesRequired');
  if (unique.length > 0) {
    const known = db.select({ code: geoUnits.code }).from(geoUnits).where(and(inArray(geoUnits.code, unique), eq(geoUnits.level, 'commune'))).all().length;
    if (known !== unique.length) throw invalid('communeCodes', 'Communes: one of these communes is not in the imported geography', 'errors.unknownCommune');
  }
  return unique;
}

function setCommunes(tx: Db, userId: string, communeCodes: string[]) {
  tx.delete(userCommunes).where(eq(userCommunes.userId, userId)).run();
  for (const communeCode of communeCodes) tx.insert(userCommunes).values({ userId, communeCode }).run();
}

export function createStaffAccount(db: Db, w: Actor, params: { input: StaffAccountCreateInput; passwordHash: string }): UserAccount {
  const { input } = params;
  return inTransaction(db, (tx) => {
    const communeCodes = checkCommunes(tx, input.role, input.communeCodes);
    if (tx.select({ id: users.id }).from(users).where(eq(users.username, input.username)).get()) {
      throw new DomainError('CONFLICT', 'errors.usernameTaken', `Username: ${input.username} is already taken`, 'username');
    }
    const id = randomUUID();
    const at = w.now.toISOString();
    tx.insert(users)
      .values({ id, username: input.username, displayName: input.displayName, role: input.role, locale: input.locale, passwordHash: params.passwordHash, mustChangePassword: true, createdAt: at, updatedAt: at })
      .run();
    setCommunes(tx, id, communeCodes);
    appendAudit(tx, { actorId: w.actor?.id ?? null, portal: w.portal, action: 'user.create', entity: 'user', entityId: id, detail: { username: input.username, role: input.role, communes: communeCodes.join(',') } }, w.now);
    return findStaffAccount(tx, id);
  });
}

export function updateStaffAccount(db: Db, w: Actor, input: StaffAccountUpdateInput): UserAccount {
  return inTransaction(db, (tx) => {
    const before = staffRow(tx, input.id);
    if (before.id === w.actor?.id && input.role !== before.role) throw forbidden('Role: you cannot change your own role; ask another administrator');
    const communeCodes = checkCommunes(tx, input.role, input.communeCodes);
    const safeguardingLead = input.safeguardingLead ?? before.safeguardingLead;
    if (safeguardingLead && input.role === 'analyst') throw invalid('safeguardingLead', 'Safeguarding lead: an analyst cannot be a safeguarding lead', 'errors.safeguardingLeadRole');
    updateVersioned(tx, { table: users, id: input.id, expectedVersion: input.expectedVersion, set: { displayName: input.displayName, role: input.role, locale: input.locale, safeguardingLead, updatedAt: w.now.toISOString() }, what: 'The account' });
    setCommunes(tx, input.id, communeCodes);
    appendAudit(tx, { actorId: w.actor?.id ?? null, portal: w.portal, action: 'user.update', entity: 'user', entityId: input.id, detail: { fromRole: before.role, toRole: input.role, communes: communeCodes.join(','), safeguardingLead } }, w.now);
    return findStaffAccount(tx, input.id);
  });
}

/** Deactivated: cannot sign in, and every open session ends now. Reactivated: may sign in again. */
export function setStaffAccountActive(db: Db, w: Actor, params: AccountRef & { active: boolean }): UserAccount {
  return inTransaction(db, (tx) => {
    const row = staffRow(tx, params.id);
    if (row.id === w.actor?.id) throw forbidden('You cannot deactivate your own account; ask another administrator');
    updateVersioned(tx, { table: users, id: row.id, expectedVersion: params.expectedVersion, set: { archivedAt: params.active ? null : w.now.toISOString(), updatedAt: w.now.toISOString() }, what: 'The account' });
    const ended = params.active ? 0 : endSessionsOfUser(tx, row.id);
    appendAudit(tx, { actorId: w.actor?.id ?? null, portal: w.portal, action: params.active ? 'user.reactivate' : 'user.deactivate', entity: 'user', entityId: row.id, detail: { username: row.username, sessionsEnded: ended } }, w.now);
    return findStaffAccount(tx, row.id);
  });
}

/** A new temporary password (its hash): open sessions end, and the next sign-in asks for a new password. */
export function resetStaffPassword(db: Db, w: Actor, params: AccountRef & { passwordHash: string }): UserAccount {
  return inTransaction(db, (tx) => {
    const row = staffRow(tx, params.id);
    updateVersioned(tx, { table: users, id: row.id, expectedVersion: params.expectedVersion, set: { passwordHash: params.passwordHash, mustChangePassword: true, updatedAt: w.now.toISOString() }, what: 'The account' });
    const ended = endSessionsOfUser(tx, row.id);
    appendAudit(tx, { actorId: w.actor?.id ?? null, portal: w.portal, action: 'user.resetPassword', entity: 'user', entityId: row.id, detail: { username: row.username, sessionsEnded: ended } }, w.now);
    return findStaffAccount(tx, row.id);
  });
}

export function findPasswordHash(db: Db, userId: string): string {
  const row = db.select({ passwordHash: users.passwordHash }).from(users).where(and(eq(users.id, userId), isNull(users.archivedAt))).get();
  if (!row) throw notFound('Account');
  return row.passwordHash;
}

/** The person's own new password; the "must change" mark is cleared. */
export function changeOwnPassword(db: Db, w: { actor: Pick<CurrentUser, 'id'>; portal: string; now: Date }, passwordHash: string): void {
  inTransaction(db, (tx) => {
    // Not a versioned edit: an administrator's open list of accounts stays current when someone changes their password.
    tx.update(users).set({ passwordHash, mustChangePassword: false, updatedAt: w.now.toISOString() }).where(eq(users.id, w.actor.id)).run();
    appendAudit(tx, { actorId: w.actor.id, portal: w.portal, action: 'user.changePassword', entity: 'user', entityId: w.actor.id }, w.now);
  });
}

/** For the CLI when no administrator can sign in: by username, any role. */
export function findAccountIdByUsername(db: Db, username: string): { id: string; version: number; role: string } {
  const row = db.select({ id: users.id, version: users.version, role: users.role }).from(users).where(eq(users.username, username)).get();
  if (!row) throw notFound(`Account ${username}`);
  return row;
}
