// The case page: the case with its child and household (an audited read), and the case's own edits.
import { eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { type CaseSource, type CaseStage, type CaseStatus, type CurrentUser, DomainError, type ProtectionConcern, type RiskLevel, caseScopeOf, firstContactDueAt, type CaseDetail, type CaseRecord, type CaseUpdateInput, type FirstContactInput, type Saved } from '@kruosar/domain';
import type { Db } from '../client';
import { inTransaction } from '../client';
import { cases, geoUnits, households, users } from '../schema/index';
import { appendAudit, appendReadAudit } from './audit';
import { findCaseInScope } from './cases';
import { childRecord } from './children';
import { householdRecord } from './households';
import { updateVersioned } from './versioned';

const commune = alias(geoUnits, 'commune');
const village = alias(geoUnits, 'village');
const assignee = alias(users, 'assignee');
const registrar = alias(users, 'registrar');

function caseRecord(db: Db, caseId: string, now: Date): CaseRecord {
  const r = db
    .select({
      c: cases,
      communeName: commune.nameLatin,
      communeNameKm: commune.nameKm,
      villageCode: households.villageCode,
      villageName: village.nameLatin,
      villageNameKm: village.nameKm,
      assigneeName: assignee.displayName,
      registrarName: registrar.displayName,
    })
    .from(cases)
    .innerJoin(households, eq(households.id, cases.householdId))
    .leftJoin(commune, eq(commune.code, cases.communeCode))
    .leftJoin(village, eq(village.code, households.villageCode))
    .leftJoin(assignee, eq(assignee.id, cases.assignedTo))
    .leftJoin(registrar, eq(registrar.id, cases.registeredBy))
    .where(eq(cases.id, caseId))
    .get()!;
  const { c } = r;
  return {
    id: c.id,
    reference: c.reference,
    status: c.status as CaseStatus,
    stage: c.stage as CaseStage,
    riskLevel: c.riskLevel as RiskLevel,
    protectionConcerns: c.protectionConcerns as ProtectionConcern[],
    source: c.source as CaseSource,
    summary: c.summary,
    communeCode: c.communeCode,
    communeName: r.communeName ?? c.communeCode,
    communeNameKm: r.communeNameKm ?? c.communeCode,
    villageCode: r.villageCode,
    villageName: r.villageName ?? r.villageCode,
    villageNameKm: r.villageNameKm ?? r.villageCode,
    assignedTo: c.assignedTo ? { id: c.assignedTo, displayName: r.assigneeName ?? '' } : null,
    registeredBy: c.registeredBy ? { id: c.registeredBy, displayName: r.registrarName ?? '' } : null,
    registeredAt: c.registeredAt,
    firstContactDueAt: c.firstContactDueAt,
    firstContactAt: c.firstContactAt,
    pastFirstContactTarget: c.firstContactAt === null && c.firstContactDueAt < now.toISOString(),
    updatedAt: c.updatedAt,
    version: c.version,
  };
}

/** The case page for someone whose scope includes the case (NOT_FOUND otherwise). Opening it is audited. */
export function getCaseDetail(db: Db, params: { user: CurrentUser; portal: string; caseId: string; now: Date }): CaseDetail {
  const { user, now } = params;
  const c = findCaseInScope(db, caseScopeOf(user), params.caseId);
  const detail = { case: caseRecord(db, c.id, now), child: childRecord(db, c.childId), household: householdRecord(db, c.householdId) };
  appendReadAudit(db, { actorId: user.id, portal: params.portal, action: 'case.view', entity: 'case', entityId: c.id, caseId: c.id }, now);
  return detail;
}

/**
 * Re-rate risk, change the protection concerns or the summary. A new risk level before the first contact moves
 * its target (counted from registration, as at intake); after it, the target is history and stays.
 */
export function updateCase(db: Db, params: { user: CurrentUser; portal: string; input: CaseUpdateInput; now: Date }): Saved {
  const { user, input, now } = params;
  return inTransaction(db, (tx) => {
    const c = findCaseInScope(tx, caseScopeOf(user), input.caseId);
    const set: Record<string, unknown> = { updatedAt: now.toISOString() };
    const detail: Record<string, unknown> = {};
    if (input.riskLevel !== undefined && input.riskLevel !== c.riskLevel) {
      set.riskLevel = input.riskLevel;
      detail.riskFrom = c.riskLevel;
      detail.riskTo = input.riskLevel;
      if (c.firstContactAt === null) set.firstContactDueAt = firstContactDueAt(c.registeredAt, input.riskLevel);
    }
    if (input.protectionConcerns !== undefined) {
      set.protectionConcerns = [...new Set(input.protectionConcerns)];
      detail.protectionConcerns = [...new Set(input.protectionConcerns)].join(',');
    }
    if (input.summary !== undefined) {
      set.summary = input.summary;
      detail.summaryChanged = input.summary !== c.summary;
    }
    const version = updateVersioned(tx, { table: cases, id: c.id, expectedVersion: input.version, set, what: 'The case' });
    appendAudit(tx, { actorId: user.id, portal: params.portal, action: 'case.update', entity: 'case', entityId: c.id, caseId: c.id, detail }, now);
    return { id: c.id, version };
  });
}

/** The first contact with the child: not in the future, not before registration, recorded once. */
export function recordFirstContact(db: Db, params: { user: CurrentUser; portal: string; input: FirstContactInput; now: Date }): Saved {
  const { user, input, now } = params;
  const entered = new Date(input.at);
  return inTransaction(db, (tx) => {
    const c = findCaseInScope(tx, caseScopeOf(user), input.caseId);
    if (entered.getTime() > now.getTime()) throw new DomainError('INVALID', 'errors.dateInFuture', 'First contact cannot be in the future', 'at');
    // Times are typed in whole minutes: a contact in the minute the case was registered (the child met at intake)
    // counts as at registration, never before it.
    const registered = new Date(c.registeredAt);
    if (entered.getTime() < registered.getTime() - (registered.getTime() % 60_000)) {
      throw new DomainError('INVALID', 'errors.firstContactBeforeRegistration', 'First contact cannot be before the case was registered', 'at');
    }
    const at = entered < registered ? registered : entered;
    // Checked against the version read, so a second person recording it at the same time gets a conflict, not this.
    if (c.firstContactAt !== null && c.version === input.version) {
      throw new DomainError('INVALID', 'errors.firstContactRecorded', 'First contact is already recorded for this case', 'at');
    }
    const version = updateVersioned(tx, { table: cases, id: c.id, expectedVersion: input.version, set: { firstContactAt: at.toISOString(), updatedAt: now.toISOString() }, what: 'The case' });
    const late = at.toISOString() > c.firstContactDueAt;
    appendAudit(tx, { actorId: user.id, portal: params.portal, action: 'case.first_contact', entity: 'case', entityId: c.id, caseId: c.id, detail: { at: at.toISOString(), late } }, now);
    return { id: c.id, version };
  });
}
