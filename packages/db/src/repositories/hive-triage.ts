// Staff triage of hive needs: the queue (abuse first), one need with its possible duplicates, and the decision.
import { and, asc, eq, gte, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import {
  DUPLICATE_WINDOW_DAYS,
  conflict,
  decideNeed,
  findPossibleDuplicateNeeds,
  isCommuneInHiveScope,
  needCasePrefill,
  notFound,
  type CaseScope,
  type HiveScope,
  type NeedCasePrefill,
  type NeedCategory,
  type NeedReferralAgency,
  type NeedStatus,
  type NeedUrgency,
  type Page,
  type PhonedInNeedInput,
  type PossibleDuplicateNeed,
  type TriageNeedDetail,
  type TriageNeedInput,
  type TriageQueueItem,
  type TriageResult,
} from '@kruosar/domain';
import type { Db } from '../client';
import { inTransaction } from '../client';
import { cases, geoUnits, hiveNeeds, userCommunes, users } from '../schema/index';
import { appendAudit } from './audit';
import { findCaseInScope } from './cases';
import { updateVersioned } from './versioned';
import { submitNeed, type SubmitNeedResult } from './needs';

const DAY = 24 * 60 * 60 * 1000;
/** Duplicates are looked for among the commune's needs of at least the last 60 days. */
const DUPLICATE_LOOKBACK_DAYS = 60;

export type StaffActor = { actorId: string; portal: string; now: Date };

const village = alias(geoUnits, 'village');
const commune = alias(geoUnits, 'commune');
const volunteer = alias(users, 'volunteer');
const triager = alias(users, 'triager');
const phonedInBy = alias(users, 'phoned_in_staff');

function scopeCondition(scope: HiveScope): SQL | undefined {
  if (scope.communeCodes === 'all') return undefined;
  return scope.communeCodes.length ? inArray(hiveNeeds.communeCode, scope.communeCodes) : sql`0`;
}

const triageColumns = {
  id: hiveNeeds.id,
  villageCode: hiveNeeds.villageCode,
  villageName: village.nameKm,
  category: hiveNeeds.category,
  urgency: hiveNeeds.urgency,
  description: hiveNeeds.description,
  status: hiveNeeds.status,
  messageToVolunteer: hiveNeeds.messageToVolunteer,
  reportedAt: hiveNeeds.reportedAt,
  receivedAt: hiveNeeds.receivedAt,
  communeCode: hiveNeeds.communeCode,
  communeName: commune.nameLatin,
  contactName: hiveNeeds.contactName,
  contactPhone: hiveNeeds.contactPhone,
  consentToContact: hiveNeeds.consentToContact,
  volunteerName: volunteer.displayName,
  caseId: hiveNeeds.caseId,
  version: hiveNeeds.version,
  phonedInByName: phonedInBy.displayName,
  phonedIn: sql<boolean>`${hiveNeeds.phonedInBy} is not null`.mapWith(Boolean),
};

function selectTriageNeeds(db: Db) {
  return db
    .select(triageColumns)
    .from(hiveNeeds)
    .leftJoin(village, eq(village.code, hiveNeeds.villageCode))
    .leftJoin(commune, eq(commune.code, hiveNeeds.communeCode))
    .leftJoin(volunteer, eq(volunteer.id, hiveNeeds.volunteerId))
    .leftJoin(phonedInBy, eq(phonedInBy.id, hiveNeeds.phonedInBy));
}

type TriageRow = Awaited<ReturnType<ReturnType<typeof selectTriageNeeds>['all']>>[number];
type TriageNeedRow = Omit<TriageQueueItem, 'possibleDuplicates'>;

function toTriageNeed(r: TriageRow): TriageNeedRow {
  return {
    ...r,
    villageName: r.villageName ?? r.villageCode,
    communeName: r.communeName ?? r.communeCode,
    volunteerName: r.volunteerName ?? '',
    category: r.category as NeedCategory,
    urgency: r.urgency as NeedUrgency,
    status: r.status as NeedStatus,
  };
}

/**
 * For each need, the other needs of its commune that may be the same household, likeliest first. Candidates are
 * the commune's needs of the last 60 days, reaching further back for an old need still waiting, whatever their
 * status: an earlier report already linked to a case is the likeliest thing to link to.
 */
function possibleDuplicatesOf(db: Db, needs: readonly TriageNeedRow[], now: Date): Map<string, PossibleDuplicateNeed[]> {
  const out = new Map<string, PossibleDuplicateNeed[]>(needs.map((n) => [n.id, []]));
  if (needs.length === 0) return out;
  const earliest = Math.min(now.getTime() - DUPLICATE_LOOKBACK_DAYS * DAY, ...needs.map((n) => Date.parse(n.reportedAt) - DUPLICATE_WINDOW_DAYS * DAY));
  const communes = [...new Set(needs.map((n) => n.communeCode))];
  const candidates = selectTriageNeeds(db)
    .where(and(inArray(hiveNeeds.communeCode, communes), gte(hiveNeeds.reportedAt, new Date(earliest).toISOString())))
    .all()
    .map(toTriageNeed);
  for (const need of needs) {
    const sameCommune = candidates.filter((c) => c.communeCode === need.communeCode);
    out.set(
      need.id,
      findPossibleDuplicateNeeds(need, sameCommune).map(({ need: other, score }) => ({
        id: other.id,
        score,
        category: other.category,
        urgency: other.urgency,
        status: other.status,
        villageName: other.villageName,
        reportedAt: other.reportedAt,
        caseId: other.caseId,
      })),
    );
  }
  return out;
}

export type TriageQueueParams = { scope: HiveScope; communeCode?: string; statuses?: NeedStatus[]; page: number; pageSize: number };

/**
 * The needs staff may triage, in triage order (abuse concerns, then urgency, then the oldest; stored as
 * triage_priority), each with its possible duplicates. Seeing the list is a read of what volunteers wrote about
 * children, so it is audited like a caseload list.
 */
export function listTriageQueue(db: Db, params: TriageQueueParams & StaffActor): Page<TriageQueueItem> {
  const conditions = [scopeCondition(params.scope)];
  if (params.communeCode) conditions.push(eq(hiveNeeds.communeCode, params.communeCode));
  if (params.statuses?.length) conditions.push(inArray(hiveNeeds.status, params.statuses));
  const where = and(...conditions);
  const total = db.select({ n: sql<number>`count(*)` }).from(hiveNeeds).where(where).get()?.n ?? 0;
  const needs = selectTriageNeeds(db)
    .where(where)
    .orderBy(asc(hiveNeeds.triagePriority), asc(hiveNeeds.id))
    .limit(params.pageSize)
    .offset((params.page - 1) * params.pageSize)
    .all()
    .map(toTriageNeed);
  const duplicates = possibleDuplicatesOf(db, needs, params.now);
  if (needs.length > 0) {
    appendAudit(db, { actorId: params.actorId, portal: params.portal, action: 'need.list', entity: 'hive_need', detail: { ids: needs.map((n) => n.id) } }, params.now);
  }
  return { total, page: params.page, pageSize: params.pageSize, items: needs.map((n) => ({ ...n, possibleDuplicates: duplicates.get(n.id) ?? [] })) };
}

/** The need row if the scope may triage it; out of scope answers NOT_FOUND, like a missing one. */
function needInScope(db: Db, scope: HiveScope, needId: string) {
  const row = db.select().from(hiveNeeds).where(and(eq(hiveNeeds.id, needId), scopeCondition(scope))).get();
  if (!row) throw notFound('Need');
  return row;
}

/** One need for the triage page, with who decided what; audited as a read. */
export function findNeedForTriage(db: Db, params: { scope: HiveScope; needId: string } & StaffActor): TriageNeedDetail {
  needInScope(db, params.scope, params.needId);
  const row = db
    .select({ ...triageColumns, triagedByName: triager.displayName, triagedAt: hiveNeeds.triagedAt, referralAgency: hiveNeeds.referralAgency, referralAgencyName: hiveNeeds.referralAgencyName, caseReference: cases.reference })
    .from(hiveNeeds)
    .leftJoin(village, eq(village.code, hiveNeeds.villageCode))
    .leftJoin(commune, eq(commune.code, hiveNeeds.communeCode))
    .leftJoin(volunteer, eq(volunteer.id, hiveNeeds.volunteerId))
    .leftJoin(phonedInBy, eq(phonedInBy.id, hiveNeeds.phonedInBy))
    .leftJoin(triager, eq(triager.id, hiveNeeds.triagedBy))
    .leftJoin(cases, eq(cases.id, hiveNeeds.caseId))
    .where(eq(hiveNeeds.id, params.needId))
    .get()!;
  const { triagedByName, triagedAt, referralAgency, referralAgencyName, caseReference, ...rest } = row;
  const need = toTriageNeed(rest);
  const possibleDuplicates = possibleDuplicatesOf(db, [need], params.now).get(need.id) ?? [];
  appendAudit(db, { actorId: params.actorId, portal: params.portal, action: 'need.view', entity: 'hive_need', entityId: need.id, caseId: need.caseId }, params.now);
  return {
    ...need,
    possibleDuplicates,
    triagedByName,
    triagedAt,
    referralAgency: referralAgency as NeedReferralAgency | null,
    referralAgencyName,
    caseReference,
  };
}

/** What the case intake opens with to turn this need into a new case (no change to the need). */
export function needCasePrefillInScope(db: Db, params: { scope: HiveScope; needId: string }): NeedCasePrefill {
  const need = needInScope(db, params.scope, params.needId);
  return needCasePrefill({ ...need, category: need.category as NeedCategory, urgency: need.urgency as NeedUrgency });
}

/**
 * Apply a staff decision to a need, from the version the staff member saw (stale => CONFLICT, nothing changed).
 * link_to_case needs a case the staff member may see; new_case moves the need to "triaged" and answers the intake
 * prefill: the need becomes linked_to_case when the case the intake created is linked with link_to_case.
 */
export function triageNeed(db: Db, params: { scope: HiveScope; caseScope: CaseScope; input: TriageNeedInput } & StaffActor): TriageResult {
  const { input, now } = params;
  const { decision } = input;
  return inTransaction(db, (tx) => {
    const need = needInScope(tx, params.scope, input.needId);
    if (need.version !== input.version) throw conflict('Need');
    const finalStatus = decideNeed(need.status as NeedStatus, decision);
    const status: NeedStatus = decision.decision === 'new_case' ? 'triaged' : finalStatus;
    const caseId = decision.decision === 'link_to_case' ? findCaseInScope(tx, params.caseScope, decision.caseId).id : need.caseId;
    const version = updateVersioned(tx, {
      table: hiveNeeds,
      id: need.id,
      expectedVersion: input.version,
      what: 'Need',
      set: {
        status,
        messageToVolunteer: decision.messageToVolunteer,
        caseId,
        referralAgency: decision.decision === 'refer' ? decision.agency : null,
        referralAgencyName: decision.decision === 'refer' ? decision.agencyName : '',
        triagedBy: params.actorId,
        triagedAt: now.toISOString(),
      },
    });
    appendAudit(tx, { actorId: params.actorId, portal: params.portal, action: 'need.triage', entity: 'hive_need', entityId: need.id, caseId, detail: { decision: decision.decision, status } }, now);
    const casePrefill =
      decision.decision === 'new_case' ? needCasePrefill({ ...need, category: need.category as NeedCategory, urgency: need.urgency as NeedUrgency }) : null;
    return { needId: need.id, status, version, casePrefill };
  });
}

/** The commune's active hive volunteers, by name, for staff writing down a need one of them phoned in. */
export function listPhoneInVolunteers(db: Db, params: { scope: HiveScope; communeCode: string }): { id: string; displayName: string }[] {
  if (!isCommuneInHiveScope(params.scope, params.communeCode)) return [];
  return db
    .select({ id: users.id, displayName: users.displayName })
    .from(users)
    .innerJoin(userCommunes, and(eq(userCommunes.userId, users.id), eq(userCommunes.communeCode, params.communeCode)))
    .where(and(eq(users.role, 'hive_volunteer'), isNull(users.archivedAt)))
    .orderBy(users.displayName)
    .all();
}

/**
 * A need a volunteer phoned in, written down by staff in that volunteer's name (it shows in their "My reports")
 * and marked with who wrote it. The village must be in one of the volunteer's communes and in the staff scope.
 */
export function registerPhonedInNeed(db: Db, params: { scope: HiveScope; input: PhonedInNeedInput } & StaffActor): SubmitNeedResult {
  const { input } = params;
  const volunteerRow = db.select({ id: users.id, role: users.role, archivedAt: users.archivedAt }).from(users).where(eq(users.id, input.volunteerId)).get();
  if (!volunteerRow || volunteerRow.role !== 'hive_volunteer' || volunteerRow.archivedAt) throw notFound('The volunteer');
  const communes = db.select({ code: userCommunes.communeCode }).from(userCommunes).where(eq(userCommunes.userId, volunteerRow.id)).all().map((c) => c.code);
  const inScope = communes.filter((c) => isCommuneInHiveScope(params.scope, c));
  if (inScope.length === 0) throw notFound('The volunteer');
  return submitNeed(db, { volunteerId: volunteerRow.id, volunteerCommunes: inScope, input: input.need, now: params.now, phonedIn: { staffId: params.actorId, portal: params.portal } });
}
