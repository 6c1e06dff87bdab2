// A case's child: read for the case page, corrected with optimistic concurrency (names, birth, school, consent).
import { eq } from 'drizzle-orm';
import { type Child, type CurrentUser, caseScopeOf, notFound, type ChildUpdateInput, type Saved } from '@kruosar/domain';
import type { Db } from '../client';
import { inTransaction } from '../client';
import { children } from '../schema/index';
import { appendAudit } from './audit';
import { assertNotFuture } from './case-workflow';
import { childSearchText, findCaseInScope } from './cases';
import { updateVersioned } from './versioned';

export function childRecord(db: Db, childId: string): Child {
  const row = db.select().from(children).where(eq(children.id, childId)).get();
  if (!row) throw notFound('Child');
  const { searchText: _search, archivedAt: _archived, ...child } = row;
  return child as Child;
}

/** Which of the child's fields a save changed: their names go to the audit entry, their values do not. */
function changedFields(before: Child, after: ChildUpdateInput['child']): string[] {
  return (Object.keys(after) as (keyof typeof after)[]).filter((k) => before[k] !== after[k]);
}

/** Save the child's details from the version the person read; a stale version changes nothing. */
export function updateChild(db: Db, params: { user: CurrentUser; portal: string; input: ChildUpdateInput; now: Date }): Saved {
  const { user, input, now } = params;
  assertNotFuture('child.dateOfBirth', 'Date of birth', input.child.dateOfBirth, now);
  return inTransaction(db, (tx) => {
    const c = findCaseInScope(tx, caseScopeOf(user), input.caseId);
    const before = childRecord(tx, c.childId);
    const version = updateVersioned(tx, {
      table: children,
      id: c.childId,
      expectedVersion: input.version,
      set: { ...input.child, searchText: childSearchText(input.child), updatedAt: now.toISOString() },
      what: "The child's record",
    });
    const fields = changedFields(before, input.child);
    appendAudit(tx, { actorId: user.id, portal: params.portal, action: 'child.update', entity: 'child', entityId: c.childId, caseId: c.id, detail: { fields: fields.join(',') } }, now);
    return { id: c.childId, version };
  });
}
