// Applications to volunteer: sent by anyone from the supporters portal, reviewed by coordinators. Accepting one
// makes the volunteer account (the password hash comes from above) and records safeguarding checks as pending.
import { randomUUID } from 'node:crypto';
import { and, desc, eq, type SQL } from 'drizzle-orm';
import { DomainError, suggestedUsername, type ApplicationStatus, type AvailabilitySlot, type Locale, type VolunteerApplication, type VolunteerApplicationView, type VolunteerLanguage } from '@kruosar/domain';
import type { Db } from '../client';
import { inTransaction } from '../client';
import { safeguardingClearances, staffEmailPreferences, users, volunteerApplications } from '../schema/index';
import { appendAudit } from './audit';
import type { Work } from './case-workflow';
import { updateVersioned } from './versioned';

type Row = typeof volunteerApplications.$inferSelect;

function viewOf(row: Row, volunteerUsername: string | null): VolunteerApplicationView {
  return {
    id: row.id,
    version: row.version,
    name: row.name,
    contactKind: row.contactKind,
    contact: row.contact,
    skills: row.skills,
    availability: row.availability as AvailabilitySlot[],
    languages: row.languages as VolunteerLanguage[],
    locale: row.locale as Locale,
    status: row.status,
    decisionReason: row.decisionReason,
    decidedAt: row.decidedAt,
    volunteerUsername,
    createdAt: row.createdAt,
  };
}

function select(db: Db, where: SQL | undefined) {
  return db
    .select({ a: volunteerApplications, username: users.username })
    .from(volunteerApplications)
    .leftJoin(users, eq(users.id, volunteerApplications.volunteerId))
    .where(where)
    .orderBy(desc(volunteerApplications.createdAt))
    .all()
    .map((r) => viewOf(r.a, r.username));
}

function findApplication(db: Db, id: string): VolunteerApplicationView {
  const view = select(db, eq(volunteerApplications.id, id))[0];
  if (!view) throw new DomainError('NOT_FOUND', 'errors.notFound', 'Application not found');
  return view;
}

/**
 * Stores an application from someone without an account. A second one from the same contact while the first
 * waits is refused: it would only make the coordinators' list longer.
 */
export function submitVolunteerApplication(db: Db, w: { portal: string; now: Date }, input: VolunteerApplication): { ok: true } {
  return inTransaction(db, (tx) => {
    const waiting = tx
      .select({ id: volunteerApplications.id })
      .from(volunteerApplications)
      .where(and(eq(volunteerApplications.contact, input.contact.value), eq(volunteerApplications.status, 'pending')))
      .get();
    if (waiting) throw new DomainError('CONFLICT', 'errors.applicationWaiting', 'An application from this contact is already waiting for review', 'contact');
    const id = randomUUID();
    const at = w.now.toISOString();
    tx.insert(volunteerApplications)
      .values({
        id,
        name: input.name,
        contactKind: input.contact.kind,
        contact: input.contact.value,
        skills: input.skills,
        availability: input.availability,
        languages: input.languages,
        locale: input.locale,
        safeguardingConsentAt: at,
        status: 'pending',
        createdAt: at,
        updatedAt: at,
      })
      .run();
    // The audit log is read by admins only, but keeps no contact details all the same.
    appendAudit(tx, { actorId: null, portal: w.portal, action: 'volunteerApplication.submit', entity: 'volunteer_application', entityId: id, detail: { contactKind: input.contact.kind } }, w.now);
    return { ok: true as const };
  });
}

export function listVolunteerApplications(db: Db, params: { status?: ApplicationStatus }): VolunteerApplicationView[] {
  return select(db, params.status ? eq(volunteerApplications.status, params.status) : undefined);
}

function pendingOf(db: Db, id: string): Row {
  const row = db.select().from(volunteerApplications).where(eq(volunteerApplications.id, id)).get();
  if (!row) throw new DomainError('NOT_FOUND', 'errors.notFound', 'Application not found');
  if (row.status !== 'pending') throw new DomainError('CONFLICT', 'errors.applicationDecided', 'This application has already been decided');
  return row;
}

/**
 * Accept: a volunteer account in the applicant's language (temporary password, changed at first sign-in) and a
 * "checks pending" safeguarding record, so shifts near children wait until the checks are recorded as cleared.
 */
export function acceptVolunteerApplication(db: Db, w: Work, params: { id: string; expectedVersion: number; passwordHash: string }): VolunteerApplicationView {
  return inTransaction(db, (tx) => {
    const row = pendingOf(tx, params.id);
    const username = suggestedUsername(row.name, (u) => tx.select({ id: users.id }).from(users).where(eq(users.username, u)).get() !== undefined);
    const volunteerId = randomUUID();
    const at = w.now.toISOString();
    tx.insert(users)
      .values({ id: volunteerId, username, displayName: row.name, role: 'volunteer', locale: row.locale, passwordHash: params.passwordHash, mustChangePassword: true, createdAt: at, updatedAt: at })
      .run();
    updateVersioned(tx, {
      table: volunteerApplications,
      id: row.id,
      expectedVersion: params.expectedVersion,
      set: { status: 'accepted', decidedBy: w.actor.id, decidedAt: at, volunteerId, updatedAt: at },
      what: 'The application',
    });
    // An applicant who gave an email address gets shift reminders there.
    if (row.contactKind === 'email') tx.insert(staffEmailPreferences).values({ userId: volunteerId, email: row.contact, dailyDigest: false, updatedAt: at }).run();
    tx.insert(safeguardingClearances)
      .values({ id: randomUUID(), volunteerId, kind: 'pending', reason: `Consent to checks given when applying (${row.safeguardingConsentAt.slice(0, 10)})`, recordedBy: w.actor.id, recordedAt: at })
      .run();
    appendAudit(tx, { actorId: w.actor.id, portal: w.portal, action: 'volunteerApplication.accept', entity: 'volunteer_application', entityId: row.id, detail: { volunteerId, username } }, w.now);
    appendAudit(tx, { actorId: w.actor.id, portal: w.portal, action: 'user.create', entity: 'user', entityId: volunteerId, detail: { username, role: 'volunteer' } }, w.now);
    return findApplication(tx, row.id);
  });
}

export function declineVolunteerApplication(db: Db, w: Work, params: { id: string; expectedVersion: number; reason: string }): VolunteerApplicationView {
  return inTransaction(db, (tx) => {
    const row = pendingOf(tx, params.id);
    const at = w.now.toISOString();
    updateVersioned(tx, {
      table: volunteerApplications,
      id: row.id,
      expectedVersion: params.expectedVersion,
      set: { status: 'declined', decisionReason: params.reason, decidedBy: w.actor.id, decidedAt: at, updatedAt: at },
      what: 'The application',
    });
    appendAudit(tx, { actorId: w.actor.id, portal: w.portal, action: 'volunteerApplication.decline', entity: 'volunteer_application', entityId: row.id }, w.now);
    return findApplication(tx, row.id);
  });
}
