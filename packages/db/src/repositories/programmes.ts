// Programmes beyond the case file: programmes, their sites and sessions, the children who come (participants, who
// need not be cases) and attendance, saved as one list in one transaction; and the reach figures for staff.
import { randomUUID } from 'node:crypto';
import { and, asc, desc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import {
  attendanceChanges,
  DomainError,
  findPossibleDuplicates,
  invalid,
  khmerToAsciiDigits,
  mayIdentifyChildren,
  notFound,
  participantCode,
  participantProfile,
  stripZeroWidth,
  type AttendanceInput,
  type AttendanceSaved,
  type AttendanceView,
  type CaseStatus,
  type DuplicateProfile,
  type Newcomer,
  type Page,
  type ParticipantCheckInput,
  type ParticipantListInput,
  type ParticipantMatch,
  type ParticipantSummary,
  type Programme,
  type ProgrammeInput,
  type ProgrammeKind,
  type ProgrammeReach,
  type ProgrammeSession,
  type ProgrammeView,
  type ReachInput,
  type SessionInput,
  type Site,
  type SiteInput,
  type SiteKind,
} from '@kruosar/domain';
import type { Db } from '../client';
import { inTransaction } from '../client';
import { cases, participants, programmes, programmeSessions, programmeSites, sessionAttendance, users } from '../schema/index';
import { appendAudit, appendAuditEntries, appendReadAudit } from './audit';
import { findDuplicateCandidates, villageOf } from './case-intake';
import { childSearchText } from './cases';
import { todayIn, type Work } from './case-workflow';
import { updateVersioned } from './versioned';

/** Sessions shown on a programme's page, newest first. */
const SESSIONS_SHOWN = 200;
/** At most this many possible matches are shown for a newcomer. */
const MAX_MATCHES = 10;
/** Participants born this many years either side are scored as possible matches. */
const BIRTH_YEAR_WINDOW = 2;

type SexValue = ParticipantSummary['sex'];

// ---- Scope --------------------------------------------------------------------------------------------------

/** Sessions are recorded by the team of the site's commune (an administrator anywhere). */
export function assertCommuneInScope(w: Work, communeCode: string, field: string) {
  if (w.actor.role === 'admin') return;
  if (!w.actor.communeCodes.includes(communeCode)) {
    throw new DomainError('FORBIDDEN', 'errors.communeOutsideScope', 'This site is in a commune you do not work in', field);
  }
}

/**
 * Participants a person may see by name: those living in their communes, or who came to a site there. Admins see
 * all; analysts see none by name (their lists carry codes only).
 */
function participantScopeSql(w: Work): SQL | undefined {
  if (w.actor.role === 'admin' || w.actor.role === 'analyst') return undefined;
  const communes = w.actor.communeCodes;
  if (communes.length === 0) return sql`0`;
  return sql`(${participants.communeCode} in ${communes} or exists (select 1 from session_attendance a join programme_sessions s on s.id = a.session_id join programme_sites t on t.id = s.site_id where a.participant_id = ${participants.id} and t.commune_code in ${communes}))`;
}

export const identified = (w: Work) => mayIdentifyChildren(w.actor.role);

// ---- Programmes, sites, sessions ----------------------------------------------------------------------------

const programmeSelect = {
  p: programmes,
  sites: sql<number>`(select count(*) from programme_sites t where t.programme_id = "programmes"."id" and t.archived_at is null)`,
  sessions: sql<number>`(select count(*) from programme_sessions s where s.programme_id = "programmes"."id" and s.archived_at is null)`,
  lastSessionOn: sql<string | null>`(select max(s.held_on) from programme_sessions s where s.programme_id = "programmes"."id" and s.archived_at is null)`,
};
type ProgrammeRow = { p: typeof programmes.$inferSelect; sites: number; sessions: number; lastSessionOn: string | null };
const toProgramme = (r: ProgrammeRow): Programme => ({
  id: r.p.id,
  kind: r.p.kind as ProgrammeKind,
  name: r.p.name,
  description: r.p.description,
  version: r.p.version,
  sites: r.sites,
  sessions: r.sessions,
  lastSessionOn: r.lastSessionOn,
  createdAt: r.p.createdAt,
});

export function listProgrammes(db: Db): Programme[] {
  return db.select(programmeSelect).from(programmes).where(isNull(programmes.archivedAt)).orderBy(asc(programmes.name), asc(programmes.id)).all().map(toProgramme);
}

export function programmeFor(db: Db, id: string) {
  const row = db.select(programmeSelect).from(programmes).where(and(eq(programmes.id, id), isNull(programmes.archivedAt))).get();
  if (!row) throw notFound('Programme');
  return row;
}

export function createProgramme(db: Db, w: Work, input: ProgrammeInput): Programme {
  return inTransaction(db, (tx) => {
    const at = w.now.toISOString();
    const id = randomUUID();
    tx.insert(programmes).values({ id, ...input, createdById: w.actor.id, createdAt: at, updatedAt: at }).run();
    appendAudit(tx, { actorId: w.actor.id, portal: w.portal, action: 'programme.create', entity: 'programme', entityId: id, detail: { kind: input.kind } }, w.now);
    return toProgramme(programmeFor(tx, id));
  });
}

const village = sql.raw('"village"');
const siteSelect = {
  s: programmeSites,
  villageName: sql<string>`coalesce((select ${village}.name_latin from geo_units ${village} where ${village}.code = "programme_sites"."village_code"), "programme_sites"."village_code")`,
  villageNameKm: sql<string>`coalesce((select ${village}.name_km from geo_units ${village} where ${village}.code = "programme_sites"."village_code"), "programme_sites"."village_code")`,
};
const toSite = (r: { s: typeof programmeSites.$inferSelect; villageName: string; villageNameKm: string }): Site => ({
  id: r.s.id,
  programmeId: r.s.programmeId,
  kind: r.s.kind as SiteKind,
  name: r.s.name,
  villageCode: r.s.villageCode,
  communeCode: r.s.communeCode,
  villageName: r.villageName,
  villageNameKm: r.villageNameKm,
});

export function addSite(db: Db, w: Work, input: SiteInput): Site {
  return inTransaction(db, (tx) => {
    programmeFor(tx, input.programmeId);
    const v = villageOf(tx, input.villageCode, 'villageCode');
    assertCommuneInScope(w, v.communeCode, 'villageCode');
    const at = w.now.toISOString();
    const id = randomUUID();
    tx.insert(programmeSites).values({ id, programmeId: input.programmeId, kind: input.kind, name: input.name, villageCode: v.code, communeCode: v.communeCode, createdAt: at, updatedAt: at }).run();
    appendAudit(tx, { actorId: w.actor.id, portal: w.portal, action: 'programme.site.add', entity: 'programme_site', entityId: id, detail: { programmeId: input.programmeId } }, w.now);
    return toSite(tx.select(siteSelect).from(programmeSites).where(eq(programmeSites.id, id)).get()!);
  });
}

const sessionSelect = {
  s: programmeSessions,
  siteName: programmeSites.name,
  staffName: users.displayName,
  attended: sql<number>`(select count(*) from session_attendance a where a.session_id = "programme_sessions"."id")`,
};
export type SessionRow = { s: typeof programmeSessions.$inferSelect; siteName: string; staffName: string; attended: number };
export const toSession = (r: SessionRow): ProgrammeSession => ({
  id: r.s.id,
  programmeId: r.s.programmeId,
  siteId: r.s.siteId,
  siteName: r.siteName,
  heldOn: r.s.heldOn,
  activity: r.s.activity,
  staffId: r.s.staffId,
  staffName: r.staffName,
  mealsServed: r.s.mealsServed,
  attended: r.attended,
  version: r.s.version,
});
const sessionsFrom = (db: Db) =>
  db.select(sessionSelect).from(programmeSessions).innerJoin(programmeSites, eq(programmeSites.id, programmeSessions.siteId)).innerJoin(users, eq(users.id, programmeSessions.staffId));

export function sessionFor(db: Db, id: string): SessionRow & { communeCode: string; villageCode: string } {
  const row = db
    .select({ ...sessionSelect, communeCode: programmeSites.communeCode, villageCode: programmeSites.villageCode })
    .from(programmeSessions)
    .innerJoin(programmeSites, eq(programmeSites.id, programmeSessions.siteId))
    .innerJoin(users, eq(users.id, programmeSessions.staffId))
    .where(and(eq(programmeSessions.id, id), isNull(programmeSessions.archivedAt)))
    .get();
  if (!row) throw notFound('Session');
  return row;
}

export function findProgramme(db: Db, id: string): ProgrammeView {
  const programme = toProgramme(programmeFor(db, id));
  const sites = db.select(siteSelect).from(programmeSites).where(and(eq(programmeSites.programmeId, id), isNull(programmeSites.archivedAt))).orderBy(asc(programmeSites.name)).all().map(toSite);
  const sessions = sessionsFrom(db)
    .where(and(eq(programmeSessions.programmeId, id), isNull(programmeSessions.archivedAt)))
    .orderBy(desc(programmeSessions.heldOn), desc(programmeSessions.createdAt))
    .limit(SESSIONS_SHOWN)
    .all()
    .map(toSession);
  return { programme, sites, sessions };
}

export function createProgrammeSession(db: Db, w: Work, input: SessionInput): ProgrammeSession {
  return inTransaction(db, (tx) => {
    const site = tx.select().from(programmeSites).where(and(eq(programmeSites.id, input.siteId), isNull(programmeSites.archivedAt))).get();
    if (!site) throw invalid('siteId', 'Site: this site is not known', 'errors.notFound');
    assertCommuneInScope(w, site.communeCode, 'siteId');
    const staffId = input.staffId ?? w.actor.id;
    const runner = tx.select({ id: users.id, role: users.role }).from(users).where(and(eq(users.id, staffId), isNull(users.archivedAt))).get();
    if (!runner || !['admin', 'supervisor', 'caseworker'].includes(runner.role)) throw invalid('staffId', 'Staff: choose a member of staff', 'errors.sessionStaff');
    const at = w.now.toISOString();
    const id = randomUUID();
    tx.insert(programmeSessions).values({ id, programmeId: site.programmeId, siteId: site.id, heldOn: input.heldOn, activity: input.activity, staffId, createdById: w.actor.id, createdAt: at, updatedAt: at }).run();
    appendAudit(tx, { actorId: w.actor.id, portal: w.portal, action: 'programme.session.create', entity: 'programme_session', entityId: id, detail: { siteId: site.id } }, w.now);
    return toSession(sessionFor(tx, id));
  });
}

// ---- Participants -------------------------------------------------------------------------------------------

const caseReferenceSql = sql<string | null>`(select c.reference from cases c where c.child_id = "participants"."child_id" and c.status != 'duplicate' order by c.created_at limit 1)`;
const attendedSql = sql<number>`(select count(*) from session_attendance a where a.participant_id = "participants"."id")`;
export const participantSelect = { p: participants, caseReference: caseReferenceSql, sessionsAttended: attendedSql };
export type ParticipantRow = { p: typeof participants.$inferSelect; caseReference: string | null; sessionsAttended: number };

export function toParticipant(r: ParticipantRow, named: boolean): ParticipantSummary {
  return {
    id: r.p.id,
    code: participantCode(r.p.serial),
    name: named ? `${r.p.familyNameLatin} ${r.p.givenNameLatin}` : null,
    nameKm: named ? `${r.p.familyNameKm} ${r.p.givenNameKm}` : null,
    sex: r.p.sex as SexValue,
    birthYear: r.p.birthYear,
    villageCode: r.p.villageCode,
    caseReference: r.caseReference,
    sessionsAttended: r.sessionsAttended,
  };
}

const likeOf = (term: string) => `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * Participants, by name or code, or the regulars of a site (most sessions there first). Analysts may list them
 * (codes, sex, year of birth) but never search by name: a match would tell them the name.
 */
export function listParticipants(db: Db, w: Work, input: ParticipantListInput): Page<ParticipantSummary> {
  const term = input.search ? khmerToAsciiDigits(stripZeroWidth(input.search)).trim().toLowerCase() : '';
  const named = identified(w);
  let searchWhere: SQL | undefined;
  if (term !== '') {
    const code = /^p-?0*(\d+)$/.exec(term);
    if (code) searchWhere = eq(participants.serial, Number(code[1]));
    else if (!named) throw new DomainError('FORBIDDEN', 'errors.namesNotAllowed', "Your role sees participants without names, so it cannot search by name. Search by participant code instead.");
    else searchWhere = and(...term.split(/\s+/).map((word) => sql`${participants.searchText} like ${likeOf(word)} escape '\\'`));
  }
  const atSite = input.siteId
    ? sql`(select count(*) from session_attendance a join programme_sessions s on s.id = a.session_id where a.participant_id = "participants"."id" and s.site_id = ${input.siteId})`
    : undefined;
  const where = and(isNull(participants.archivedAt), participantScopeSql(w), searchWhere, atSite ? sql`${atSite} > 0` : undefined);
  const total = db.select({ n: sql<number>`count(*)` }).from(participants).where(where).get()?.n ?? 0;
  const rows = db
    .select(participantSelect)
    .from(participants)
    .where(where)
    .orderBy(...(atSite ? [sql`${atSite} desc`] : []), asc(participants.familyNameLatin), asc(participants.givenNameLatin), asc(participants.id))
    .limit(input.pageSize)
    .offset((input.page - 1) * input.pageSize)
    .all();
  return { total, page: input.page, pageSize: input.pageSize, items: rows.map((r) => toParticipant(r, named)) };
}

/**
 * Who this newcomer may already be: registered children (the intake's own search and score, with its scope rule:
 * a case outside the person's scope shows as its reference only) and participants registered before.
 */
export function findParticipantMatches(db: Db, w: Work, input: ParticipantCheckInput): ParticipantMatch[] {
  const v = villageOf(db, input.villageCode, 'villageCode');
  const profile = participantProfile(input, v.communeCode);
  const caseMatches: ParticipantMatch[] = findDuplicateCandidates(db, { ...w.actor, username: '', displayName: '', locale: 'en' }, {
    child: { ...profile, sex: input.sex },
    villageCode: v.code,
  }).map((m) => ({
    kind: 'case',
    participantId: null,
    caseReference: m.reference,
    caseStatus: m.status as CaseStatus,
    name: m.childName,
    nameKm: m.childNameKm,
    birthYear: m.dateOfBirth ? Number(m.dateOfBirth.slice(0, 4)) : null,
    score: m.score,
    reasons: m.reasons,
  }));
  const scope = participantScopeSql(w);
  const rows = db
    .select({ ...participantSelect, inScope: scope ? sql<number>`case when ${scope} then 1 else 0 end` : sql<number>`1` })
    .from(participants)
    .where(
      and(
        isNull(participants.archivedAt),
        sql`${participants.birthYear} between ${input.birthYear - BIRTH_YEAR_WINDOW} and ${input.birthYear + BIRTH_YEAR_WINDOW}`,
        input.sex === 'other' ? undefined : inArray(participants.sex, [input.sex, 'other']),
      ),
    )
    .all();
  const profiles = rows.map((r) => ({ row: r, ...participantProfile({ ...r.p, sex: r.p.sex as SexValue }, r.p.communeCode) }) satisfies DuplicateProfile & { row: unknown });
  const participantMatches: ParticipantMatch[] = findPossibleDuplicates(profile, profiles, MAX_MATCHES).map(({ child, result }) => {
    const named = identified(w) && child.row.inScope === 1;
    return {
      kind: 'participant',
      participantId: child.row.p.id,
      caseReference: child.row.caseReference,
      caseStatus: null,
      name: named ? `${child.row.p.familyNameLatin} ${child.row.p.givenNameLatin}` : null,
      nameKm: named ? `${child.row.p.familyNameKm} ${child.row.p.givenNameKm}` : null,
      birthYear: child.row.p.birthYear,
      score: result.score,
      reasons: result.reasons,
    };
  });
  // A child already registered as a participant is shown once: as the participant, who can simply be ticked.
  const known = new Set(participantMatches.flatMap((m) => (m.caseReference ? [m.caseReference] : [])));
  return [...participantMatches, ...caseMatches.filter((m) => !known.has(m.caseReference!))].sort((a, b) => b.score - a.score).slice(0, MAX_MATCHES);
}

/** The duplicate check shown while a newcomer is added: a read of the children it names, so it is audited. */
export function checkParticipantDuplicates(db: Db, w: Work, input: ParticipantCheckInput): ParticipantMatch[] {
  const matches = findParticipantMatches(db, w, input);
  if (matches.length > 0) {
    const detail = { participants: matches.flatMap((m) => (m.participantId ? [m.participantId] : [])), references: matches.flatMap((m) => (m.caseReference ? [m.caseReference] : [])) };
    appendReadAudit(db, { actorId: w.actor.id, portal: w.portal, action: 'participant.duplicate_check', entity: 'participant', detail }, w.now);
  }
  return matches;
}

const serialStatements = new WeakMap<object, { get: () => unknown }>();
function nextSerial(db: Db): number {
  let statement = serialStatements.get(db.$client);
  if (!statement) {
    statement = db.$client.prepare('select coalesce(max(serial), 0) + 1 as n from participants').pluck();
    serialStatements.set(db.$client, statement);
  }
  return statement.get() as number;
}

/**
 * Register a newcomer, or find who they already are: a registered child named by the case reference becomes (or
 * is) a participant linked to that child; otherwise possible matches must have been reviewed.
 */
function registerNewcomer(tx: Db, w: Work, n: Newcomer, field: string): { id: string; registered: boolean } {
  const v = villageOf(tx, n.villageCode, `${field}.villageCode`);
  let childId: string | null = null;
  if (n.linkCaseReference !== null) {
    const linked = tx.select({ childId: cases.childId }).from(cases).where(and(eq(cases.reference, n.linkCaseReference), sql`${cases.status} != 'duplicate'`)).get();
    if (!linked) throw invalid(`${field}.linkCaseReference`, `Case ${n.linkCaseReference} is not known`, 'errors.notFound');
    childId = linked.childId;
    const already = tx.select({ id: participants.id }).from(participants).where(and(eq(participants.childId, childId), isNull(participants.archivedAt))).get();
    if (already) return { id: already.id, registered: false };
  } else if (!n.duplicatesReviewed) {
    const matches = findParticipantMatches(tx, w, n);
    if (matches.length > 0) {
      throw new DomainError(
        'INVALID',
        'errors.possibleDuplicate',
        `${n.familyNameLatin} ${n.givenNameLatin} may already be registered (${matches.length} possible). Look at the possible matches, then save again saying you reviewed them.`,
        field,
      );
    }
  }
  const at = w.now.toISOString();
  const id = randomUUID();
  tx.insert(participants)
    .values({
      id,
      serial: nextSerial(tx),
      givenNameKm: n.givenNameKm,
      familyNameKm: n.familyNameKm,
      givenNameLatin: n.givenNameLatin,
      familyNameLatin: n.familyNameLatin,
      searchText: childSearchText(n),
      sex: n.sex,
      birthYear: n.birthYear,
      villageCode: v.code,
      communeCode: v.communeCode,
      guardianName: n.guardianName,
      guardianPhone: n.guardianPhone,
      consentOn: todayIn(w.now),
      childId,
      createdById: w.actor.id,
      createdAt: at,
      updatedAt: at,
    })
    .run();
  return { id, registered: true };
}

/** Register one participant outside a session (the participants screen). */
export function registerParticipant(db: Db, w: Work, input: Newcomer): ParticipantSummary {
  return inTransaction(db, (tx) => {
    const { id, registered } = registerNewcomer(tx, w, input, 'participant');
    if (registered) appendAudit(tx, { actorId: w.actor.id, portal: w.portal, action: 'participant.register', entity: 'participant', entityId: id }, w.now);
    return toParticipant(tx.select(participantSelect).from(participants).where(eq(participants.id, id)).get()!, identified(w));
  });
}

// ---- Attendance ---------------------------------------------------------------------------------------------

/** A session with who came. Names are shown to case staff only, and that read is audited. */
export function sessionAttendanceView(db: Db, w: Work, sessionId: string): AttendanceView {
  const session = sessionFor(db, sessionId);
  const programme = programmeFor(db, session.s.programmeId);
  const named = identified(w);
  const attendees = db
    .select(participantSelect)
    .from(sessionAttendance)
    .innerJoin(participants, eq(participants.id, sessionAttendance.participantId))
    .where(eq(sessionAttendance.sessionId, sessionId))
    .orderBy(asc(participants.familyNameLatin), asc(participants.givenNameLatin))
    .all()
    .map((r) => toParticipant(r, named));
  if (named && attendees.length > 0) {
    appendReadAudit(db, { actorId: w.actor.id, portal: w.portal, action: 'programme.attendance.read', entity: 'programme_session', entityId: sessionId, detail: { participants: attendees.length } }, w.now);
  }
  return { session: toSession(session), programmeName: programme.p.name, programmeKind: programme.p.kind as ProgrammeKind, siteVillageCode: session.villageCode, siteCommuneCode: session.communeCode, attendees };
}

/**
 * Save a session's attendance as the whole list, in one transaction: the children ticked, the newcomers registered
 * with it (each checked against registered children), and the meals served. Sending the same list again changes
 * nothing but the version; a list from before someone else's save is refused with a conflict.
 */
export function saveAttendance(db: Db, w: Work, input: AttendanceInput): AttendanceSaved {
  return inTransaction(db, (tx) => {
    const session = sessionFor(tx, input.sessionId);
    assertCommuneInScope(w, session.communeCode, 'sessionId');
    if (session.s.heldOn > todayIn(w.now)) {
      throw invalid('sessionId', 'Attendance is taken on the day of the session or after', 'errors.sessionNotHeld');
    }
    const ticked = [...new Set(input.participantIds)];
    if (ticked.length > 0) {
      const found = tx.select({ id: participants.id }).from(participants).where(and(inArray(participants.id, ticked), isNull(participants.archivedAt))).all();
      if (found.length !== ticked.length) throw invalid('participantIds', 'A child on the list is not registered', 'errors.notFound');
    }
    const registeredIds: string[] = [];
    const ids = new Set(ticked);
    input.newcomers.forEach((n, i) => {
      const r = registerNewcomer(tx, w, n, `newcomers.${i}`);
      if (r.registered) registeredIds.push(r.id);
      ids.add(r.id);
    });
    const before = tx.select({ id: sessionAttendance.participantId }).from(sessionAttendance).where(eq(sessionAttendance.sessionId, session.s.id)).all().map((r) => r.id);
    const { added, removed } = attendanceChanges(before, [...ids]);
    if (removed.length > 0) tx.delete(sessionAttendance).where(and(eq(sessionAttendance.sessionId, session.s.id), inArray(sessionAttendance.participantId, removed))).run();
    const at = w.now.toISOString();
    if (added.length > 0) tx.insert(sessionAttendance).values(added.map((participantId) => ({ sessionId: session.s.id, participantId, recordedById: w.actor.id, recordedAt: at }))).run();
    updateVersioned(tx, { table: programmeSessions, id: session.s.id, expectedVersion: input.expectedVersion, set: { mealsServed: input.mealsServed, updatedAt: at }, what: 'Session' });
    appendAuditEntries(tx, [
      ...registeredIds.map((id) => ({ entry: { actorId: w.actor.id, portal: w.portal, action: 'participant.register', entity: 'participant', entityId: id, detail: { sessionId: session.s.id } }, at: w.now })),
      { entry: { actorId: w.actor.id, portal: w.portal, action: 'programme.attendance', entity: 'programme_session', entityId: session.s.id, detail: { added: added.length, removed: removed.length, attended: ids.size } }, at: w.now },
    ]);
    return { session: toSession(sessionFor(tx, session.s.id)), added: added.length, removed: removed.length, registered: registeredIds.length };
  });
}

// ---- Reach --------------------------------------------------------------------------------------------------

/** Attendance per site and month, and distinct children per quarter: a child linked to a case counts as that child. */
export function programmeReach(db: Db, input: ReachInput): ProgrammeReach {
  const from = `${input.year}-01-01`;
  const to = `${input.year}-12-31`;
  const monthly = db.all<{ programmeId: string; programmeName: string; siteId: string; siteName: string; month: string; sessions: number; attendances: number; meals: number }>(sql`
    select s.programme_id as programmeId, p.name as programmeName, s.site_id as siteId, t.name as siteName, substr(s.held_on, 1, 7) as month,
      count(*) as sessions, sum((select count(*) from session_attendance a where a.session_id = s.id)) as attendances, coalesce(sum(s.meals_served), 0) as meals
    from programme_sessions s join programmes p on p.id = s.programme_id join programme_sites t on t.id = s.site_id
    where s.held_on between ${from} and ${to} and s.archived_at is null and p.archived_at is null
    group by s.programme_id, s.site_id, month order by p.name, t.name, month`);
  const quarter = sql`((cast(substr(s.held_on, 6, 2) as integer) - 1) / 3 + 1)`;
  const quarterly = db.all<{ programmeId: string; programmeName: string; quarter: number; children: number }>(sql`
    select s.programme_id as programmeId, p.name as programmeName, ${quarter} as quarter, count(distinct coalesce(pa.child_id, pa.id)) as children
    from session_attendance a join programme_sessions s on s.id = a.session_id join programmes p on p.id = s.programme_id join participants pa on pa.id = a.participant_id
    where s.held_on between ${from} and ${to} and s.archived_at is null and p.archived_at is null
    group by s.programme_id, quarter order by p.name, quarter`);
  const totals = db.all<{ quarter: number; children: number }>(sql`
    select ${quarter} as quarter, count(distinct coalesce(pa.child_id, pa.id)) as children
    from session_attendance a join programme_sessions s on s.id = a.session_id join programmes p on p.id = s.programme_id join participants pa on pa.id = a.participant_id
    where s.held_on between ${from} and ${to} and s.archived_at is null and p.archived_at is null
    group by quarter order by quarter`);
  return { year: input.year, monthly, quarterly, totals };
}
