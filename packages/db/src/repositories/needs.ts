// Hive needs from the volunteer's side: stored once per phone-made id, listed back to the volunteer who sent them.
import { createHash } from 'node:crypto';
import { desc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import {
  DomainError,
  assertVolunteerCanChangeNeed,
  isReportedInFuture,
  notFound,
  type EditNeedInput,
  type WithdrawNeedInput,
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
import { updateVersioned } from './versioned';

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
export function submitNeed(
  db: Db,
  params: { volunteerId: string; volunteerCommunes: readonly string[]; input: HiveNeedInput; now: Date; phonedIn?: { staffId: string; portal: string } },
): SubmitNeedResult {
  const { input, now, phonedIn } = params;
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
        phonedInBy: phonedIn?.staffId ?? null,
      })
      .run();
    appendAudit(
      tx,
      phonedIn
        ? { actorId: phonedIn.staffId, portal: phonedIn.portal, action: 'need.phonedIn', entity: 'hive_need', entityId: input.id, detail: { category: input.category, volunteerId: params.volunteerId } }
        : { actorId: params.volunteerId, portal: 'hive', action: 'need.submit', entity: 'hive_need', entityId: input.id, detail: { category: input.category } },
      now,
    );
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
      phonedIn: sql<boolean>`${hiveNeeds.phonedInBy} is not null`.mapWith(Boolean),
      version: hiveNeeds.version,
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


/** The volunteer's own need, still open to their change; another volunteer's need answers NOT_FOUND, as a missing one. */
function ownChangeableNeed(db: Db, volunteerId: string, needId: string) {
  const need = db.select().from(hiveNeeds).where(eq(hiveNeeds.id, needId)).get();
  if (!need || need.volunteerId !== volunteerId) throw notFound('The report');
  assertVolunteerCanChangeNeed(need.status as NeedStatus);
  return need;
}

/**
 * The volunteer corrects a report staff have not looked at yet. The content hash stays that of the first sending,
 * so a late replay of it from the phone's queue is still recognised as already received.
 */
export function editVolunteerNeed(db: Db, params: { volunteerId: string; input: EditNeedInput; now: Date }): VolunteerNeed {
  const { input, now } = params;
  return inTransaction(db, (tx) => {
    const need = ownChangeableNeed(tx, params.volunteerId, input.needId);
    updateVersioned(tx, {
      table: hiveNeeds,
      id: need.id,
      expectedVersion: input.version,
      what: 'The report',
      extraWhere: eq(hiveNeeds.status, 'received'),
      set: {
        category: input.category,
        urgency: input.urgency,
        description: input.description,
        triagePriority: triagePriority({ category: input.category, urgency: input.urgency, reportedAt: need.reportedAt }),
      },
    });
    const changed = (['category', 'urgency', 'description'] as const).filter((k) => need[k] !== input[k]);
    appendAudit(tx, { actorId: params.volunteerId, portal: 'hive', action: 'need.edit', entity: 'hive_need', entityId: need.id, detail: { changed } }, now);
    return listVolunteerNeeds(tx, params.volunteerId).find((n) => n.id === need.id)!;
  });
}

/** The volunteer takes back a report staff have not looked at yet; it leaves the triage queue and the board. */
export function withdrawVolunteerNeed(db: Db, params: { volunteerId: string; input: WithdrawNeedInput; now: Date }): VolunteerNeed {
  const { input, now } = params;
  return inTransaction(db, (tx) => {
    const need = ownChangeableNeed(tx, params.volunteerId, input.needId);
    updateVersioned(tx, {
      table: hiveNeeds,
      id: need.id,
      expectedVersion: input.version,
      what: 'The report',
      extraWhere: eq(hiveNeeds.status, 'received'),
      set: { status: 'withdrawn', triagePriority: null },
    });
    appendAudit(tx, { actorId: params.volunteerId, portal: 'hive', action: 'need.withdraw', entity: 'hive_need', entityId: need.id, detail: {} }, now);
    return listVolunteerNeeds(tx, params.volunteerId).find((n) => n.id === need.id)!;
  });
}
