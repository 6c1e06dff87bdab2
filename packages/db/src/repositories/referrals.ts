// Referrals: to partner agencies with the family's consent on record, or to a colleague; then the answer and outcome.
import { randomUUID } from 'node:crypto';
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import {
  assertReferralStatusChange,
  invalid,
  isStaffRole,
  notFound,
  type ConsentGiver,
  type PartnerAgencyKind,
  type Referral,
  type ReferralInput,
  type ReferralKind,
  type ReferralResponseInput,
  type ReferralStatus,
  type Role,
} from '@kruosar/domain';
import type { Db } from '../client';
import { inTransaction } from '../client';
import { cases, referrals, users } from '../schema/index';
import { assertCaseOpen, assertNotFuture, assertVersion, auditCase, auditRead, caseFor, caseScopeWhere, scopeOf, type Work } from './case-workflow';
import { updateVersioned } from './versioned';
import { notifyReferral } from './notifications';

type Row = typeof referrals.$inferSelect;

function toReferral(row: Row): Referral {
  return {
    id: row.id,
    caseId: row.caseId,
    version: row.version,
    createdById: row.createdById,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    kind: row.kind as ReferralKind,
    agencyKind: row.agencyKind as PartnerAgencyKind | null,
    agencyName: row.agencyName,
    toUserId: row.toUserId,
    reason: row.reason,
    referredOn: row.referredOn,
    consentGiven: row.consentGiven,
    consentGivenBy: row.consentGivenBy as ConsentGiver | null,
    consentRecordedOn: row.consentRecordedOn,
    consentRecordedById: row.consentRecordedById,
    status: row.status as ReferralStatus,
    respondedOn: row.respondedOn,
    outcome: row.outcome,
  };
}

const byId = (db: Db, id: string) => db.select().from(referrals).where(eq(referrals.id, id)).get();

/** A case's referrals, latest first, for a caller that has checked scope and audits the read. */
export function readReferrals(db: Db, caseId: string): Referral[] {
  return db
    .select()
    .from(referrals)
    .where(and(eq(referrals.caseId, caseId), isNull(referrals.archivedAt)))
    .orderBy(desc(referrals.referredOn), sql`${referrals}.rowid desc`)
    .all()
    .map(toReferral);
}

export function listReferrals(db: Db, w: Work, caseId: string): Referral[] {
  const c = caseFor(db, w, caseId);
  auditRead(db, w, { action: 'referral.list', entity: 'referral', caseId: c.id });
  return readReferrals(db, c.id);
}

/** An internal referral goes to a member of case staff who is not the person referring. */
function assertColleague(db: Db, w: Work, toUserId: string) {
  const to = db.select({ id: users.id, role: users.role }).from(users).where(and(eq(users.id, toUserId), isNull(users.archivedAt))).get();
  const caseStaff: Role[] = ['admin', 'supervisor', 'caseworker'];
  if (!to || !isStaffRole(to.role as Role) || !caseStaff.includes(to.role as Role) || to.id === w.actor.id) {
    throw invalid('toUserId', 'Colleague referred to: choose another caseworker, supervisor or administrator', 'errors.referralColleague');
  }
}

/** Record a referral. For a partner the consent (who gave it, when) is recorded by the signed-in person. */
export function createReferral(db: Db, w: Work, params: { caseId: string; input: ReferralInput }): Referral {
  const { input } = params;
  assertNotFuture('referredOn', 'Referral date', input.referredOn, w.now);
  return inTransaction(db, (tx) => {
    const c = caseFor(tx, w, params.caseId);
    assertCaseOpen(c);
    const external = input.kind === 'external';
    if (!external) assertColleague(tx, w, input.toUserId!);
    const at = w.now.toISOString();
    const id = randomUUID();
    tx.insert(referrals)
      .values({
        id,
        caseId: c.id,
        kind: input.kind,
        agencyKind: external ? input.agencyKind : null,
        agencyName: external ? input.agencyName : '',
        toUserId: external ? null : input.toUserId,
        reason: input.reason,
        referredOn: input.referredOn,
        consentGiven: input.consentGiven,
        consentGivenBy: input.consentGiven ? input.consentGivenBy : null,
        consentRecordedOn: input.consentGiven ? input.consentRecordedOn : null,
        consentRecordedById: input.consentGiven ? w.actor.id : null,
        status: 'sent',
        createdById: w.actor.id,
        createdAt: at,
        updatedAt: at,
      })
      .run();
    if (!external) notifyReferral(tx, { referralId: id, caseId: c.id, reference: c.reference, toUserId: input.toUserId!, actorId: w.actor.id, now: w.now });
    auditCase(tx, w, { action: 'referral.create', entity: 'referral', entityId: id, caseId: c.id, detail: { kind: input.kind, agencyKind: input.agencyKind, toUserId: input.toUserId, consentGiven: input.consentGiven } });
    return toReferral(byId(tx, id)!);
  });
}

/**
 * The referral's answer and outcome. Recorded by someone who may see the case, or, for an internal referral,
 * by the colleague it was sent to (who need not be on the case).
 */
export function respondToReferral(db: Db, w: Work, params: { id: string; expectedVersion: number; input: ReferralResponseInput }): Referral {
  const { input } = params;
  assertNotFuture('respondedOn', 'Response date', input.respondedOn, w.now);
  return inTransaction(db, (tx) => {
    const row = byId(tx, params.id);
    if (!row || row.archivedAt !== null) throw notFound('Referral');
    const inScope = tx.select({ id: cases.id }).from(cases).where(and(eq(cases.id, row.caseId), caseScopeWhere(scopeOf(w)))).get();
    if (!inScope && row.toUserId !== w.actor.id) throw notFound('Referral');
    assertVersion(row, params.expectedVersion, 'Referral');
    assertReferralStatusChange(row.status as ReferralStatus, input.status);
    if (input.respondedOn < row.referredOn) throw invalid('respondedOn', 'Response date cannot be before the referral date', 'errors.responseBeforeReferral');
    updateVersioned(tx, { table: referrals, id: row.id, expectedVersion: params.expectedVersion, set: { ...input, updatedAt: w.now.toISOString() }, what: 'Referral' });
    auditCase(tx, w, { action: 'referral.respond', entity: 'referral', entityId: row.id, caseId: row.caseId, detail: { from: row.status, to: input.status } });
    return toReferral(byId(tx, row.id)!);
  });
}

export type IncomingReferral = {
  id: string;
  version: number;
  caseId: string;
  reference: string;
  fromName: string | null;
  reason: string;
  referredOn: string;
  status: ReferralStatus;
};

/** Internal referrals sent to the signed-in person: the case reference and reason, not the whole case. */
export function listIncomingReferrals(db: Db, w: Work): IncomingReferral[] {
  return db
    .select({
      id: referrals.id,
      version: referrals.version,
      caseId: referrals.caseId,
      reference: cases.reference,
      fromName: users.displayName,
      reason: referrals.reason,
      referredOn: referrals.referredOn,
      status: referrals.status,
    })
    .from(referrals)
    .innerJoin(cases, eq(cases.id, referrals.caseId))
    .leftJoin(users, eq(users.id, referrals.createdById))
    .where(and(eq(referrals.toUserId, w.actor.id), isNull(referrals.archivedAt)))
    .orderBy(desc(referrals.referredOn))
    .all()
    .map((r) => ({ ...r, status: r.status as ReferralStatus }));
}
