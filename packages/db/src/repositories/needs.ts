// Hive needs from the volunteer's side: stored once per phone-made id, listed back to the volunteer who sent them.
import { createHash } from 'node:crypto';
import { desc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import {
  DomainError,
  isReportedInFuture,
  canonicalNeedContent,
  triagePriority,
  type HiveNeedInput,
  type NeedCategory,
  type NeedStatus,
  type NeedUrgency,
  type VolunteerNeed,
} from '@kruosar/domain';
import type { Db } from '../client';
import { inTransaction } from '../client';
import { geoUnits, hiveNeeds } from '../schema/index';
import { appendAudit } from './audit';

/** SHA-256 of the need's canonical content: a replayed id must carry the same content to count as a retry. */
export function needContentHash(input: HiveNeedInput): string {
  return createHash('sha256').update(canonicalNeedContent(input)).digest('hex');
}

export type SubmitNeedResult = { id: string; status: NeedStatus; alreadyReceived: boolean };

function villageOfVolunteer(db: Db, villageCode: string, volunteerCommunes: readonly string[]) {
  const village = db.select().from(geoUnits).where(eq(geoUnits.code, villageCode)).get();
  if (!village || village.level !== 'village' || !village.parentCode) {
    throw new DomainError('INVALID', 'errors.unknownVillage', `Village ${villageCode} is not known`, 'villageCode');
  }
  if (!volunteerCommunes.includes(village.parentCode)) {
    throw new DomainError('INVALID', 'errors.villageOutsideCommune', 'You can register needs only for villages in your own commune', 'villageCode');
  }
  return { villageCode, communeCode: village.parentCode };
}

/**
 * Store a need once. The same id with the same content (a phone retrying after a lost answer, or an offline queue
 * replaying) answers `alreadyReceived` and changes nothing; the same id with other content is refused, also
 * changing nothing, so the first report is never overwritten.
 */
export function submitNeed(db: Db, params: { volunteerId: string; volunteerCommunes: readonly string[]; input: HiveNeedInput; now: Date }): SubmitNeedResult {
  const { input, now } = params;
  const contentHash = needContentHash(input);
  return inTransaction(db, (tx) => {
    const existing = tx.select().from(hiveNeeds).where(eq(hiveNeeds.id, input.id)).get();
    if (existing) {
      if (existing.volunteerId === params.volunteerId && existing.contentHash === contentHash) {
        return { id: existing.id, status: existing.status as NeedStatus, alreadyReceived: true };
      }
      throw new DomainError('CONFLICT', 'errors.needReplayDifferent', 'A different need was already sent with this id; nothing was changed', 'id');
    }
    const { communeCode } = villageOfVolunteer(tx, input.villageCode, params.volunteerCommunes);
    if (isReportedInFuture(input.reportedAt, now)) {
      throw new DomainError('INVALID', 'errors.needReportedInFuture', "The report is dated in the future; check the phone's date and time", 'reportedAt');
    }
    // One way of writing the instant, so reports sort by time as text.
    const reportedAt = new Date(input.reportedAt).toISOString();
    tx.insert(hiveNeeds)
      .values({
        id: input.id,
        volunteerId: params.volunteerId,
        communeCode,
        villageCode: input.villageCode,
        category: input.category,
        urgency: input.urgency,
        description: input.description,
        contactName: input.contactName,
        contactPhone: input.contactPhone,
        consentToContact: input.consentToContact,
        contentHash,
        status: 'received',
        reportedAt,
        receivedAt: now.toISOString(),
        triagePriority: triagePriority({ ...input, reportedAt }),
      })
      .run();
    appendAudit(tx, { actorId: params.volunteerId, portal: 'hive', action: 'need.submit', entity: 'hive_need', entityId: input.id, detail: { category: input.category } }, now);
    return { id: input.id, status: 'received' as const, alreadyReceived: false };
  });
}

const village = alias(geoUnits, 'village');

/** A volunteer's own needs, newest first: status and the message back, never the case they became. */
export function listVolunteerNeeds(db: Db, volunteerId: string): VolunteerNeed[] {
  return db
    .select({
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
    })
    .from(hiveNeeds)
    .leftJoin(village, eq(village.code, hiveNeeds.villageCode))
    .where(eq(hiveNeeds.volunteerId, volunteerId))
    .orderBy(desc(hiveNeeds.reportedAt), desc(hiveNeeds.id))
    .all()
    .map((r) => ({
      ...r,
      villageName: r.villageName ?? r.villageCode,
      category: r.category as NeedCategory,
      urgency: r.urgency as NeedUrgency,
      status: r.status as NeedStatus,
    }));
}

