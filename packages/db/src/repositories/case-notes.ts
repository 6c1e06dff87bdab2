// Case notes: written by staff who may see the case; a sensitive note's text reaches the case team only.
import { randomUUID } from 'node:crypto';
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import { type CaseNote, type CaseNoteKind, type CurrentUser, DomainError, caseScopeOf, noteForViewer, type CaseNoteCreateInput, type CaseNoteListInput, type CaseNotePage, type Saved } from '@kruosar/domain';
import type { Db } from '../client';
import { inTransaction } from '../client';
import { caseNotes, users } from '../schema/index';
import { appendAudit, appendReadAudit } from './audit';
import { todayIn } from './case-workflow';
import { findCaseInScope } from './cases';


export function createCaseNote(db: Db, params: { user: CurrentUser; portal: string; input: CaseNoteCreateInput; now: Date }): Saved {
  const { user, input, now } = params;
  const at = now.toISOString();
  if (input.happenedOn > todayIn(now)) throw new DomainError('INVALID', 'errors.dateInFuture', 'Note date cannot be after today', 'happenedOn');
  return inTransaction(db, (tx) => {
    const c = findCaseInScope(tx, caseScopeOf(user), input.caseId);
    const id = randomUUID();
    const { caseId: _caseId, ...note } = input;
    tx.insert(caseNotes).values({ id, caseId: c.id, ...note, authorId: user.id, createdById: user.id, createdAt: at, updatedAt: at }).run();
    // The audit entry says a note was written and whether it is sensitive, never what it says.
    appendAudit(tx, { actorId: user.id, portal: params.portal, action: 'case_note.create', entity: 'case_note', entityId: id, caseId: c.id, detail: { kind: input.kind, sensitive: input.sensitive } }, now);
    return { id, version: 0 };
  });
}

/**
 * A case's notes, newest first. Everyone whose scope includes the case sees every note on the list (kind, date,
 * author), but a sensitive note's text and contact only if they are on the case team. Reading is audited.
 */
export function listCaseNotes(db: Db, params: { user: CurrentUser; portal: string; input: CaseNoteListInput; now: Date }): CaseNotePage {
  const { user, input, now } = params;
  const c = findCaseInScope(db, caseScopeOf(user), input.caseId);
  const where = and(eq(caseNotes.caseId, c.id), isNull(caseNotes.archivedAt));
  const total = db.select({ n: sql<number>`count(*)` }).from(caseNotes).where(where).get()?.n ?? 0;
  const rows = db
    .select({ note: caseNotes, authorName: users.displayName })
    .from(caseNotes)
    .leftJoin(users, eq(users.id, caseNotes.authorId))
    .where(where)
    .orderBy(desc(caseNotes.happenedOn), desc(caseNotes.createdAt), desc(caseNotes.id))
    .limit(input.pageSize)
    .offset((input.page - 1) * input.pageSize)
    .all();
  const team = { assignedCaseworkerId: c.assignedTo, communeCode: c.communeCode };
  const items = rows.map(({ note: { archivedAt: _archived, ...note }, authorName }) => ({
    ...noteForViewer({ ...note, kind: note.kind as CaseNoteKind } satisfies CaseNote, user, team),
    authorName: authorName ?? '',
  }));
  if (items.length > 0) {
    const withheld = items.filter((n) => n.withheld).length;
    appendReadAudit(db, { actorId: user.id, portal: params.portal, action: 'case_note.list', entity: 'case_note', caseId: c.id, detail: { shown: items.length - withheld, withheld } }, now);
  }
  return { items, total, page: input.page, pageSize: input.pageSize };
}
