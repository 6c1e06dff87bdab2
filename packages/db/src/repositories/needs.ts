// Hive needs: stored once per phone-made id, listed for their volunteer and for staff triage.
import { and, asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { DomainError, type HiveNeedInput, type NeedStatus, type Page, type TriageNeed, type VolunteerNeed } from '@kruosar/domain';
import type { Db } from '../client';
import { inTransaction } from '../client';
import { geoUnits, hiveNeeds, users } from '../schema/index';
import { appendAudit } from './audit';

export type SubmitNeedResult = { id: string; status: NeedStatus; alreadyReceived: boolean };

export function submitNeed(
  db: Db,
  params: { volunteerId: string; volunteerCommunes: string[]; input: HiveNeedInput; contentHash: string; now: Date },
): SubmitNeedResult {
  const { input, now } = params;
  return inTransaction(db, (tx) => {
    const existing = tx.select().from(hiveNeeds).where(eq(hiveNeeds.id, input.id)).get();
    if (existing) {
      // The same phone sending the same need again (a retry after a lost answer) stores nothing new.
      if (existing.volunteerId === params.volunteerId && existing.contentHash === params.contentHash) {
        return { id: existing.id, status: existing.status as NeedStatus, alreadyReceived: true };
      }
      throw new DomainError('CONFLICT', 'errors.needReplayDifferent', 'A different need was already sent with this id; nothing was changed');
    }
    const village = tx.select().from(geoUnits).where(eq(geoUnits.code, input.villageCode)).get();
    if (!village || village.level !== 'village') {
      throw new DomainError('INVALID', 'errors.unknownVillage', `Village ${input.villageCode} is not known`, 'villageCode');
    }
    if (!village.parentCode || !params.volunteerCommunes.includes(village.parentCode)) {
      throw new DomainError('FORBIDDEN', 'errors.villageOutsideCommune', 'You can register needs only for villages in your own commune', 'villageCode');
    }
    const at = now.toISOString();
    tx.insert(hiveNeeds)
      .values({
        id: input.id,
        volunteerId: params.volunteerId,
        communeCode: village.parentCode,
        villageCode: input.villageCode,
        category: input.category,
        urgency: input.urgency,
        description: input.description,
        contactName: input.contactName,
        contactPhone: input.contactPhone,
        consentToContact: input.consentToContact,
        contentHash: params.contentHash,
        status: 'received',
        reportedAt: input.reportedAt,
        receivedAt: at,
      })
      .run();
    appendAudit(tx, { actorId: params.volunteerId, portal: 'hive', action: 'need.submit', entity: 'hive_need', entityId: input.id, detail: { category: input.category } }, now);
    return { id: input.id, status: 'received' as const, alreadyReceived: false };
  });
}

const village = alias(geoUnits, 'village');
const commune = alias(geoUnits, 'commune');

function needColumns() {
  return {
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
  };
}

export function listVolunteerNeeds(db: Db, volunteerId: string): VolunteerNeed[] {
  return db
    .select(needColumns())
    .from(hiveNeeds)
    .leftJoin(village, eq(village.code, hiveNeeds.villageCode))
    .where(eq(hiveNeeds.volunteerId, volunteerId))
    .orderBy(desc(hiveNeeds.reportedAt))
    .all()
    .map((r) => ({ ...r, villageName: r.villageName ?? r.villageCode }) as VolunteerNeed);
}

/** Abuse concerns first, then urgency, then the oldest. */
const triageOrder = [
  sql`case when ${hiveNeeds.status} = 'received' then 0 else 1 end`,
  sql`case when ${hiveNeeds.category} = 'violence_or_abuse' then 0 else 1 end`,
  sql`case ${hiveNeeds.urgency} when 'urgent' then 0 when 'soon' then 1 else 2 end`,
  asc(hiveNeeds.reportedAt),
];

export function listTriageQueue(
  db: Db,
  params: { communeCodes: string[] | 'all'; communeCode?: string; statuses?: NeedStatus[]; page: number; pageSize: number },
): Page<TriageNeed> {
  const conditions: (SQL | undefined)[] = [];
  if (params.communeCodes !== 'all') conditions.push(params.communeCodes.length ? inArray(hiveNeeds.communeCode, params.communeCodes) : sql`0`);
  if (params.communeCode) conditions.push(eq(hiveNeeds.communeCode, params.communeCode));
  if (params.statuses?.length) conditions.push(inArray(hiveNeeds.status, params.statuses));
  const where = and(...conditions);
  const total = db.select({ n: sql<number>`count(*)` }).from(hiveNeeds).where(where).get()?.n ?? 0;
  const rows = db
    .select({
      ...needColumns(),
      communeCode: hiveNeeds.communeCode,
      communeName: commune.nameLatin,
      contactName: hiveNeeds.contactName,
      contactPhone: hiveNeeds.contactPhone,
      consentToContact: hiveNeeds.consentToContact,
      volunteerName: users.displayName,
      caseId: hiveNeeds.caseId,
      version: hiveNeeds.version,
    })
    .from(hiveNeeds)
    .leftJoin(village, eq(village.code, hiveNeeds.villageCode))
    .leftJoin(commune, eq(commune.code, hiveNeeds.communeCode))
    .leftJoin(users, eq(users.id, hiveNeeds.volunteerId))
    .where(where)
    .orderBy(...triageOrder)
    .limit(params.pageSize)
    .offset((params.page - 1) * params.pageSize)
    .all();
  return {
    total,
    page: params.page,
    pageSize: params.pageSize,
    items: rows.map((r) => ({ ...r, villageName: r.villageName ?? r.villageCode, communeName: r.communeName ?? r.communeCode, volunteerName: r.volunteerName ?? '' }) as TriageNeed),
  };
}

