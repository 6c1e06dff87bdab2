// Giving cases to caseworkers: one transfer with its reason, or a bulk (re)assignment of any number of cases.
import { randomUUID } from 'node:crypto';
import { and, sql } from 'drizzle-orm';
import { type CurrentUser, DomainError, assertTransfer, caseScopeOf, type BulkAssignInput, type BulkAssignResult, type CaseExportInput, type CaseTransferInput, type Saved } from '@kruosar/domain';
import type { Db } from '../client';
import { inTransaction } from '../client';
import { caseTransfers, cases } from '../schema/index';
import { appendAudit, appendReadAudit } from './audit';
import { caseloadWhere, caseScopeSql, findCaseInScope, resolveCaseSearch } from './cases';
import { findStaff } from './case-staff';
import { updateVersioned } from './versioned';
import { notifyAssignment, notifyBulkAssignment } from './notifications';

/** Transfer one case to another caseworker of its commune, from the version the supervisor read. */
export function transferCase(db: Db, params: { user: CurrentUser; portal: string; input: CaseTransferInput; now: Date }): Saved {
  const { user, input, now } = params;
  const at = now.toISOString();
  return inTransaction(db, (tx) => {
    const c = findCaseInScope(tx, caseScopeOf(user), input.caseId);
    const to = findStaff(tx, input.toUserId, 'toUserId');
    assertTransfer({ currentCaseworkerId: c.assignedTo, to, communeCode: c.communeCode });
    const version = updateVersioned(tx, { table: cases, id: c.id, expectedVersion: input.version, set: { assignedTo: to.id, updatedAt: at }, what: 'The case' });
    tx.insert(caseTransfers).values({ id: randomUUID(), caseId: c.id, kind: 'transfer', fromUserId: c.assignedTo, toUserId: to.id, reason: input.reason, transferredById: user.id, transferredAt: at }).run();
    notifyAssignment(tx, { c, toUserId: to.id, actorId: user.id, now });
    appendAudit(tx, { actorId: user.id, portal: params.portal, action: 'case.transfer', entity: 'case', entityId: c.id, caseId: c.id, detail: { fromUserId: c.assignedTo, toUserId: to.id, toName: to.displayName } }, now);
    return { id: c.id, version };
  });
}

/** Ids travel as one JSON parameter: SQLite's limit on bound parameters must not become a cap on the selection. */
const idsIn = (ids: string[]) => sql`${cases.id} in (select value from json_each(${JSON.stringify(ids)}))`;

/**
 * Assign every selected case to one caseworker, in one transaction. Any case outside the supervisor's scope, or
 * in a commune the caseworker does not cover, refuses the whole call and changes nothing. Cases already theirs
 * are counted and left alone. There is no cap: the selection is processed in SQL, not in request-sized pieces.
 */
export function bulkAssignCases(db: Db, params: { user: CurrentUser; portal: string; input: BulkAssignInput; now: Date }): BulkAssignResult {
  const { user, input, now } = params;
  const at = now.toISOString();
  const ids = [...new Set(input.caseIds)];
  return inTransaction(db, (tx) => {
    const to = findStaff(tx, input.toUserId, 'toUserId');
    const rows = tx
      .select({ id: cases.id, communeCode: cases.communeCode, assignedTo: cases.assignedTo, reference: cases.reference, riskLevel: cases.riskLevel, firstContactDueAt: cases.firstContactDueAt })
      .from(cases)
      .where(and(idsIn(ids), sql`${cases.archivedAt} is null`, caseScopeSql(caseScopeOf(user))))
      .all();
    if (rows.length !== ids.length) {
      const missing = ids.length - rows.length;
      throw new DomainError('NOT_FOUND', 'errors.bulkAssignOutOfScope', `${missing} of the ${ids.length} selected cases are not in your caseload (or no longer exist); nothing was assigned`, 'caseIds');
    }
    const outside = [...new Set(rows.map((r) => r.communeCode))].filter((code) => !to.communeCodes.includes(code));
    // The domain rule once, on a commune the person does not cover if there is one: it names what is wrong.
    assertTransfer({ currentCaseworkerId: null, to, communeCode: outside[0] ?? rows[0]!.communeCode });
    const moving = rows.filter((r) => r.assignedTo !== to.id);
    if (moving.length > 0) {
      const movingIds = moving.map((r) => r.id);
      tx.update(cases).set({ assignedTo: to.id, updatedAt: at, version: sql`${cases.version} + 1` }).where(idsIn(movingIds)).run();
      notifyBulkAssignment(tx, { cases: moving, toUserId: to.id, actorId: user.id, now });
      for (const r of moving) {
        tx.insert(caseTransfers).values({ id: randomUUID(), caseId: r.id, kind: 'bulk_assign', fromUserId: r.assignedTo, toUserId: to.id, reason: input.reason, transferredById: user.id, transferredAt: at }).run();
        appendAudit(tx, { actorId: user.id, portal: params.portal, action: 'case.assign', entity: 'case', entityId: r.id, caseId: r.id, detail: { fromUserId: r.assignedTo, toUserId: to.id, toName: to.displayName, bulk: true } }, now);
      }
    }
    return { assigned: moving.length, alreadyAssigned: rows.length - moving.length };
  });
}


/**
 * The ids of every case matching the caseload filters, for "choose all N matching" before a bulk assignment:
 * one query and one audit entry, however many cases match. Ids and communes only; no names leave here.
 */
export function listMatchingCaseIds(
  db: Db,
  params: { user: CurrentUser; portal: string; input: CaseExportInput; now: Date },
): { cases: { id: string; communeCode: string }[] } {
  const scope = caseScopeOf(params.user);
  const matching = db
    .select({ id: cases.id, communeCode: cases.communeCode })
    .from(cases)
    .where(caseloadWhere(scope, params.input, params.now, resolveCaseSearch(db, scope, params.input.search), { forCount: true }))
    .all();
  appendReadAudit(db, { actorId: params.user.id, portal: params.portal, action: 'case.matching_ids', entity: 'case', detail: { count: matching.length } }, params.now);
  return { cases: matching };
}
