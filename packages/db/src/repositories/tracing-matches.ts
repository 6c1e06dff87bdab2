// Possible family of a traced child among people the system knows: a name-key index kept up to date from a queue
// the triggers fill, scored by the domain matcher, masked outside the person's communes, decided once.
import { randomUUID } from 'node:crypto';
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import {
  birthYearOf,
  DomainError,
  isPossibleTracingMatch,
  tracingMatchScore,
  tracingNameKeys,
  type CandidateProfile,
  type MatchDecisionInput,
  type MatchSource,
  type SoughtProfile,
  type SoughtRelation,
  type TracingMatchReason,
  type TracingStatus,
} from '@kruosar/domain';
import type { Db } from '../client';
import { inTransaction } from '../client';
import { cases, children, geoUnits, households, tracingMatchDecisions, tracingNameKeys as nameKeys, tracingPeople, tracingRequests } from '../schema/index';
import { auditCase, auditRead, type Work } from './case-workflow';
import { tracingRequestFor } from './tracing';

type PersonRow = typeof tracingPeople.$inferInsert;

type MemberRow = { id: string; householdId: string; nameKm: string; nameLatin: string; sex: string; dateOfBirth: string | null; relationship: string; villageCode: string; communeCode: string };

const memberPerson = (m: MemberRow): PersonRow => ({
  id: `household_member:${m.id}`, source: 'household_member', sourceId: m.id, names: [m.nameKm, m.nameLatin].filter((n) => n.trim() !== ''),
  birthYear: birthYearOf(m.dateOfBirth), sex: m.sex, placeCode: m.villageCode, communeCode: m.communeCode, householdId: m.householdId, caseId: null, role: m.relationship,
});

type NeedRow = { id: string; contactName: string; villageCode: string; communeCode: string; caseId: string | null };

const needPerson = (n: NeedRow): PersonRow => ({
  id: `hive_need:${n.id}`, source: 'hive_need', sourceId: n.id, names: [n.contactName], birthYear: null, sex: null, placeCode: n.villageCode, communeCode: n.communeCode, householdId: null, caseId: n.caseId, role: 'contact',
});

/** The people of one tracing request: its child, and the mother and father the child remembers. */
function requestPeople(db: Db, sourceId: string): PersonRow[] {
  const source = 'tracing_request';
  const r = db
    .select({ r: tracingRequests, child: children, communeCode: cases.communeCode, villageCode: households.villageCode })
    .from(tracingRequests)
    .innerJoin(cases, eq(cases.id, tracingRequests.caseId))
    .innerJoin(children, eq(children.id, cases.childId))
    .innerJoin(households, eq(households.id, cases.householdId))
    .where(eq(tracingRequests.id, sourceId))
    .get();
  if (!r || r.r.archivedAt !== null || r.r.status === 'closed') return [];
  const base = { source, sourceId, placeCode: r.r.placeCode ?? r.villageCode, communeCode: r.communeCode, householdId: null, caseId: r.r.caseId };
  const child = r.child;
  const people: PersonRow[] = [{
    ...base, id: `${source}:${sourceId}:child`, names: [`${child.familyNameKm} ${child.givenNameKm}`, `${child.familyNameLatin} ${child.givenNameLatin}`],
    birthYear: birthYearOf(child.dateOfBirth), sex: child.sex, role: 'child',
  }];
  // Two children who remember the same mother or father are likely siblings.
  r.r.people.forEach((p, i) => {
    if (p.relation === 'mother' || p.relation === 'father') {
      people.push({ ...base, id: `${source}:${sourceId}:${i}`, names: [p.name], birthYear: null, sex: p.relation === 'mother' ? 'female' : 'male', role: p.relation });
    }
  });
  return people;
}

/**
 * Index again every source row the triggers queued, set by set (a backfill queues every household member at
 * once). Runs before each search, in the caller's transaction.
 */
export function refreshTracingIndex(db: Db): number {
  const sqlite = db.$client;
  const queued = sqlite.prepare('select count(*) from tracing_index_queue').pluck().get() as number;
  if (queued === 0) return 0;
  const people: PersonRow[] = [];
  sqlite.transaction(() => {
    // Members and contacts still live (archived ones simply drop out of the index).
    const members = sqlite
      .prepare(
        `select m.id, m.household_id householdId, m.name_km nameKm, m.name_latin nameLatin, m.sex, m.date_of_birth dateOfBirth, m.relationship, h.village_code villageCode, h.commune_code communeCode
         from tracing_index_queue q join household_members m on m.id = q.source_id join households h on h.id = m.household_id
         where q.source = 'household_member' and m.archived_at is null and h.archived_at is null`,
      )
      .all() as MemberRow[];
    people.push(...members.map(memberPerson));
    const needs = sqlite
      .prepare(
        `select n.id, n.contact_name contactName, n.village_code villageCode, n.commune_code communeCode, n.case_id caseId
         from tracing_index_queue q join hive_needs n on n.id = q.source_id where q.source = 'hive_need' and trim(n.contact_name) <> ''`,
      )
      .all() as NeedRow[];
    people.push(...needs.map(needPerson));
    const requestIds = sqlite.prepare("select source_id from tracing_index_queue where source = 'tracing_request'").pluck().all() as string[];
    for (const id of requestIds) people.push(...requestPeople(db, id));
    sqlite.exec(`
      delete from tracing_name_keys where person_id in (select p.id from tracing_people p join tracing_index_queue q on q.source = p.source and q.source_id = p.source_id);
      delete from tracing_people where id in (select p.id from tracing_people p join tracing_index_queue q on q.source = p.source and q.source_id = p.source_id);
    `);
    const insertPerson = sqlite.prepare(
      'insert into tracing_people (id, source, source_id, names, birth_year, sex, place_code, commune_code, household_id, case_id, role) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    const insertKey = sqlite.prepare('insert or ignore into tracing_name_keys (key, person_id) values (?, ?)');
    for (const p of people) {
      insertPerson.run(p.id, p.source, p.sourceId, JSON.stringify(p.names), p.birthYear ?? null, p.sex ?? null, p.placeCode ?? null, p.communeCode ?? null, p.householdId ?? null, p.caseId ?? null, p.role);
      for (const key of tracingNameKeys(p.names)) insertKey.run(key, p.id);
    }
    sqlite.exec('delete from tracing_index_queue');
  })();
  return queued;
}

export type TracingMatch = {
  source: MatchSource;
  sourceId: string;
  /** Who they are to their record: a household member's relationship, a need's contact, a traced child or parent. */
  role: string;
  soughtRelation: SoughtRelation;
  soughtName: string;
  score: number;
  reasons: TracingMatchReason[];
  /** False outside the person's communes: only the commune and the reasons are shown, to ask that team. */
  inScope: boolean;
  name: string | null;
  communeCode: string | null;
  communeName: string | null;
  communeNameKm: string | null;
  householdId: string | null;
  caseId: string | null;
  caseReference: string | null;
  confirmed: boolean;
};

/** Each remembered name reads at most this many people sharing a name key, those sharing most keys first. */
const CANDIDATES_PER_NAME = 1000;
/** Matches shown, best first. */
const MAX_MATCHES = 20;

const inScopeOf = (w: Work, communeCode: string | null) => w.actor.role === 'admin' || (communeCode !== null && w.actor.communeCodes.includes(communeCode));

function candidateIds(db: Db, keys: string[]): string[] {
  if (keys.length === 0) return [];
  return db
    .select({ personId: nameKeys.personId })
    .from(nameKeys)
    .where(inArray(nameKeys.key, keys))
    .groupBy(nameKeys.personId)
    .orderBy(sql`count(*) desc`)
    .limit(CANDIDATES_PER_NAME)
    .all()
    .map((r) => r.personId);
}

function loadPeople(db: Db, ids: string[]) {
  const out: (typeof tracingPeople.$inferSelect)[] = [];
  for (let i = 0; i < ids.length; i += 500) out.push(...db.select().from(tracingPeople).where(inArray(tracingPeople.id, ids.slice(i, i + 500))).all());
  return out;
}

/** The matches of one request, computed; the caller has checked scope. */
function computeMatches(db: Db, w: Work, requestId: string): TracingMatch[] {
  refreshTracingIndex(db);
  const r = db
    .select({ r: tracingRequests, dob: children.dateOfBirth, householdId: cases.householdId })
    .from(tracingRequests)
    .innerJoin(cases, eq(cases.id, tracingRequests.caseId))
    .innerJoin(children, eq(children.id, cases.childId))
    .where(eq(tracingRequests.id, requestId))
    .get()!;
  const decisions = db.select().from(tracingMatchDecisions).where(eq(tracingMatchDecisions.tracingRequestId, requestId)).all();
  const decided = new Map(decisions.map((d) => [`${d.source}:${d.sourceId}`, d.decision]));
  const best = new Map<string, { person: typeof tracingPeople.$inferSelect; sought: SoughtProfile; score: number; reasons: TracingMatchReason[] }>();
  const childBirthYear = birthYearOf(r.dob);
  for (const p of r.r.people) {
    const sought: SoughtProfile = { relation: p.relation, name: p.name, childBirthYear, placeCode: r.r.placeCode };
    for (const person of loadPeople(db, candidateIds(db, tracingNameKeys([p.name])))) {
      // The child's own request and household are not their own family's "match".
      if ((person.source === 'tracing_request' && person.sourceId === requestId) || (person.householdId !== null && person.householdId === r.householdId) || (person.caseId !== null && person.caseId === r.r.caseId)) continue;
      const pairKey = `${person.source}:${person.sourceId}`;
      if (decided.get(pairKey) === 'reject') continue;
      const candidate: CandidateProfile = { names: person.names, birthYear: person.birthYear, sex: person.sex as CandidateProfile['sex'], placeCode: person.placeCode };
      const result = tracingMatchScore(sought, candidate);
      if (!isPossibleTracingMatch(result)) continue;
      const previous = best.get(pairKey);
      if (!previous || result.score > previous.score) best.set(pairKey, { person, sought, score: result.score, reasons: result.reasons });
    }
  }
  const ranked = [...best.values()].sort((a, b) => b.score - a.score).slice(0, MAX_MATCHES);
  const communes = new Map(
    (ranked.length ? db.select().from(geoUnits).where(inArray(geoUnits.code, [...new Set(ranked.map((m) => m.person.communeCode ?? ''))])).all() : []).map((g) => [g.code, g]),
  );
  const caseIds = [...new Set(ranked.map((m) => m.person.caseId).filter((id): id is string => id !== null))];
  const references = new Map((caseIds.length ? db.select({ id: cases.id, reference: cases.reference }).from(cases).where(inArray(cases.id, caseIds)).all() : []).map((c) => [c.id, c.reference]));
  return ranked.map(({ person, sought, score, reasons }) => {
    const inScope = inScopeOf(w, person.communeCode);
    const commune = communes.get(person.communeCode ?? '');
    return {
      source: person.source as MatchSource,
      sourceId: person.sourceId,
      role: person.role,
      soughtRelation: sought.relation,
      soughtName: sought.name,
      score,
      reasons,
      inScope,
      name: inScope ? person.names.join(' / ') : null,
      communeCode: person.communeCode,
      communeName: commune?.nameLatin ?? person.communeCode,
      communeNameKm: commune?.nameKm ?? person.communeCode,
      householdId: inScope ? person.householdId : null,
      caseId: inScope ? person.caseId : null,
      caseReference: person.caseId ? (references.get(person.caseId) ?? null) : null,
      confirmed: decided.get(`${person.source}:${person.sourceId}`) === 'confirm',
    };
  });
}

/** Possible family of the traced child, best first. Showing names of people in scope is an audited read. */
export function findTracingMatches(db: Db, w: Work, params: { tracingRequestId: string }): TracingMatch[] {
  return inTransaction(db, (tx) => {
    const { row, c } = tracingRequestFor(tx, w, params.tracingRequestId);
    const matches = computeMatches(tx, w, row.id);
    auditRead(tx, w, { action: 'tracing.matches', entity: 'tracing_request', entityId: row.id, caseId: c.id, detail: { shown: matches.filter((m) => m.inScope).map((m) => `${m.source}:${m.sourceId}`) } });
    return matches;
  });
}

/**
 * Confirm (the records are linked: the household becomes the child's found family, or the two cases are linked as
 * family) or reject (never proposed again). Only a match the matcher proposes, in the person's communes, is decided.
 */
export function decideTracingMatch(
  db: Db,
  w: Work,
  params: { tracingRequestId: string; source: MatchSource; sourceId: string; input: MatchDecisionInput },
): TracingMatch[] {
  return inTransaction(db, (tx) => {
    const { row, c } = tracingRequestFor(tx, w, params.tracingRequestId);
    if (row.status === 'closed') throw new DomainError('INVALID', 'errors.tracingClosed', 'Tracing: this request is closed', 'status');
    const match = computeMatches(tx, w, row.id).find((m) => m.source === params.source && m.sourceId === params.sourceId);
    if (!match) throw new DomainError('NOT_FOUND', 'errors.matchNotProposed', 'Match: this person is not a proposed match for the request (it may have been decided already)', 'sourceId');
    if (!match.inScope) throw new DomainError('FORBIDDEN', 'errors.matchOutOfScope', 'This match is outside your communes: ask the team of its commune to look at it');
    if (match.confirmed) throw new DomainError('INVALID', 'errors.matchDecided', 'Match: this match was already confirmed', 'sourceId');
    const at = w.now.toISOString();
    tx.insert(tracingMatchDecisions)
      .values({ id: randomUUID(), tracingRequestId: row.id, source: params.source, sourceId: params.sourceId, decision: params.input.decision, note: params.input.note, score: Math.round(match.score * 1000), reasons: match.reasons, decidedById: w.actor.id, decidedAt: at })
      .run();
    if (params.input.decision === 'confirm') {
      const parent = match.soughtRelation === 'mother' || match.soughtRelation === 'father';
      const status = row.status as TracingStatus;
      const outcome = parent ? 'family_found' : status === 'family_found' ? 'family_found' : 'relatives_found';
      tx.update(tracingRequests)
        .set({
          status: outcome,
          outcome,
          foundHouseholdId: match.householdId ?? row.foundHouseholdId,
          approvalState: row.approvalState === 'submitted' ? 'draft' : row.approvalState,
          updatedAt: at,
          version: sql`${tracingRequests.version} + 1`,
        })
        .where(and(eq(tracingRequests.id, row.id), isNull(tracingRequests.archivedAt)))
        .run();
    }
    auditCase(tx, w, {
      action: params.input.decision === 'confirm' ? 'tracing.match_confirm' : 'tracing.match_reject',
      entity: 'tracing_request',
      entityId: row.id,
      caseId: c.id,
      detail: { source: params.source, sourceId: params.sourceId, score: match.score, reasons: match.reasons, linkedCaseId: match.caseId, householdId: match.householdId },
    });
    return computeMatches(tx, w, row.id);
  });
}
