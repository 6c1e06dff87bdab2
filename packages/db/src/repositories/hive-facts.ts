// What a commune's hive records add up to: counts, the milestones computed from them, the index history.
import { and, asc, eq, gt, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import {
  cambodiaToday,
  countMeetingsInLastSixMonths,
  isHiveVolunteerTrained,
  openNeedStatuses,
  progressTo2032,
  shareOfNeedsResolvedLocally,
  type HiveLiveCounts,
  type HiveMilestoneJudgement,
  type HiveMilestones,
  type HiveTraining,
  type IndependenceProgress,
  type IndependenceRecord,
  type NeedStatus,
} from '@kruosar/domain';
import type { Db } from '../client';
import { geoUnits, hiveCommitteeMembers, hiveCommunes, hiveIndependenceHistory, hiveMeetings, hiveNeeds, hiveVolunteers } from '../schema/index';

export { cambodiaToday };

/** The same day `months` calendar months earlier (yyyy-mm-dd). */
export function monthsBefore(date: string, months: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() - months);
  return d.toISOString().slice(0, 10);
}

/** The share of needs resolved locally looks at the last year: a hive's first, harder years should not weigh forever. */
const RESOLVED_LOCALLY_MONTHS = 12;

export type HiveRow = typeof hiveCommunes.$inferSelect;

export type HiveFacts = {
  hive: HiveRow;
  communeName: string;
  communeNameKm: string;
  counts: HiveLiveCounts;
  /** One point a day (the last recorded that day), oldest first. */
  history: IndependenceRecord[];
  progress: IndependenceProgress;
};

const inCommunes = (column: SQLiteColumn, codes: string[] | 'all'): SQL | undefined => (codes === 'all' ? undefined : inArray(column, codes));

function countBy(rows: readonly { communeCode: string }[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of rows) out.set(r.communeCode, (out.get(r.communeCode) ?? 0) + 1);
  return out;
}

function groupBy<T extends { communeCode: string }>(rows: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) out.set(r.communeCode, [...(out.get(r.communeCode) ?? []), r]);
  return out;
}

function historyOf(rows: readonly (typeof hiveIndependenceHistory.$inferSelect)[]): IndependenceRecord[] {
  // Rows come ordered by day then time recorded, so the last one of a day wins: recording again corrects the day.
  const byDay = new Map<string, IndependenceRecord>();
  for (const r of rows) byDay.set(r.recordedOn, { date: r.recordedOn, index: r.independenceIndex, milestones: r.milestones, recordedAt: r.recordedAt });
  return [...byDay.values()];
}

/**
 * The facts of every active hive among `communeCodes` ('all' for every commune), in a fixed number of queries
 * whatever the number of hives, so the list stays fast when every commune has one.
 */
export function loadHiveFacts(db: Db, communeCodes: string[] | 'all', today: string): Map<string, HiveFacts> {
  const hives = db
    .select({ hive: hiveCommunes, nameLatin: geoUnits.nameLatin, nameKm: geoUnits.nameKm })
    .from(hiveCommunes)
    .leftJoin(geoUnits, eq(geoUnits.code, hiveCommunes.communeCode))
    .where(and(isNull(hiveCommunes.archivedAt), inCommunes(hiveCommunes.communeCode, communeCodes)))
    .orderBy(asc(hiveCommunes.communeCode))
    .all();
  const codes = hives.map((h) => h.hive.communeCode);
  if (codes.length === 0) return new Map();

  const committee = countBy(
    db.select({ communeCode: hiveCommitteeMembers.communeCode }).from(hiveCommitteeMembers).where(and(isNull(hiveCommitteeMembers.archivedAt), inArray(hiveCommitteeMembers.communeCode, codes))).all(),
  );
  const volunteers = groupBy(
    db.select({ communeCode: hiveVolunteers.communeCode, trainings: hiveVolunteers.trainings }).from(hiveVolunteers).where(and(isNull(hiveVolunteers.archivedAt), inArray(hiveVolunteers.communeCode, codes))).all(),
  );
  const meetings = groupBy(
    db
      .select({ communeCode: hiveMeetings.communeCode, heldOn: hiveMeetings.heldOn })
      .from(hiveMeetings)
      .where(and(isNull(hiveMeetings.archivedAt), inArray(hiveMeetings.communeCode, codes), gt(hiveMeetings.heldOn, monthsBefore(today, 7))))
      .all(),
  );
  const recentFrom = monthsBefore(today, RESOLVED_LOCALLY_MONTHS);
  const needs = groupBy(
    db
      .select({ communeCode: hiveNeeds.communeCode, status: hiveNeeds.status, recent: sql<number>`${hiveNeeds.reportedAt} >= ${recentFrom}`, n: sql<number>`count(*)` })
      .from(hiveNeeds)
      .where(inArray(hiveNeeds.communeCode, codes))
      .groupBy(hiveNeeds.communeCode, hiveNeeds.status, sql`3`)
      .all(),
  );
  const history = groupBy(
    db.select().from(hiveIndependenceHistory).where(inArray(hiveIndependenceHistory.communeCode, codes)).orderBy(asc(hiveIndependenceHistory.recordedOn), asc(hiveIndependenceHistory.recordedAt)).all(),
  );

  const out = new Map<string, HiveFacts>();
  for (const { hive, nameLatin, nameKm } of hives) {
    const code = hive.communeCode;
    const communeVolunteers = volunteers.get(code) ?? [];
    const communeNeeds = needs.get(code) ?? [];
    const recentStatuses = communeNeeds.filter((n) => n.recent).flatMap((n) => Array<NeedStatus>(n.n).fill(n.status as NeedStatus));
    const points = historyOf(history.get(code) ?? []);
    out.set(code, {
      hive,
      communeName: nameLatin ?? code,
      communeNameKm: nameKm ?? code,
      counts: {
        volunteers: communeVolunteers.length,
        volunteersTrained: communeVolunteers.filter((v) => isHiveVolunteerTrained({ trainings: v.trainings as HiveTraining[] })).length,
        committeeMembers: committee.get(code) ?? 0,
        meetingsHeldLast6Months: countMeetingsInLastSixMonths((meetings.get(code) ?? []).map((m) => m.heldOn), today),
        shareOfNeedsResolvedLocally: shareOfNeedsResolvedLocally(recentStatuses),
        openNeeds: communeNeeds.filter((n) => (openNeedStatuses as readonly string[]).includes(n.status)).reduce((sum, n) => sum + n.n, 0),
      },
      history: points,
      progress: progressTo2032(points, today),
    });
  }
  return out;
}

/** The full milestones: what staff judged, and what the hive's records count today. */
export function milestonesOf(judgement: HiveMilestoneJudgement, counts: HiveLiveCounts): HiveMilestones {
  return {
    committeeFormed: judgement.committeeFormed,
    volunteersTarget: judgement.volunteersTarget,
    budgetLineAdopted: judgement.budgetLineAdopted,
    referralPathwayMapped: judgement.referralPathwayMapped,
    volunteersTrained: counts.volunteersTrained,
    meetingsHeldLast6Months: counts.meetingsHeldLast6Months,
    shareOfNeedsResolvedLocally: counts.shareOfNeedsResolvedLocally,
  };
}

export function judgementOf(hive: HiveRow): HiveMilestoneJudgement {
  return {
    committeeFormed: hive.committeeFormed,
    volunteersTarget: hive.volunteersTarget,
    budgetLineAdopted: hive.budgetLineAdopted,
    referralPathwayMapped: hive.referralPathwayMapped,
  };
}
