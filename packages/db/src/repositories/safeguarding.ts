// Safeguarding of volunteers: staff record a background check and signed code of conduct (or revoke a clearance);
// sign-ups for shifts near children wait for it.
import { randomUUID } from 'node:crypto';
import { and, desc, eq, gte, inArray, isNull, sql } from 'drizzle-orm';
import { DomainError, notFound } from '@kruosar/domain';
import type { Db } from '../client';
import { inTransaction } from '../client';
import { safeguardingClearances, users, volunteerOpportunities, volunteerSignups } from '../schema/index';
import { appendAudit } from './audit';
import type { Work } from './case-workflow';
import { cambodiaToday } from './hive-facts';

export type SafeguardingStatus = {
  status: 'pending' | 'cleared' | 'not_recorded' | 'revoked';
  backgroundCheckOn: string | null;
  codeOfConductSignedOn: string | null;
  recordedAt: string | null;
};

/** The latest record decides: checks pending, a clearance, a revocation, or nothing yet. */
export function safeguardingStatusOf(db: Db, volunteerId: string): SafeguardingStatus {
  const latest = db.select().from(safeguardingClearances).where(eq(safeguardingClearances.volunteerId, volunteerId)).orderBy(desc(safeguardingClearances.recordedAt), desc(sql`rowid`)).get();
  if (!latest) return { status: 'not_recorded', backgroundCheckOn: null, codeOfConductSignedOn: null, recordedAt: null };
  if (latest.kind === 'pending') return { status: 'pending', backgroundCheckOn: null, codeOfConductSignedOn: null, recordedAt: latest.recordedAt };
  if (latest.kind === 'revoked') return { status: 'revoked', backgroundCheckOn: null, codeOfConductSignedOn: null, recordedAt: latest.recordedAt };
  return { status: 'cleared', backgroundCheckOn: latest.backgroundCheckOn, codeOfConductSignedOn: latest.codeOfConductSignedOn, recordedAt: latest.recordedAt };
}

function volunteerOf(db: Db, volunteerId: string) {
  const user = db.select({ id: users.id, role: users.role, displayName: users.displayName }).from(users).where(and(eq(users.id, volunteerId), isNull(users.archivedAt))).get();
  if (!user || user.role !== 'volunteer') throw notFound('Volunteer');
  return user;
}

/** Sign-ups near children on shifts not yet past, with a given status, of one volunteer. */
function nearChildrenSignups(db: Db, volunteerId: string, status: 'pending_safeguarding' | 'confirmed', today: string) {
  return db
    .select({ id: volunteerSignups.id })
    .from(volunteerSignups)
    .innerJoin(volunteerOpportunities, eq(volunteerOpportunities.id, volunteerSignups.opportunityId))
    .where(and(eq(volunteerSignups.volunteerId, volunteerId), eq(volunteerSignups.status, status), eq(volunteerOpportunities.nearChildren, true), gte(volunteerOpportunities.shiftDate, today)))
    .all()
    .map((r) => r.id);
}

/** Record a clearance; the volunteer's held sign-ups near children are confirmed (their places were already held). */
export function recordSafeguardingClearance(db: Db, w: Work, params: { volunteerId: string; backgroundCheckOn: string; codeOfConductSignedOn: string }): SafeguardingStatus & { confirmedSignups: number } {
  const today = cambodiaToday(w.now);
  for (const [field, date] of [['backgroundCheckOn', params.backgroundCheckOn], ['codeOfConductSignedOn', params.codeOfConductSignedOn]] as const) {
    if (date > today) throw new DomainError('INVALID', 'errors.safeguardingFuture', 'A check or signature cannot be dated after today.', field);
  }
  const confirmed = inTransaction(db, (tx) => {
    volunteerOf(tx, params.volunteerId);
    const at = w.now.toISOString();
    tx.insert(safeguardingClearances).values({ id: randomUUID(), volunteerId: params.volunteerId, kind: 'cleared', backgroundCheckOn: params.backgroundCheckOn, codeOfConductSignedOn: params.codeOfConductSignedOn, recordedBy: w.actor.id, recordedAt: at }).run();
    const held = nearChildrenSignups(tx, params.volunteerId, 'pending_safeguarding', today);
    if (held.length > 0) {
      tx.update(volunteerSignups).set({ status: 'confirmed', confirmedAt: at, updatedAt: at, version: sql`${volunteerSignups.version} + 1` }).where(inArray(volunteerSignups.id, held)).run();
    }
    appendAudit(tx, { actorId: w.actor.id, portal: w.portal, action: 'safeguarding.clear', entity: 'volunteer', entityId: params.volunteerId, detail: { confirmedSignups: held.length } }, w.now);
    return held.length;
  });
  return { ...safeguardingStatusOf(db, params.volunteerId), confirmedSignups: confirmed };
}

/** Revoke after a concern: confirmed sign-ups near children go back to waiting, keeping their places. */
export function revokeSafeguardingClearance(db: Db, w: Work, params: { volunteerId: string; reason: string }): SafeguardingStatus & { heldSignups: number } {
  const today = cambodiaToday(w.now);
  const held = inTransaction(db, (tx) => {
    volunteerOf(tx, params.volunteerId);
    const at = w.now.toISOString();
    tx.insert(safeguardingClearances).values({ id: randomUUID(), volunteerId: params.volunteerId, kind: 'revoked', reason: params.reason, recordedBy: w.actor.id, recordedAt: at }).run();
    const confirmed = nearChildrenSignups(tx, params.volunteerId, 'confirmed', today);
    if (confirmed.length > 0) {
      tx.update(volunteerSignups).set({ status: 'pending_safeguarding', confirmedAt: null, updatedAt: at, version: sql`${volunteerSignups.version} + 1` }).where(inArray(volunteerSignups.id, confirmed)).run();
    }
    appendAudit(tx, { actorId: w.actor.id, portal: w.portal, action: 'safeguarding.revoke', entity: 'volunteer', entityId: params.volunteerId, detail: { heldSignups: confirmed.length } }, w.now);
    return confirmed.length;
  });
  return { ...safeguardingStatusOf(db, params.volunteerId), heldSignups: held };
}

export type VolunteerSafeguarding = SafeguardingStatus & { volunteerId: string; displayName: string; username: string; pendingSignups: number };

/** Every volunteer account with its safeguarding status and how many sign-ups wait for it: the staff list. */
export function listVolunteerSafeguarding(db: Db, w: Work): VolunteerSafeguarding[] {
  const today = cambodiaToday(w.now);
  return db
    .select({ id: users.id, displayName: users.displayName, username: users.username })
    .from(users)
    .where(and(eq(users.role, 'volunteer'), isNull(users.archivedAt)))
    .orderBy(users.displayName)
    .all()
    .map((u) => ({ volunteerId: u.id, displayName: u.displayName, username: u.username, ...safeguardingStatusOf(db, u.id), pendingSignups: nearChildrenSignups(db, u.id, 'pending_safeguarding', today).length }));
}
