// Volunteer shifts: staff offer them, volunteers sign up (never beyond capacity; near children only once
// safeguarding is cleared), log their hours, and staff approve the hours.
import { randomUUID } from 'node:crypto';
import { and, asc, desc, eq, gte, inArray, isNull, ne, sql } from 'drizzle-orm';
import { DomainError, forbidden, hoursNeedReason, notFound, shiftHasEnded, shiftLengthHours } from '@kruosar/domain';
import type { Db } from '../client';
import { inTransaction } from '../client';
import { geoUnits, users, volunteerHours, volunteerOpportunities, volunteerSignups } from '../schema/index';
import { appendAudit } from './audit';
import type { Work } from './case-workflow';
import { cambodiaToday } from './hive-facts';
import { safeguardingStatusOf } from './safeguarding';
import { updateVersioned } from './versioned';

export type OpportunityInput = { title: string; description: string; communeCode: string; shiftDate: string; startTime: string; endTime: string; capacity: number; nearChildren: boolean };
export type SignupStatus = 'pending_safeguarding' | 'confirmed' | 'cancelled';
type Place = { communeCode: string; communeNameKm: string; communeNameLatin: string };
export type OpportunityView = OpportunityInput & Place & { id: string; version: number; cancelled: boolean; placesTaken: number; placesLeft: number };
/** What a volunteer sees: the shift and their own place on it, nobody else's. */
export type OpenOpportunity = Omit<OpportunityView, 'version'> & { mySignup: { id: string; status: SignupStatus } | null };
export type StaffOpportunity = OpportunityView & { signups: { id: string; volunteerId: string; displayName: string; status: SignupStatus; safeguarding: string; createdAt: string }[] };
export type MySignup = { id: string; status: SignupStatus; version: number; createdAt: string; opportunity: Omit<OpportunityView, 'version' | 'placesTaken' | 'placesLeft'> };
export type HoursStatus = 'submitted' | 'approved' | 'rejected';
export type HoursView = { id: string; signupId: string; version: number; workedOn: string; hours: number; note: string; status: HoursStatus; decisionReason: string | null; decidedAt: string | null; opportunityTitle: string; createdAt: string };
export type StaffHoursView = HoursView & { volunteerId: string; volunteerName: string };

const LIVE: SignupStatus[] = ['pending_safeguarding', 'confirmed'];
const refuse = (key: string, message: string, field?: string): never => {
  throw new DomainError('INVALID', `errors.${key}`, message, field);
};

const opportunityColumns = {
  o: volunteerOpportunities,
  communeNameKm: geoUnits.nameKm,
  communeNameLatin: geoUnits.nameLatin,
  taken: sql<number>`(select count(*) from ${volunteerSignups} s where s.opportunity_id = ${volunteerOpportunities.id} and s.status <> 'cancelled')`,
};
type OpportunityRow = { o: typeof volunteerOpportunities.$inferSelect; communeNameKm: string | null; communeNameLatin: string | null; taken: number };

function viewOf({ o, communeNameKm, communeNameLatin, taken }: OpportunityRow): OpportunityView {
  return {
    id: o.id,
    version: o.version,
    title: o.title,
    description: o.description,
    communeCode: o.communeCode,
    communeNameKm: communeNameKm ?? o.communeCode,
    communeNameLatin: communeNameLatin ?? o.communeCode,
    shiftDate: o.shiftDate,
    startTime: o.startTime,
    endTime: o.endTime,
    capacity: o.capacity,
    nearChildren: o.nearChildren,
    cancelled: o.cancelledAt !== null,
    placesTaken: taken,
    placesLeft: Math.max(0, o.capacity - taken),
  };
}

function selectOpportunities(db: Db) {
  return db.select(opportunityColumns).from(volunteerOpportunities).leftJoin(geoUnits, eq(geoUnits.code, volunteerOpportunities.communeCode));
}

function opportunityRow(db: Db, id: string): OpportunityRow {
  const row = selectOpportunities(db).where(and(eq(volunteerOpportunities.id, id), isNull(volunteerOpportunities.archivedAt))).get();
  if (!row) throw notFound('Volunteer opportunity');
  return row;
}

/** Supervisors offer shifts in their own communes; admins anywhere in the gazetteer. */
function assertInput(db: Db, w: Work, input: OpportunityInput) {
  const commune = db.select({ code: geoUnits.code }).from(geoUnits).where(and(eq(geoUnits.code, input.communeCode), eq(geoUnits.level, 'commune'))).get();
  if (!commune) refuse('unknownCommune', 'Choose a commune from the list.', 'communeCode');
  if (w.actor.role === 'supervisor' && !w.actor.communeCodes.includes(input.communeCode)) throw forbidden('You may offer shifts only in your own communes');
  if (input.endTime <= input.startTime) refuse('shiftEndsBeforeStart', 'The shift must end after it starts.', 'endTime');
  if (shiftHasEnded(input, w.now)) refuse('shiftInPast', 'The shift date has passed.', 'shiftDate');
}

export function createOpportunity(db: Db, w: Work, input: OpportunityInput): StaffOpportunity {
  assertInput(db, w, input);
  const id = randomUUID();
  const at = w.now.toISOString();
  inTransaction(db, (tx) => {
    tx.insert(volunteerOpportunities).values({ id, ...input, createdBy: w.actor.id, createdAt: at, updatedAt: at }).run();
    appendAudit(tx, { actorId: w.actor.id, portal: w.portal, action: 'opportunity.create', entity: 'volunteer_opportunity', entityId: id }, w.now);
  });
  return findStaffOpportunity(db, id);
}

export function updateOpportunity(db: Db, w: Work, params: { id: string; expectedVersion: number; input: OpportunityInput }): StaffOpportunity {
  assertInput(db, w, params.input);
  inTransaction(db, (tx) => {
    const row = opportunityRow(tx, params.id);
    if (row.o.cancelledAt) refuse('opportunityCancelled', 'This shift was cancelled.');
    if (params.input.capacity < row.taken) refuse('capacityBelowSignups', `${row.taken} people have signed up; the capacity cannot be lower.`, 'capacity');
    if (row.taken > 0 && params.input.nearChildren !== row.o.nearChildren) refuse('nearChildrenFixed', 'People have signed up; whether the shift is near children cannot change now. Cancel it and offer a new one.', 'nearChildren');
    updateVersioned(tx, { table: volunteerOpportunities, id: row.o.id, expectedVersion: params.expectedVersion, set: { ...params.input, updatedAt: w.now.toISOString() }, what: 'Volunteer opportunity' });
    appendAudit(tx, { actorId: w.actor.id, portal: w.portal, action: 'opportunity.update', entity: 'volunteer_opportunity', entityId: row.o.id }, w.now);
  });
  return findStaffOpportunity(db, params.id);
}

export function cancelOpportunity(db: Db, w: Work, params: { id: string; expectedVersion: number }): StaffOpportunity {
  inTransaction(db, (tx) => {
    const row = opportunityRow(tx, params.id);
    if (w.actor.role === 'supervisor' && !w.actor.communeCodes.includes(row.o.communeCode)) throw forbidden('You may cancel shifts only in your own communes');
    const at = w.now.toISOString();
    updateVersioned(tx, { table: volunteerOpportunities, id: row.o.id, expectedVersion: params.expectedVersion, set: { cancelledAt: at, updatedAt: at }, what: 'Volunteer opportunity' });
    appendAudit(tx, { actorId: w.actor.id, portal: w.portal, action: 'opportunity.cancel', entity: 'volunteer_opportunity', entityId: row.o.id }, w.now);
  });
  return findStaffOpportunity(db, params.id);
}

function signupsOf(db: Db, opportunityIds: string[]): (StaffOpportunity['signups'][number] & { opportunityId: string })[] {
  if (opportunityIds.length === 0) return [];
  return db
    .select({ id: volunteerSignups.id, opportunityId: volunteerSignups.opportunityId, volunteerId: volunteerSignups.volunteerId, displayName: users.displayName, status: volunteerSignups.status, createdAt: volunteerSignups.createdAt })
    .from(volunteerSignups)
    .innerJoin(users, eq(users.id, volunteerSignups.volunteerId))
    .where(inArray(volunteerSignups.opportunityId, opportunityIds))
    .orderBy(asc(volunteerSignups.createdAt))
    .all()
    .map((s) => ({ ...s, safeguarding: safeguardingStatusOf(db, s.volunteerId).status }));
}

function findStaffOpportunity(db: Db, id: string): StaffOpportunity {
  const view = viewOf(opportunityRow(db, id));
  return { ...view, signups: signupsOf(db, [id]).map(({ opportunityId: _, ...s }) => s) };
}

/** Staff: shifts from `from` on (default today), with who signed up and their safeguarding status. */
export function listStaffOpportunities(db: Db, w: Work, params: { from?: string } = {}): StaffOpportunity[] {
  const rows = selectOpportunities(db)
    .where(and(isNull(volunteerOpportunities.archivedAt), gte(volunteerOpportunities.shiftDate, params.from ?? cambodiaToday(w.now))))
    .orderBy(asc(volunteerOpportunities.shiftDate), asc(volunteerOpportunities.startTime))
    .all();
  const signups = signupsOf(db, rows.map((r) => r.o.id));
  return rows.map((r) => ({ ...viewOf(r), signups: signups.filter((s) => s.opportunityId === r.o.id).map(({ opportunityId: _, ...s }) => s) }));
}

/** A volunteer: shifts still to come that are not cancelled, and their own place on each. */
export function listOpenOpportunities(db: Db, w: Work): OpenOpportunity[] {
  const mine = new Map(
    db.select({ id: volunteerSignups.id, opportunityId: volunteerSignups.opportunityId, status: volunteerSignups.status }).from(volunteerSignups)
      .where(and(eq(volunteerSignups.volunteerId, w.actor.id), ne(volunteerSignups.status, 'cancelled'))).all()
      .map((s) => [s.opportunityId, { id: s.id, status: s.status }]),
  );
  return selectOpportunities(db)
    .where(and(isNull(volunteerOpportunities.archivedAt), isNull(volunteerOpportunities.cancelledAt), gte(volunteerOpportunities.shiftDate, cambodiaToday(w.now))))
    .orderBy(asc(volunteerOpportunities.shiftDate), asc(volunteerOpportunities.startTime))
    .all()
    // Today's shifts stay listed until their end time has passed.
    .filter((r) => !shiftHasEnded(r.o, w.now))
    .map((r) => {
      const { version: _, ...view } = viewOf(r);
      return { ...view, mySignup: mine.get(r.o.id) ?? null };
    });
}

/**
 * Take a place. In one write transaction (BEGIN IMMEDIATE), so two volunteers taking the last place one after the
 * other see each other: the second is refused. A shift near children holds the place pending safeguarding.
 */
export function signUpForOpportunity(db: Db, w: Work, params: { opportunityId: string }): MySignup {
  const id = inTransaction(db, (tx) => {
    const row = opportunityRow(tx, params.opportunityId);
    if (row.o.cancelledAt) refuse('opportunityCancelled', 'This shift was cancelled.');
    if (shiftHasEnded(row.o, w.now)) refuse('shiftInPast', 'This shift has passed.');
    const already = tx.select({ id: volunteerSignups.id }).from(volunteerSignups).where(and(eq(volunteerSignups.opportunityId, row.o.id), eq(volunteerSignups.volunteerId, w.actor.id), inArray(volunteerSignups.status, LIVE))).get();
    if (already) refuse('alreadySignedUp', 'You have already signed up for this shift.');
    if (row.taken >= row.o.capacity) refuse('opportunityFull', 'This shift is full.');
    const cleared = safeguardingStatusOf(tx, w.actor.id).status === 'cleared';
    const status: SignupStatus = row.o.nearChildren && !cleared ? 'pending_safeguarding' : 'confirmed';
    const at = w.now.toISOString();
    const signupId = randomUUID();
    tx.insert(volunteerSignups).values({ id: signupId, opportunityId: row.o.id, volunteerId: w.actor.id, status, confirmedAt: status === 'confirmed' ? at : null, createdAt: at, updatedAt: at }).run();
    appendAudit(tx, { actorId: w.actor.id, portal: w.portal, action: 'signup.create', entity: 'volunteer_signup', entityId: signupId, detail: { opportunityId: row.o.id, status } }, w.now);
    return signupId;
  });
  return findMySignup(db, w, id);
}

function ownSignup(db: Db, w: Work, id: string) {
  const row = db.select().from(volunteerSignups).where(eq(volunteerSignups.id, id)).get();
  // Someone else's sign-up answers like a missing one.
  if (!row || row.volunteerId !== w.actor.id) throw notFound('Sign-up');
  return row;
}

export function cancelSignup(db: Db, w: Work, params: { signupId: string; expectedVersion: number }): MySignup {
  inTransaction(db, (tx) => {
    const row = ownSignup(tx, w, params.signupId);
    if (row.status === 'cancelled') return;
    const at = w.now.toISOString();
    updateVersioned(tx, { table: volunteerSignups, id: row.id, expectedVersion: params.expectedVersion, set: { status: 'cancelled', cancelledAt: at, updatedAt: at }, what: 'Sign-up' });
    appendAudit(tx, { actorId: w.actor.id, portal: w.portal, action: 'signup.cancel', entity: 'volunteer_signup', entityId: row.id }, w.now);
  });
  return findMySignup(db, w, params.signupId);
}

function findMySignup(db: Db, w: Work, id: string): MySignup {
  const row = ownSignup(db, w, id);
  const { placesTaken: _t, placesLeft: _l, version: _v, ...opportunity } = viewOf(opportunityRow(db, row.opportunityId));
  return { id: row.id, status: row.status, version: row.version, createdAt: row.createdAt, opportunity };
}

export function listMySignups(db: Db, w: Work): MySignup[] {
  return db.select({ id: volunteerSignups.id }).from(volunteerSignups).where(eq(volunteerSignups.volunteerId, w.actor.id)).orderBy(desc(volunteerSignups.createdAt)).all().map((s) => findMySignup(db, w, s.id));
}

const hoursColumns = { h: volunteerHours, title: volunteerOpportunities.title, volunteerName: users.displayName };
type HoursRow = { h: typeof volunteerHours.$inferSelect; title: string; volunteerName: string };
const hoursViewOf = ({ h, title }: HoursRow): HoursView => ({ id: h.id, signupId: h.signupId, version: h.version, workedOn: h.workedOn, hours: h.hours, note: h.note, status: h.status, decisionReason: h.decisionReason, decidedAt: h.decidedAt, opportunityTitle: title, createdAt: h.createdAt });
function selectHours(db: Db) {
  return db
    .select(hoursColumns)
    .from(volunteerHours)
    .innerJoin(volunteerSignups, eq(volunteerSignups.id, volunteerHours.signupId))
    .innerJoin(volunteerOpportunities, eq(volunteerOpportunities.id, volunteerSignups.opportunityId))
    .innerJoin(users, eq(users.id, volunteerHours.volunteerId));
}

/** Hours for a confirmed shift that has taken place, on the day of the shift. */
export function logVolunteerHours(db: Db, w: Work, params: { signupId: string; hours: number; note: string }): HoursView {
  const id = inTransaction(db, (tx) => {
    const signup = ownSignup(tx, w, params.signupId);
    if (signup.status !== 'confirmed') refuse('signupNotConfirmed', 'Hours can be logged only for a confirmed shift.', 'signupId');
    const shift = opportunityRow(tx, signup.opportunityId).o;
    if (shift.cancelledAt) refuse('opportunityCancelled', 'This shift was cancelled.');
    if (shift.shiftDate > cambodiaToday(w.now)) refuse('shiftNotYet', 'Hours can be logged once the shift has taken place.', 'signupId');
    const open = tx.select({ id: volunteerHours.id }).from(volunteerHours).where(and(eq(volunteerHours.signupId, signup.id), ne(volunteerHours.status, 'rejected'))).get();
    if (open) refuse('hoursAlreadyLogged', 'Hours for this shift were already logged.', 'signupId');
    if (hoursNeedReason(params.hours, shift, params.note)) {
      refuse('hoursBeyondShift', `The shift lasted ${shiftLengthHours(shift)} hours; say in the note why you worked longer.`, 'note');
    }
    const hoursId = randomUUID();
    const at = w.now.toISOString();
    tx.insert(volunteerHours).values({ id: hoursId, signupId: signup.id, volunteerId: w.actor.id, workedOn: shift.shiftDate, hours: params.hours, note: params.note, status: 'submitted', createdAt: at, updatedAt: at }).run();
    appendAudit(tx, { actorId: w.actor.id, portal: w.portal, action: 'hours.log', entity: 'volunteer_hours', entityId: hoursId, detail: { hours: params.hours } }, w.now);
    return hoursId;
  });
  return hoursViewOf(selectHours(db).where(eq(volunteerHours.id, id)).get()!);
}

export function listMyHours(db: Db, w: Work): { entries: HoursView[]; approvedHours: number } {
  const entries = selectHours(db).where(eq(volunteerHours.volunteerId, w.actor.id)).orderBy(desc(volunteerHours.workedOn)).all().map(hoursViewOf);
  return { entries, approvedHours: entries.filter((e) => e.status === 'approved').reduce((sum, e) => sum + e.hours, 0) };
}

export function listVolunteerHours(db: Db, params: { status?: HoursStatus }): StaffHoursView[] {
  return selectHours(db)
    .where(params.status ? eq(volunteerHours.status, params.status) : undefined)
    .orderBy(desc(volunteerHours.workedOn))
    .all()
    .map((r) => ({ ...hoursViewOf(r), volunteerId: r.h.volunteerId, volunteerName: r.volunteerName }));
}

/** Staff approve or reject logged hours (saying why when rejecting); nobody decides on their own hours. */
export function decideVolunteerHours(db: Db, w: Work, params: { id: string; expectedVersion: number; decision: 'approve' | 'reject'; reason: string }): StaffHoursView {
  inTransaction(db, (tx) => {
    const row = tx.select().from(volunteerHours).where(eq(volunteerHours.id, params.id)).get();
    if (!row) throw notFound('Volunteer hours');
    if (row.volunteerId === w.actor.id) throw forbidden('You cannot approve your own hours');
    if (row.status !== 'submitted') refuse('hoursDecided', 'These hours were already decided.');
    if (params.decision === 'reject' && params.reason.trim() === '') refuse('reasonRequired', 'Say why the hours are rejected.', 'reason');
    const at = w.now.toISOString();
    const set = { status: params.decision === 'approve' ? 'approved' : 'rejected', decidedBy: w.actor.id, decidedAt: at, decisionReason: params.decision === 'reject' ? params.reason : null, updatedAt: at };
    updateVersioned(tx, { table: volunteerHours, id: row.id, expectedVersion: params.expectedVersion, set, what: 'Volunteer hours' });
    appendAudit(tx, { actorId: w.actor.id, portal: w.portal, action: `hours.${params.decision}`, entity: 'volunteer_hours', entityId: row.id }, w.now);
  });
  const r = selectHours(db).where(eq(volunteerHours.id, params.id)).get()!;
  return { ...hoursViewOf(r), volunteerId: r.h.volunteerId, volunteerName: r.volunteerName };
}
