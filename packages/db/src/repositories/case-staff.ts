// The staff a case can be given to: caseworkers and supervisors of the case's commune, with their open caseload.
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { type CurrentUser, DomainError, type Role, type AssignableStaff, caseScopeOf } from '@kruosar/domain';
import type { Db } from '../client';
import { cases, userCommunes, users } from '../schema/index';
import { findCaseInScope } from './cases';

export type Staff = { id: string; displayName: string; role: Role; communeCodes: string[] };

/** A live account by id, with its communes; an unknown or archived one is a validation problem of `field`. */
export function findStaff(db: Db, userId: string, field: string): Staff {
  const row = db.select({ id: users.id, displayName: users.displayName, role: users.role }).from(users).where(and(eq(users.id, userId), isNull(users.archivedAt))).get();
  if (!row) throw new DomainError('INVALID', 'errors.unknownStaff', 'New caseworker: no such member of staff', field);
  const communeCodes = db.select({ c: userCommunes.communeCode }).from(userCommunes).where(eq(userCommunes.userId, userId)).all().map((r) => r.c);
  return { ...row, role: row.role as Role, communeCodes };
}

/**
 * Caseworkers and supervisors working in `communeCode`, fewest open cases first: the people a supervisor may
 * assign or transfer its cases to. Nobody outside the supervisor's communes is listed.
 */
export function listAssignableStaff(db: Db, user: CurrentUser, communeCode: string): AssignableStaff[] {
  if (user.role !== 'admin' && !user.communeCodes.includes(communeCode)) return [];
  return listStaffOfCommune(db, communeCode);
}

/** Caseworkers and supervisors of a commune, the least busy first. */
function listStaffOfCommune(db: Db, communeCode: string): AssignableStaff[] {
  const openCases = sql<number>`(select count(*) from ${cases} where ${cases.assignedTo} = ${users.id} and ${cases.status} = 'open' and ${cases.archivedAt} is null)`;
  return db
    .select({ id: users.id, displayName: users.displayName, role: users.role, openCases })
    .from(users)
    .innerJoin(userCommunes, and(eq(userCommunes.userId, users.id), eq(userCommunes.communeCode, communeCode)))
    .where(and(isNull(users.archivedAt), inArray(users.role, ['caseworker', 'supervisor'])))
    .orderBy(openCases, users.displayName)
    .all()
    .map((r) => ({ ...r, role: r.role as Role }));
}

/**
 * The colleagues a case can be referred to inside the organisation: caseworkers and supervisors of the
 * case's commune, other than the person asking. The case must be in the asker's scope (else NOT_FOUND).
 */
export function listCaseColleagues(db: Db, user: CurrentUser, caseId: string): AssignableStaff[] {
  const c = findCaseInScope(db, caseScopeOf(user), caseId);
  return listStaffOfCommune(db, c.communeCode).filter((s) => s.id !== user.id);
}
