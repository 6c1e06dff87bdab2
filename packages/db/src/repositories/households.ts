// A case's household: read with its current members, edited as one record (members added, edited or archived).
import { randomUUID } from 'node:crypto';
import { and, asc, eq, isNull } from 'drizzle-orm';
import { type CurrentUser, DomainError, type Household, caseScopeOf, notFound, type HouseholdUpdateInput, type Saved } from '@kruosar/domain';
import type { Db } from '../client';
import { inTransaction } from '../client';
import { householdMembers, households } from '../schema/index';
import { appendAudit } from './audit';
import { findCaseInScope } from './cases';
import { villageOf } from './case-intake';
import { updateVersioned } from './versioned';

export function householdRecord(db: Db, householdId: string): Household {
  const row = db.select().from(households).where(eq(households.id, householdId)).get();
  if (!row) throw notFound('Household');
  const members = db
    .select()
    .from(householdMembers)
    .where(and(eq(householdMembers.householdId, householdId), isNull(householdMembers.archivedAt)))
    .orderBy(asc(householdMembers.position))
    .all()
    .map(({ householdId: _h, position: _p, archivedAt: _a, ...m }) => m);
  return {
    id: row.id,
    version: row.version,
    villageCode: row.villageCode,
    communeCode: row.communeCode,
    idPoor: row.idPoor,
    incomeSources: row.incomeSources,
    address: row.address,
    members,
  } as Household;
}

type MemberEdit = HouseholdUpdateInput['household']['members'][number];

/** Apply the member list: ids edit, no id adds, missing ids are archived (never deleted). Returns what changed. */
function saveMembers(db: Db, householdId: string, members: MemberEdit[], at: string) {
  const current = db.select({ id: householdMembers.id }).from(householdMembers).where(and(eq(householdMembers.householdId, householdId), isNull(householdMembers.archivedAt))).all();
  const currentIds = new Set(current.map((m) => m.id));
  const added: string[] = [];
  members.forEach(({ id, ...member }, position) => {
    if (id === undefined) {
      const newId = randomUUID();
      db.insert(householdMembers).values({ id: newId, householdId, ...member, position }).run();
      added.push(newId);
      return;
    }
    if (!currentIds.has(id)) {
      throw new DomainError('INVALID', 'errors.unknownMember', `Members: member ${position + 1} is not (or no longer) in this household; reload and try again`, `household.members.${position}.id`);
    }
    db.update(householdMembers).set({ ...member, position }).where(eq(householdMembers.id, id)).run();
  });
  const kept = new Set(members.map((m) => m.id));
  const archived = [...currentIds].filter((id) => !kept.has(id));
  for (const id of archived) db.update(householdMembers).set({ archivedAt: at }).where(eq(householdMembers.id, id)).run();
  return { added: added.length, edited: members.length - added.length, archived: archived.length };
}

/**
 * Save the household from the version the person read. Members belong to the household record, so one version
 * covers them all: two people changing members at once cannot lose each other's work. A household moves only
 * within its commune; another commune means another team, which is a transfer.
 */
export function updateHousehold(db: Db, params: { user: CurrentUser; portal: string; input: HouseholdUpdateInput; now: Date }): Saved {
  const { user, input, now } = params;
  const at = now.toISOString();
  return inTransaction(db, (tx) => {
    const c = findCaseInScope(tx, caseScopeOf(user), input.caseId);
    const { members, ...fields } = input.household;
    const village = villageOf(tx, fields.villageCode);
    if (village.communeCode !== c.communeCode) {
      throw new DomainError('INVALID', 'errors.householdOtherCommune', "Village: choose a village in the case's commune; a move to another commune is a transfer", 'household.villageCode');
    }
    const version = updateVersioned(tx, { table: households, id: c.householdId, expectedVersion: input.version, set: { ...fields, updatedAt: at }, what: 'The household' });
    const changes = saveMembers(tx, c.householdId, members, at);
    appendAudit(tx, { actorId: user.id, portal: params.portal, action: 'household.update', entity: 'household', entityId: c.householdId, caseId: c.id, detail: changes }, now);
    return { id: c.householdId, version };
  });
}
