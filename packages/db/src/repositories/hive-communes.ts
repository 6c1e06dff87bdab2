// Commune hives for staff: the list with each index and progress to 2032, one hive in full, milestones recorded.
import { randomUUID } from 'node:crypto';
import { and, asc, desc, eq, inArray, isNull, type SQL } from 'drizzle-orm';
import {
  DomainError,
  boardCounts,
  independenceIndex,
  isCommuneInHiveScope,
  notFound,
  type CommitteeRole,
  type HiveBoard,
  type HiveByCommuneInput,
  type HiveCommitteeMember,
  type HiveCreateInput,
  type HiveDetail,
  type HiveMeeting,
  type HiveMilestoneJudgement,
  type HiveMilestonesRecorded,
  type HiveMilestonesInput,
  type HiveScope,
  type HiveSummary,
  type HiveTraining,
  type HiveVolunteer,
  type IndependenceRecord,
  type NeedCategory,
  type NeedStatus,
  isHiveVolunteerTrained,
} from '@kruosar/domain';
import type { Db } from '../client';
import { inTransaction } from '../client';
import { geoUnits, hiveCommitteeMembers, hiveCommunes, hiveIndependenceHistory, hiveMeetings, hiveNeeds, hiveVolunteers, users } from '../schema/index';
import { appendAudit } from './audit';
import { cambodiaToday, judgementOf, loadHiveFacts, milestonesOf, type HiveFacts, type HiveRow } from './hive-facts';
import { updateVersioned } from './versioned';

export type HiveActor = { actorId: string; portal: string; now: Date };

const BOARD_MEETINGS = 12;

function summaryOf(f: HiveFacts): HiveSummary {
  const latest = f.history.at(-1);
  return {
    communeCode: f.hive.communeCode,
    communeName: f.communeName,
    communeNameKm: f.communeNameKm,
    latestIndex: latest?.index ?? null,
    latestRecordedOn: latest?.date ?? null,
    progress: f.progress,
    counts: f.counts,
    version: f.hive.version,
  };
}

/** The hives the scope may read, by commune code, with counts and the index only (no names: analysts see this). */
export function listHives(db: Db, params: { scope: HiveScope; now: Date }): HiveSummary[] {
  return [...loadHiveFacts(db, params.scope.communeCodes, cambodiaToday(params.now)).values()].map(summaryOf);
}

/** The active hive of a commune the scope covers; out of scope answers NOT_FOUND, like a commune without one. */
export function hiveInScope(db: Db, scope: HiveScope, communeCode: string): HiveRow {
  const row = isCommuneInHiveScope(scope, communeCode)
    ? db.select().from(hiveCommunes).where(and(eq(hiveCommunes.communeCode, communeCode), isNull(hiveCommunes.archivedAt))).get()
    : undefined;
  if (!row) throw notFound('Hive');
  return row;
}

const activeOnly = (archivedAt: Parameters<typeof isNull>[0], include: boolean): SQL | undefined => (include ? undefined : isNull(archivedAt));

/** One hive in full. Names, phones and meeting minutes are left out (null) for roles that see counts only. */
export function findHive(db: Db, params: { scope: HiveScope; input: HiveByCommuneInput; now: Date }): HiveDetail {
  const { scope, input } = params;
  const hive = hiveInScope(db, scope, input.communeCode);
  const facts = loadHiveFacts(db, [hive.communeCode], cambodiaToday(params.now)).get(hive.communeCode)!;
  const named = scope.identified;
  const committee: HiveCommitteeMember[] = db
    .select()
    .from(hiveCommitteeMembers)
    .where(and(eq(hiveCommitteeMembers.communeCode, hive.communeCode), activeOnly(hiveCommitteeMembers.archivedAt, input.includeArchived)))
    .orderBy(asc(hiveCommitteeMembers.createdAt), asc(hiveCommitteeMembers.id))
    .all()
    .map((m) => ({ id: m.id, name: named ? m.name : null, committeeRole: m.committeeRole as CommitteeRole, phone: named ? m.phone : null, archivedAt: m.archivedAt, version: m.version }));
  const volunteers: HiveVolunteer[] = db
    .select({ volunteer: hiveVolunteers, username: users.username })
    .from(hiveVolunteers)
    .leftJoin(users, eq(users.id, hiveVolunteers.userId))
    .where(and(eq(hiveVolunteers.communeCode, hive.communeCode), activeOnly(hiveVolunteers.archivedAt, input.includeArchived)))
    .orderBy(asc(hiveVolunteers.createdAt), asc(hiveVolunteers.id))
    .all()
    .map(({ volunteer: v, username }) => ({
      id: v.id,
      name: named ? v.name : null,
      phone: named ? v.phone : null,
      userId: named ? v.userId : null,
      username: named ? username : null,
      trainings: v.trainings as HiveTraining[],
      trained: isHiveVolunteerTrained({ trainings: v.trainings as HiveTraining[] }),
      archivedAt: v.archivedAt,
      version: v.version,
    }));
  const meetings: HiveMeeting[] = db
    .select()
    .from(hiveMeetings)
    .where(and(eq(hiveMeetings.communeCode, hive.communeCode), activeOnly(hiveMeetings.archivedAt, input.includeArchived)))
    .orderBy(desc(hiveMeetings.heldOn), desc(hiveMeetings.id))
    .all()
    .map((m) => ({ id: m.id, heldOn: m.heldOn, attendeesCount: m.attendeesCount, notes: named ? m.notes : null, decisions: named ? m.decisions : null, archivedAt: m.archivedAt, version: m.version }));
  return { ...summaryOf(facts), judgement: judgementOf(hive), committee, volunteers, meetings, history: facts.history };
}

/** Compute today's milestones from the hive's records and append them, with their index, to the history. */
function recordPoint(db: Db, hive: { communeCode: string } & HiveMilestoneJudgement, actor: HiveActor): IndependenceRecord {
  const today = cambodiaToday(actor.now);
  const facts = loadHiveFacts(db, [hive.communeCode], today).get(hive.communeCode)!;
  const milestones = milestonesOf(hive, facts.counts);
  const point = { date: today, index: independenceIndex(milestones), milestones, recordedAt: actor.now.toISOString() };
  db.insert(hiveIndependenceHistory)
    .values({ id: randomUUID(), communeCode: hive.communeCode, recordedOn: today, independenceIndex: point.index, milestones, recordedBy: actor.actorId, recordedAt: point.recordedAt })
    .run();
  return point;
}

/** Start a hive in a commune the staff member covers, and record its first point of the index. */
export function createHive(db: Db, params: { scope: HiveScope; input: HiveCreateInput } & HiveActor): HiveMilestonesRecorded {
  const { input, now } = params;
  return inTransaction(db, (tx) => {
    const commune = tx.select().from(geoUnits).where(eq(geoUnits.code, input.communeCode)).get();
    if (!commune || commune.level !== 'commune') throw new DomainError('INVALID', 'errors.unknownCommune', `Commune ${input.communeCode} is not known`, 'communeCode');
    if (!isCommuneInHiveScope(params.scope, input.communeCode)) {
      throw new DomainError('FORBIDDEN', 'errors.communeOutsideScope', 'You can start hives only in your own communes', 'communeCode');
    }
    if (tx.select({ id: hiveCommunes.id }).from(hiveCommunes).where(eq(hiveCommunes.communeCode, input.communeCode)).get()) {
      throw new DomainError('CONFLICT', 'errors.hiveExists', 'This commune already has a hive', 'communeCode');
    }
    const at = now.toISOString();
    const id = randomUUID();
    tx.insert(hiveCommunes).values({ id, ...input, createdAt: at, updatedAt: at }).run();
    const point = recordPoint(tx, input, params);
    appendAudit(tx, { actorId: params.actorId, portal: params.portal, action: 'hive.create', entity: 'hive', entityId: id, detail: { communeCode: input.communeCode, index: point.index } }, now);
    return { communeCode: input.communeCode, version: 0, point };
  });
}

/**
 * Record the milestones as they stand today: the judgement staff give, the counts from the records. From the
 * version staff saw (stale => CONFLICT), and each record adds a point to the index history.
 */
export function recordHiveMilestones(db: Db, params: { scope: HiveScope; input: HiveMilestonesInput } & HiveActor): HiveMilestonesRecorded {
  const { input, now } = params;
  const { communeCode, version: expectedVersion, ...judgement } = input;
  return inTransaction(db, (tx) => {
    const hive = hiveInScope(tx, params.scope, communeCode);
    const version = updateVersioned(tx, { table: hiveCommunes, id: hive.id, expectedVersion, set: { ...judgement, updatedAt: now.toISOString() }, what: 'The hive' });
    const point = recordPoint(tx, { communeCode, ...judgement }, params);
    appendAudit(tx, { actorId: params.actorId, portal: params.portal, action: 'hive.milestones', entity: 'hive', entityId: hive.id, detail: { communeCode, index: point.index } }, now);
    return { communeCode, version, point };
  });
}

/**
 * The volunteers' board for each of their communes: open needs by category, meeting dates and sizes, the latest
 * recorded milestones and the index history. Counts and numbers only; a commune without a hive yet still shows
 * its needs.
 */
export function readHiveBoard(db: Db, params: { communeCodes: readonly string[]; now: Date }): HiveBoard {
  const codes = [...params.communeCodes].sort();
  if (codes.length === 0) return { communes: [] };
  const today = cambodiaToday(params.now);
  const facts = loadHiveFacts(db, codes, today);
  const names = new Map(db.select().from(geoUnits).where(inArray(geoUnits.code, codes)).all().map((u) => [u.code, u]));
  const needs = db.select({ communeCode: hiveNeeds.communeCode, category: hiveNeeds.category, status: hiveNeeds.status }).from(hiveNeeds).where(inArray(hiveNeeds.communeCode, codes)).all();
  return {
    communes: codes.map((code) => {
      const f = facts.get(code);
      const latest = f?.history.at(-1);
      const meetings = f
        ? db.select({ heldOn: hiveMeetings.heldOn, attendeesCount: hiveMeetings.attendeesCount }).from(hiveMeetings)
            .where(and(eq(hiveMeetings.communeCode, code), isNull(hiveMeetings.archivedAt)))
            .orderBy(desc(hiveMeetings.heldOn)).limit(BOARD_MEETINGS).all()
        : [];
      return {
        communeCode: code,
        communeName: names.get(code)?.nameLatin ?? code,
        communeNameKm: names.get(code)?.nameKm ?? code,
        needs: boardCounts(needs.filter((n) => n.communeCode === code).map((n) => ({ category: n.category as NeedCategory, status: n.status as NeedStatus }))),
        meetings,
        milestones: latest?.milestones ?? null,
        latestIndex: latest?.index ?? null,
        history: (f?.history ?? []).map((p) => ({ date: p.date, index: p.index })),
        progress: f?.progress ?? { status: 'not_enough_history', latestIndex: null },
      };
    }),
  };
}
