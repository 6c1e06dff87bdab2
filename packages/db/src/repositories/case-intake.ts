// Intake: possible duplicates of a child being registered, then the registration itself with its assignment rules.
import { and, between, eq, isNull, ne, or, sql } from 'drizzle-orm';
import { alias, type SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { type CaseStatus, type CurrentUser, type DuplicateProfile, DomainError, addDays, assertTransfer, caseScopeOf, findPossibleDuplicates, stripNameNotes, stripZeroWidth, type CaseRegistered, type CaseRegisterInput, type DuplicateCheckInput, type PossibleDuplicate } from '@kruosar/domain';
import type { Db } from '../client';
import { inTransaction } from '../client';
import { cases, children, geoUnits, households } from '../schema/index';
import { appendReadAudit } from './audit';
import { assertNotFuture } from './case-workflow';
import { caseScopeSql, registerCase } from './cases';
import { findStaff } from './case-staff';
import { householdFor } from './family-households';
import { notifyAssignment, notifyHighRiskCase } from './notifications';

/** At most this many possible duplicates are shown; the person registering reads every one. */
const MAX_MATCHES = 10;
/** Candidates are children born this close to the one registered; an estimated date widens the window. */
const DOB_WINDOW_DAYS = 2 * 366;
const ESTIMATED_DOB_WINDOW_DAYS = 3 * 366;

type Village = { code: string; communeCode: string };

export function villageOf(db: Db, villageCode: string, field = 'household.villageCode'): Village {
  const village = db.select({ code: geoUnits.code, level: geoUnits.level, parentCode: geoUnits.parentCode }).from(geoUnits).where(eq(geoUnits.code, villageCode)).get();
  if (!village || village.level !== 'village' || !village.parentCode) {
    throw new DomainError('INVALID', 'errors.unknownVillage', `Village ${villageCode} is not in the imported geography`, field);
  }
  return { code: village.code, communeCode: village.parentCode };
}

/** First letters a spelling of these names may start with: Latin spellings vary after the first letter, and o/u swap. */
function initialsOf(names: string[]): string[] {
  const out = new Set<string>();
  for (const name of names) {
    for (const token of stripNameNotes(stripZeroWidth(name)).normalize('NFC').toLowerCase().split(/[\s\-.,]+/)) {
      const first = [...token][0];
      if (!first) continue;
      out.add(first);
      if (first === 'o') out.add('u');
      if (first === 'u') out.add('o');
    }
  }
  return [...out];
}

const commune = alias(geoUnits, 'commune');

/**
 * Children who may be this one, anywhere in Kruosar, scored by the domain rule. SQL narrows the field first:
 * born within two years (three for an estimate), same sex unless either is "other", and names that start like
 * this child's: both names in Latin or both in Khmer (in either order), or one name in the same commune. So only
 * tens to a few hundred children are scored at 20,000 cases. A child registered with another sex, or with a
 * first letter changed in both scripts, is not found here.
 */
export function findDuplicateCandidates(db: Db, user: CurrentUser, input: DuplicateCheckInput): PossibleDuplicate[] {
  const village = villageOf(db, input.villageCode, 'villageCode');
  const child = input.child;
  const window = child.dateOfBirthEstimated ? ESTIMATED_DOB_WINDOW_DAYS : DOB_WINDOW_DAYS;
  const initials = initialsOf([child.givenNameLatin, child.familyNameLatin, child.givenNameKm, child.familyNameKm]);
  const initialOf = (column: SQLiteColumn) => sql`lower(substr(${column}, 1, 1)) in ${initials.length ? initials : ['']}`;
  const bothInitials = (given: SQLiteColumn, family: SQLiteColumn) => and(initialOf(given), initialOf(family));
  const scope = caseScopeSql(caseScopeOf(user));
  const rows = db
    .select({
      caseId: cases.id,
      reference: cases.reference,
      status: cases.status,
      inScope: scope ? sql<number>`case when ${scope} then 1 else 0 end` : sql<number>`1`,
      givenNameKm: children.givenNameKm,
      familyNameKm: children.familyNameKm,
      givenNameLatin: children.givenNameLatin,
      familyNameLatin: children.familyNameLatin,
      sex: children.sex,
      dateOfBirth: children.dateOfBirth,
      dateOfBirthEstimated: children.dateOfBirthEstimated,
      villageCode: households.villageCode,
      communeCode: cases.communeCode,
      communeName: commune.nameLatin,
      communeNameKm: commune.nameKm,
    })
    .from(children)
    .innerJoin(cases, eq(cases.childId, children.id))
    .innerJoin(households, eq(households.id, cases.householdId))
    .leftJoin(commune, eq(commune.code, cases.communeCode))
    .where(
      and(
        between(children.dateOfBirth, addDays(child.dateOfBirth, -window), addDays(child.dateOfBirth, window)),
        child.sex === 'other' ? undefined : or(eq(children.sex, child.sex), eq(children.sex, 'other')),
        isNull(cases.archivedAt),
        ne(cases.status, 'duplicate'),
        or(
          bothInitials(children.givenNameLatin, children.familyNameLatin),
          bothInitials(children.givenNameKm, children.familyNameKm),
          and(
            eq(cases.communeCode, village.communeCode),
            or(initialOf(children.givenNameLatin), initialOf(children.familyNameLatin), initialOf(children.givenNameKm), initialOf(children.familyNameKm)),
          ),
        ),
      ),
    )
    .all();
  const candidate: DuplicateProfile = { ...child, villageCode: village.code, communeCode: village.communeCode };
  const profiles = rows.map((r) => ({ ...r, sex: r.sex as DuplicateProfile['sex'] }));
  return findPossibleDuplicates(candidate, profiles, MAX_MATCHES).map(({ child: r, result }) => {
    const inScope = r.inScope === 1;
    return {
      inScope,
      caseId: inScope ? r.caseId : null,
      reference: r.reference,
      status: r.status as CaseStatus,
      childName: inScope ? `${r.familyNameLatin} ${r.givenNameLatin}` : null,
      childNameKm: inScope ? `${r.familyNameKm} ${r.givenNameKm}` : null,
      dateOfBirth: inScope ? r.dateOfBirth : null,
      communeCode: r.communeCode,
      communeName: r.communeName ?? r.communeCode,
      communeNameKm: r.communeNameKm ?? r.communeCode,
      score: result.score,
      reasons: result.reasons,
    };
  });
}

/**
 * The intake form's duplicate check. Showing possible duplicates is a read of those children's records (and tells
 * that a child is known elsewhere), so a check that finds any is audited with what it showed.
 */
export function checkDuplicatesAtIntake(db: Db, params: { user: CurrentUser; portal: string; input: DuplicateCheckInput; now: Date }): PossibleDuplicate[] {
  const matches = findDuplicateCandidates(db, params.user, params.input);
  if (matches.length > 0) {
    const detail = { ids: matches.flatMap((m) => (m.caseId ? [m.caseId] : [])), references: matches.map((m) => m.reference) };
    appendReadAudit(db, { actorId: params.user.id, portal: params.portal, action: 'case.duplicate_check', entity: 'case', detail }, params.now);
  }
  return matches;
}

/**
 * Who the new case goes to. A caseworker registers for themselves, in their own communes. A supervisor registers
 * in their communes and may leave the case unassigned or give it to a colleague there; an admin anywhere.
 */
function assigneeOf(db: Db, user: CurrentUser, communeCode: string, requested: string | null): string | null {
  const mayRegisterHere = user.role === 'admin' || user.communeCodes.includes(communeCode);
  if (!mayRegisterHere) {
    throw new DomainError('INVALID', 'errors.villageOutsideCommune', 'Village: this village is not in a commune you work in', 'household.villageCode');
  }
  if (user.role === 'caseworker') {
    if (requested !== null && requested !== user.id) {
      throw new DomainError('FORBIDDEN', 'errors.assignOthers', 'Assigned to: a caseworker registers cases for themselves; ask a supervisor to assign it', 'assignedToId');
    }
    return user.id;
  }
  if (requested === null) return null;
  const to = findStaff(db, requested, 'assignedToId');
  try {
    assertTransfer({ currentCaseworkerId: null, to, communeCode });
  } catch (error) {
    if (error instanceof DomainError) throw new DomainError(error.code, error.messageKey, error.message, 'assignedToId');
    throw error;
  }
  return to.id;
}

/**
 * Register a case from the intake form. Possible duplicates are checked again inside the transaction: if there
 * are any and the person has not said they reviewed them, nothing is saved.
 */
export function registerAtIntake(db: Db, params: { user: CurrentUser; portal: string; input: CaseRegisterInput; now: Date }): CaseRegistered {
  const { user, input, now } = params;
  // A typo in the year would show the child as "-4 years old" for ever.
  assertNotFuture('child.dateOfBirth', 'Date of birth', input.child.dateOfBirth, now);
  return inTransaction(db, (tx) => {
    const existing = input.existingHouseholdId === null ? null : householdFor(tx, { actor: user, portal: params.portal, now }, input.existingHouseholdId);
    const village = villageOf(tx, existing?.villageCode ?? input.household.villageCode);
    const assignedToId = assigneeOf(tx, user, village.communeCode, input.assignedToId);
    const matches = findDuplicateCandidates(tx, user, { child: input.child, villageCode: village.code });
    if (matches.length > 0 && !input.duplicatesReviewed) {
      const list = matches.map((m) => m.reference).join(', ');
      throw new DomainError(
        'CONFLICT',
        'errors.possibleDuplicate',
        `This child may already be registered (${list}). Look at the possible duplicates, then register again saying you reviewed them.`,
        'duplicatesReviewed',
      );
    }
    const auditDetail = matches.length > 0 ? { possibleDuplicatesReviewed: matches.map((m) => m.reference) } : undefined;
    const existingHousehold = existing ? { id: existing.id, villageCode: existing.villageCode } : undefined;
    const { caseId, reference } = registerCase(tx, { input, actorId: user.id, assignedTo: assignedToId, now, portal: params.portal, auditDetail, ...(existingHousehold ? { existingHousehold } : {}) });
    const facts = tx.select({ id: cases.id, reference: cases.reference, riskLevel: cases.riskLevel, communeCode: cases.communeCode, firstContactDueAt: cases.firstContactDueAt }).from(cases).where(eq(cases.id, caseId)).get()!;
    if (assignedToId) notifyAssignment(tx, { c: facts, toUserId: assignedToId, actorId: user.id, now });
    notifyHighRiskCase(tx, { c: facts, actorId: user.id, now });
    return { caseId, reference, assignedToId };
  });
}
