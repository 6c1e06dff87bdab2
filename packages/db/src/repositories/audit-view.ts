// The audit log as administrators read it: filtered by who, what, which record and when, newest first in keyset
// pages (a page deep in a long log costs the same as the first), exported as rows, and the chain checked.
import { and, desc, eq, gte, lt, or, sql, type SQL } from 'drizzle-orm';
import type { AuditChainStatus, AuditEntryView, AuditFilters, AuditListInput, AuditPage, CurrentUser } from '@kruosar/domain';
import type { Db } from '../client';
import { inTransaction } from '../client';
import { auditLog, cases, users } from '../schema/index';
import { appendAudit, verifyAuditChain } from './audit';

const escapeLike = (s: string) => s.replace(/[%_\\]/g, (c) => `\\${c}`);

/** Dates are the administrator's calendar days in Cambodia (UTC+7), as the rest of the portal shows them. */
const dayStart = (day: string) => new Date(`${day}T00:00:00+07:00`).toISOString();
const nextDayStart = (day: string) => new Date(Date.parse(`${day}T00:00:00+07:00`) + 86_400_000).toISOString();

function whereOf(db: Db, f: AuditFilters): SQL | undefined {
  const conditions: (SQL | undefined)[] = [];
  if (f.username) {
    const actor = db.select({ id: users.id }).from(users).where(eq(users.username, f.username)).get();
    // An unknown username matches nothing, rather than being ignored.
    conditions.push(actor ? eq(auditLog.actorId, actor.id) : sql`0`);
  }
  if (f.action) conditions.push(f.action.endsWith('.') ? sql`${auditLog.action} like ${`${escapeLike(f.action)}%`} escape '\\'` : or(eq(auditLog.action, f.action), sql`${auditLog.action} like ${`${escapeLike(f.action)}.%`} escape '\\'`));
  if (f.record) {
    const byReference = db.select({ id: cases.id }).from(cases).where(eq(cases.reference, f.record.toUpperCase())).get();
    const ids = [f.record, ...(byReference ? [byReference.id] : [])];
    conditions.push(or(...ids.flatMap((id) => [eq(auditLog.entityId, id), eq(auditLog.caseId, id)])));
  }
  if (f.from) conditions.push(gte(auditLog.at, dayStart(f.from)));
  if (f.to) conditions.push(lt(auditLog.at, nextDayStart(f.to)));
  return conditions.length ? and(...conditions) : undefined;
}

function select(db: Db) {
  return db
    .select({
      seq: auditLog.seq,
      at: auditLog.at,
      actorUsername: users.username,
      actorName: users.displayName,
      portal: auditLog.portal,
      action: auditLog.action,
      entity: auditLog.entity,
      entityId: auditLog.entityId,
      caseId: auditLog.caseId,
      detail: auditLog.detail,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId));
}

export function listAuditEntries(db: Db, input: AuditListInput): AuditPage {
  const where = and(whereOf(db, input.filters), input.before ? lt(auditLog.seq, input.before) : undefined);
  const rows: AuditEntryView[] = select(db).where(where).orderBy(desc(auditLog.seq)).limit(input.pageSize + 1).all();
  const more = rows.length > input.pageSize;
  const items = rows.slice(0, input.pageSize);
  return { items, nextBefore: more ? items[items.length - 1]!.seq : null };
}

/** The filtered entries for a file, newest first, up to `max`; the export itself is audited. */
export function exportAuditEntries(db: Db, params: { actor: Pick<CurrentUser, 'id'>; portal: string; filters: AuditFilters; max: number; now: Date }): { rows: AuditEntryView[]; truncated: boolean } {
  return inTransaction(db, (tx) => {
    const rows = select(tx).where(whereOf(tx, params.filters)).orderBy(desc(auditLog.seq)).limit(params.max + 1).all();
    const truncated = rows.length > params.max;
    const kept = rows.slice(0, params.max);
    appendAudit(tx, { actorId: params.actor.id, portal: params.portal, action: 'audit.export', entity: 'audit_log', detail: { ...params.filters, rows: kept.length } }, params.now);
    return { rows: kept, truncated };
  });
}

/** Whether every entry still chains under this installation's key. */
export function auditChainStatus(db: Db): AuditChainStatus {
  const check = verifyAuditChain(db);
  return { ok: check.ok, entries: check.entries, brokenAt: check.ok ? null : check.brokenAt };
}

