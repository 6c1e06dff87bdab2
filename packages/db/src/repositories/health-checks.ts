// Health checks at outreach sessions (mobile clinics): weight and height per attending child with the growth
// indication the domain computes, a referral to a health centre and its outcome later, and the report per site and
// quarter. Names reach case staff only; the report is counts.
import { randomUUID } from 'node:crypto';
import { and, asc, desc, eq, inArray, isNotNull, lt, sql, type SQL } from 'drizzle-orm';
import {
  conflict,
  DomainError,
  growthIndication,
  healthCheckProblem,
  invalid,
  notFound,
  participantCode,
  referralOutcomeProblem,
  roundMeasure,
  type GrowthFlag,
  type GrowthIndication,
  type HealthCheck,
  type HealthCheckInput,
  type HealthChecksView,
  type HealthReferralItem,
  type HealthReport,
  type HealthReportInput,
  type Page,
  type PreviousCheck,
  type ProgrammeKind,
  type ReferralListInput,
  type ReferralOutcomeInput,
  type HealthReferralStatus,
} from '@kruosar/domain';
import type { Db } from '../client';
import { inTransaction } from '../client';
import { healthChecks, participants, programmes, programmeSessions, programmeSites, sessionAttendance } from '../schema/index';
import { appendAudit, appendReadAudit } from './audit';
import { todayIn, type Work } from './case-workflow';
import { assertCommuneInScope, identified, participantSelect, programmeFor, sessionFor, toParticipant, toSession } from './programmes';
import { updateVersioned } from './versioned';

type CheckRow = typeof healthChecks.$inferSelect;

const toCheck = (r: CheckRow): HealthCheck => ({
  id: r.id,
  sessionId: r.sessionId,
  participantId: r.participantId,
  weightKg: r.weightKg,
  heightCm: r.heightCm,
  bmi: r.bmi,
  indication: r.indication as GrowthIndication,
  flags: r.flags === '' ? [] : (r.flags.split(',') as GrowthFlag[]),
  referral:
    r.referralStatus === null
      ? null
      : { healthCentre: r.referredTo ?? '', reason: r.referralReason, status: r.referralStatus as HealthReferralStatus, outcomeOn: r.referralOutcomeOn, note: r.referralNote },
  version: r.version,
});

/** Each child's latest check at a session held before `before`: the trend rules compare with it. */
function previousChecks(db: Db, participantIds: string[], before: string): Map<string, PreviousCheck> {
  const out = new Map<string, PreviousCheck>();
  if (participantIds.length === 0) return out;
  const rows = db
    .select({ participantId: healthChecks.participantId, heldOn: programmeSessions.heldOn, weightKg: healthChecks.weightKg, heightCm: healthChecks.heightCm })
    .from(healthChecks)
    .innerJoin(programmeSessions, eq(programmeSessions.id, healthChecks.sessionId))
    .where(and(inArray(healthChecks.participantId, participantIds), lt(programmeSessions.heldOn, before), sql`${programmeSessions.archivedAt} is null`))
    .orderBy(desc(programmeSessions.heldOn))
    .all();
  for (const r of rows) if (!out.has(r.participantId)) out.set(r.participantId, { heldOn: r.heldOn, weightKg: r.weightKg, heightCm: r.heightCm });
  return out;
}

/** A session's attendees with their check (if taken) and their previous one. Names for case staff, audited. */
export function healthChecksView(db: Db, w: Work, sessionId: string): HealthChecksView {
  const session = sessionFor(db, sessionId);
  const programme = programmeFor(db, session.s.programmeId);
  const named = identified(w);
  const attendees = db
    .select(participantSelect)
    .from(sessionAttendance)
    .innerJoin(participants, eq(participants.id, sessionAttendance.participantId))
    .where(eq(sessionAttendance.sessionId, sessionId))
    .orderBy(asc(participants.familyNameLatin), asc(participants.givenNameLatin))
    .all();
  const checks = new Map(db.select().from(healthChecks).where(eq(healthChecks.sessionId, sessionId)).all().map((r) => [r.participantId, toCheck(r)]));
  const previous = previousChecks(db, attendees.map((a) => a.p.id), session.s.heldOn);
  if (named && attendees.length > 0) {
    appendReadAudit(db, { actorId: w.actor.id, portal: w.portal, action: 'programme.health_checks.read', entity: 'programme_session', entityId: sessionId, detail: { participants: attendees.length } }, w.now);
  }
  return {
    session: toSession(session),
    programmeName: programme.p.name,
    programmeKind: programme.p.kind as ProgrammeKind,
    children: attendees.map((a) => ({ participant: toParticipant(a, named), check: checks.get(a.p.id) ?? null, previous: previous.get(a.p.id) ?? null })),
  };
}

/**
 * Record (or correct) one child's weight and height at a mobile clinic session, with a referral when the team made
 * one. The child must be on the session's attendance list; implausible figures are refused with their field.
 */
export function saveHealthCheck(db: Db, w: Work, input: HealthCheckInput): HealthCheck {
  return inTransaction(db, (tx) => {
    const session = sessionFor(tx, input.sessionId);
    assertCommuneInScope(w, session.communeCode, 'sessionId');
    const programme = programmeFor(tx, session.s.programmeId);
    if (programme.p.kind !== 'mobile_clinic') throw invalid('sessionId', 'Health checks are recorded at mobile clinic sessions', 'errors.healthCheckNotClinic');
    const heldOn = session.s.heldOn;
    if (heldOn > todayIn(w.now)) throw invalid('sessionId', 'Health checks are recorded on the day of the session or after', 'errors.sessionNotHeld');
    const child = tx
      .select({ birthYear: participants.birthYear })
      .from(sessionAttendance)
      .innerJoin(participants, eq(participants.id, sessionAttendance.participantId))
      .where(and(eq(sessionAttendance.sessionId, session.s.id), eq(sessionAttendance.participantId, input.participantId)))
      .get();
    if (!child) throw invalid('participantId', 'This child is not on the session’s attendance list: take attendance first', 'errors.healthCheckNotAttending');
    const m = { weightKg: roundMeasure(input.weightKg), heightCm: roundMeasure(input.heightCm), on: heldOn };
    const previous = previousChecks(tx, [input.participantId], heldOn).get(input.participantId) ?? null;
    const problem = healthCheckProblem(m, previous);
    if (problem) throw problem;
    const growth = growthIndication({ ...m, birthYear: child.birthYear }, previous);
    const existing = tx.select().from(healthChecks).where(and(eq(healthChecks.sessionId, session.s.id), eq(healthChecks.participantId, input.participantId))).get();
    const at = w.now.toISOString();
    const values = { weightKg: m.weightKg, heightCm: m.heightCm, bmi: growth.bmi, indication: growth.indication, flags: growth.flags.join(','), updatedAt: at };
    let id: string;
    if (existing) {
      if (input.expectedVersion === null) throw conflict('Health check');
      const outcomeKept = existing.referralStatus !== null && existing.referralStatus !== 'referred';
      if (input.referral === null && outcomeKept) {
        throw invalid('referral', 'The referral has an outcome recorded: it cannot be taken back', 'errors.referralHasOutcome');
      }
      const referral = input.referral
        ? { referredTo: input.referral.healthCentre, referralReason: input.referral.reason, referralStatus: outcomeKept ? existing.referralStatus : 'referred' }
        : { referredTo: null, referralReason: '', referralStatus: null, referralOutcomeOn: null, referralNote: '' };
      updateVersioned(tx, { table: healthChecks, id: existing.id, expectedVersion: input.expectedVersion, set: { ...values, ...referral }, what: 'Health check' });
      id = existing.id;
    } else {
      if (input.expectedVersion !== null) throw notFound('Health check');
      id = randomUUID();
      tx.insert(healthChecks)
        .values({
          id,
          sessionId: session.s.id,
          participantId: input.participantId,
          ...values,
          referredTo: input.referral?.healthCentre ?? null,
          referralReason: input.referral?.reason ?? '',
          referralStatus: input.referral ? 'referred' : null,
          recordedById: w.actor.id,
          createdAt: at,
        })
        .run();
    }
    appendAudit(
      tx,
      { actorId: w.actor.id, portal: w.portal, action: 'programme.health_check', entity: 'health_check', entityId: id, detail: { sessionId: session.s.id, indication: growth.indication, referred: input.referral !== null } },
      w.now,
    );
    return toCheck(tx.select().from(healthChecks).where(eq(healthChecks.id, id)).get()!);
  });
}

/** Referrals the person's team made (their communes' sites; an administrator's all), open ones or all. */
function referralScopeSql(w: Work): SQL | undefined {
  if (w.actor.role === 'admin') return undefined;
  return w.actor.communeCodes.length === 0 ? sql`0` : inArray(programmeSites.communeCode, w.actor.communeCodes);
}

const referralSelect = {
  c: healthChecks,
  p: participants,
  programmeName: programmes.name,
  siteName: programmeSites.name,
  heldOn: programmeSessions.heldOn,
};
type ReferralRow = { c: CheckRow; p: typeof participants.$inferSelect; programmeName: string; siteName: string; heldOn: string };
const referralsFrom = (db: Db) =>
  db
    .select(referralSelect)
    .from(healthChecks)
    .innerJoin(participants, eq(participants.id, healthChecks.participantId))
    .innerJoin(programmeSessions, eq(programmeSessions.id, healthChecks.sessionId))
    .innerJoin(programmeSites, eq(programmeSites.id, programmeSessions.siteId))
    .innerJoin(programmes, eq(programmes.id, programmeSessions.programmeId));

function toReferralItem(r: ReferralRow, named: boolean): HealthReferralItem {
  const check = toCheck(r.c);
  return {
    healthCheckId: r.c.id,
    version: r.c.version,
    participantCode: participantCode(r.p.serial),
    name: named ? `${r.p.familyNameLatin} ${r.p.givenNameLatin}` : null,
    nameKm: named ? `${r.p.familyNameKm} ${r.p.givenNameKm}` : null,
    programmeName: r.programmeName,
    siteName: r.siteName,
    sessionId: r.c.sessionId,
    referredOn: r.heldOn,
    indication: check.indication,
    referral: check.referral!,
  };
}

export function listHealthReferrals(db: Db, w: Work, input: ReferralListInput): Page<HealthReferralItem> {
  const where = and(
    input.status === 'open' ? eq(healthChecks.referralStatus, 'referred') : isNotNull(healthChecks.referralStatus),
    sql`${programmeSessions.archivedAt} is null`,
    referralScopeSql(w),
  );
  const total =
    db
      .select({ n: sql<number>`count(*)` })
      .from(healthChecks)
      .innerJoin(programmeSessions, eq(programmeSessions.id, healthChecks.sessionId))
      .innerJoin(programmeSites, eq(programmeSites.id, programmeSessions.siteId))
      .where(where)
      .get()?.n ?? 0;
  const rows = referralsFrom(db).where(where).orderBy(asc(programmeSessions.heldOn), asc(healthChecks.id)).limit(input.pageSize).offset((input.page - 1) * input.pageSize).all();
  const named = identified(w);
  if (named && rows.length > 0) {
    appendReadAudit(db, { actorId: w.actor.id, portal: w.portal, action: 'programme.referrals.read', entity: 'participant', detail: { participants: rows.map((r) => r.p.id) } }, w.now);
  }
  return { total, page: input.page, pageSize: input.pageSize, items: rows.map((r) => toReferralItem(r, named)) };
}

/** The referral's outcome: the child went to the health centre, or did not; dated, with a note. */
export function recordReferralOutcome(db: Db, w: Work, input: ReferralOutcomeInput): HealthReferralItem {
  return inTransaction(db, (tx) => {
    const row = referralsFrom(tx).where(eq(healthChecks.id, input.healthCheckId)).get();
    if (!row) throw notFound('Health check');
    const session = sessionFor(tx, row.c.sessionId);
    assertCommuneInScope(w, session.communeCode, 'healthCheckId');
    if (row.c.referralStatus === null) throw new DomainError('INVALID', 'errors.noReferral', 'This child was not referred', 'healthCheckId');
    const problem = referralOutcomeProblem(input.outcomeOn, row.heldOn, todayIn(w.now));
    if (problem) throw problem;
    updateVersioned(tx, {
      table: healthChecks,
      id: row.c.id,
      expectedVersion: input.expectedVersion,
      set: { referralStatus: input.outcome, referralOutcomeOn: input.outcomeOn, referralNote: input.note, updatedAt: w.now.toISOString() },
      what: 'Referral',
    });
    appendAudit(tx, { actorId: w.actor.id, portal: w.portal, action: 'programme.referral.outcome', entity: 'health_check', entityId: row.c.id, detail: { outcome: input.outcome } }, w.now);
    return toReferralItem(referralsFrom(tx).where(eq(healthChecks.id, row.c.id)).get()!, identified(w));
  });
}

/** Growth flags and referral outcomes per site and quarter of a year; a child linked to a case counts as that child. */
export function healthReport(db: Db, input: HealthReportInput): HealthReport {
  const from = `${input.year}-01-01`;
  const to = `${input.year}-12-31`;
  const rows = db.all<HealthReport['rows'][number]>(sql`
    select s.programme_id as programmeId, p.name as programmeName, s.site_id as siteId, t.name as siteName,
      ((cast(substr(s.held_on, 6, 2) as integer) - 1) / 3 + 1) as quarter,
      count(*) as checks, count(distinct coalesce(pa.child_id, pa.id)) as children,
      count(case when h.indication = 'watch' then 1 end) as watch, count(case when h.indication = 'concern' then 1 end) as concern,
      count(h.referral_status) as referred, count(case when h.referral_status = 'attended' then 1 end) as attended,
      count(case when h.referral_status = 'not_attended' then 1 end) as notAttended, count(case when h.referral_status = 'referred' then 1 end) as pending
    from health_checks h join programme_sessions s on s.id = h.session_id join programmes p on p.id = s.programme_id
      join programme_sites t on t.id = s.site_id join participants pa on pa.id = h.participant_id
    where s.held_on between ${from} and ${to} and s.archived_at is null and p.archived_at is null
    group by s.programme_id, s.site_id, quarter order by p.name, t.name, quarter`);
  return { year: input.year, rows };
}
