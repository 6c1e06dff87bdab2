// A hive's people and meetings as staff keep them: committee members, volunteers with trainings, meetings.
import { randomUUID } from 'node:crypto';
import { and, eq, isNull, ne, sql } from 'drizzle-orm';
import {
  DomainError,
  invalid,
  isCommuneInHiveScope,
  notFound,
  type CommitteeMemberInput,
  type CommitteeMemberUpdateInput,
  type HiveAccount,
  type HiveMeetingInput,
  type HiveMeetingUpdateInput,
  type HiveRecordSaved,
  type HiveRecordVersionInput,
  type HiveScope,
  type HiveVolunteerRecordInput,
  type HiveVolunteerUpdateInput,
} from '@kruosar/domain';
import type { Db } from '../client';
import { inTransaction } from '../client';
import { hiveCommitteeMembers, hiveMeetings, hiveVolunteers, userCommunes, users } from '../schema/index';
import { appendAudit } from './audit';
import { cambodiaToday } from './hive-facts';
import { hiveInScope, type HiveActor } from './hive-communes';
import { updateVersioned } from './versioned';

type Write<I> = { scope: HiveScope; input: I } & HiveActor;

/** The three kinds of hive record, with the table, audit entity and the name used in messages. */
const kinds = {
  committee: { table: hiveCommitteeMembers, entity: 'hive_committee_member', what: 'The committee member' },
  volunteer: { table: hiveVolunteers, entity: 'hive_volunteer', what: 'The volunteer' },
  meeting: { table: hiveMeetings, entity: 'hive_meeting', what: 'The meeting' },
} as const;
export type HiveRecordKind = keyof typeof kinds;

/** The record's commune if the scope may change it; out of scope answers NOT_FOUND, like a missing record. */
function recordInScope(db: Db, kind: HiveRecordKind, scope: HiveScope, id: string) {
  const { table, what } = kinds[kind];
  const row = db.select({ communeCode: table.communeCode, archivedAt: table.archivedAt }).from(table).where(eq(table.id, id)).get();
  if (!row || !isCommuneInHiveScope(scope, row.communeCode)) throw notFound(what);
  return row;
}

function insertRecord<I extends { communeCode: string }>(db: Db, kind: HiveRecordKind, params: Write<I>, values: Record<string, unknown>): HiveRecordSaved {
  const { table, entity } = kinds[kind];
  return inTransaction(db, (tx) => {
    hiveInScope(tx, params.scope, params.input.communeCode);
    checkValues(tx, kind, params.input.communeCode, values, null, params.now);
    const id = randomUUID();
    const at = params.now.toISOString();
    tx.insert(table).values({ id, communeCode: params.input.communeCode, ...values, createdAt: at, updatedAt: at } as never).run();
    appendAudit(tx, { actorId: params.actorId, portal: params.portal, action: `${entity}.create`, entity, entityId: id, detail: { communeCode: params.input.communeCode } }, params.now);
    return { id, version: 0 };
  });
}

function updateRecord(db: Db, kind: HiveRecordKind, params: Write<{ id: string; version: number }>, values: Record<string, unknown>): HiveRecordSaved {
  const { table, entity, what } = kinds[kind];
  return inTransaction(db, (tx) => {
    const row = recordInScope(tx, kind, params.scope, params.input.id);
    checkValues(tx, kind, row.communeCode, values, params.input.id, params.now);
    const version = updateVersioned(tx, { table, id: params.input.id, expectedVersion: params.input.version, set: { ...values, updatedAt: params.now.toISOString() }, what });
    appendAudit(tx, { actorId: params.actorId, portal: params.portal, action: `${entity}.update`, entity, entityId: params.input.id }, params.now);
    return { id: params.input.id, version };
  });
}

/** Archive (hide) or restore a hive record, from the version staff saw. Nothing is deleted. */
export function setHiveRecordArchived(db: Db, kind: HiveRecordKind, params: Write<HiveRecordVersionInput> & { archived: boolean }): HiveRecordSaved {
  const { table, entity, what } = kinds[kind];
  return inTransaction(db, (tx) => {
    const row = recordInScope(tx, kind, params.scope, params.input.id);
    // Restoring a volunteer must not give one hive-portal account two active volunteer records.
    if (!params.archived && kind === 'volunteer') {
      const v = tx.select({ userId: hiveVolunteers.userId }).from(hiveVolunteers).where(eq(hiveVolunteers.id, params.input.id)).get();
      checkVolunteerAccount(tx, row.communeCode, v?.userId ?? null, params.input.id);
    }
    const at = params.now.toISOString();
    const version = updateVersioned(tx, { table, id: params.input.id, expectedVersion: params.input.version, set: { archivedAt: params.archived ? at : null, updatedAt: at }, what });
    appendAudit(tx, { actorId: params.actorId, portal: params.portal, action: `${entity}.${params.archived ? 'archive' : 'restore'}`, entity, entityId: params.input.id }, params.now);
    return { id: params.input.id, version };
  });
}

/** Rules that need the database: linked accounts, and no training or meeting dated after today. */
function checkValues(db: Db, kind: HiveRecordKind, communeCode: string, values: Record<string, unknown>, id: string | null, now: Date) {
  const today = cambodiaToday(now);
  if (kind === 'meeting' && (values.heldOn as string) > today) throw invalid('heldOn', 'A meeting cannot be dated after today', 'errors.dateInFuture');
  if (kind === 'volunteer') {
    (values.trainings as { completedOn: string }[]).forEach((t, i) => {
      if (t.completedOn > today) throw invalid(`trainings.${i}.completedOn`, 'A training cannot be completed after today', 'errors.dateInFuture');
    });
    checkVolunteerAccount(db, communeCode, values.userId as string | null, id);
  }
}

/** A linked account must be an active hive-portal account of this commune, linked to no other active volunteer. */
function checkVolunteerAccount(db: Db, communeCode: string, userId: string | null, volunteerId: string | null) {
  if (userId === null) return;
  const account = db
    .select({ id: users.id })
    .from(users)
    .innerJoin(userCommunes, and(eq(userCommunes.userId, users.id), eq(userCommunes.communeCode, communeCode)))
    .where(and(eq(users.id, userId), eq(users.role, 'hive_volunteer'), isNull(users.archivedAt)))
    .get();
  if (!account) throw invalid('userId', 'Choose a Village Hive account of this commune', 'errors.hiveVolunteerAccount');
  const taken = db
    .select({ id: hiveVolunteers.id })
    .from(hiveVolunteers)
    .where(and(eq(hiveVolunteers.userId, userId), isNull(hiveVolunteers.archivedAt), volunteerId ? ne(hiveVolunteers.id, volunteerId) : undefined))
    .get();
  if (taken) throw new DomainError('CONFLICT', 'errors.hiveVolunteerAccountTaken', 'This account is already linked to another volunteer', 'userId');
}

export function createCommitteeMember(db: Db, params: Write<CommitteeMemberInput>): HiveRecordSaved {
  const { name, committeeRole, phone } = params.input;
  return insertRecord(db, 'committee', params, { name, committeeRole, phone });
}

export function updateCommitteeMember(db: Db, params: Write<CommitteeMemberUpdateInput>): HiveRecordSaved {
  const { name, committeeRole, phone } = params.input;
  return updateRecord(db, 'committee', params, { name, committeeRole, phone });
}

export function createHiveVolunteer(db: Db, params: Write<HiveVolunteerRecordInput>): HiveRecordSaved {
  const { name, phone, trainings, userId } = params.input;
  return insertRecord(db, 'volunteer', params, { name, phone, trainings, userId });
}

export function updateHiveVolunteer(db: Db, params: Write<HiveVolunteerUpdateInput>): HiveRecordSaved {
  const { name, phone, trainings, userId } = params.input;
  return updateRecord(db, 'volunteer', params, { name, phone, trainings, userId });
}

export function createHiveMeeting(db: Db, params: Write<HiveMeetingInput>): HiveRecordSaved {
  const { heldOn, attendeesCount, notes, decisions } = params.input;
  return insertRecord(db, 'meeting', params, { heldOn, attendeesCount, notes, decisions });
}

export function updateHiveMeeting(db: Db, params: Write<HiveMeetingUpdateInput>): HiveRecordSaved {
  const { heldOn, attendeesCount, notes, decisions } = params.input;
  return updateRecord(db, 'meeting', params, { heldOn, attendeesCount, notes, decisions });
}

/** The commune's hive-portal accounts, to link a volunteer record to one; shows which are linked already. */
export function listHiveAccounts(db: Db, params: { scope: HiveScope; communeCode: string }): HiveAccount[] {
  hiveInScope(db, params.scope, params.communeCode);
  return db
    .select({
      id: users.id,
      username: users.username,
      displayName: users.displayName,
      linkedVolunteerId: sql<string | null>`(select ${hiveVolunteers.id} from ${hiveVolunteers} where ${hiveVolunteers.userId} = ${users.id} and ${hiveVolunteers.archivedAt} is null limit 1)`,
    })
    .from(users)
    .innerJoin(userCommunes, and(eq(userCommunes.userId, users.id), eq(userCommunes.communeCode, params.communeCode)))
    .where(and(eq(users.role, 'hive_volunteer'), isNull(users.archivedAt)))
    .orderBy(users.username)
    .all();
}
