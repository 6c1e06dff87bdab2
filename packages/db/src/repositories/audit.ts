// The audit log: every write and every read of a child's record, hash-chained so tampering shows.
import { desc } from 'drizzle-orm';
import type { Db } from '../client';
import { auditLog } from '../schema/index';
import { GENESIS, auditKeyOf, chainHash, verifyChain, type ChainCheck } from './audit-chain';

export type AuditEntry = {
  actorId: string | null;
  portal: string | null;
  action: string;
  entity: string;
  entityId?: string | null;
  /** Set for everything that happens to a case or its parts, so it shows on the case timeline. */
  caseId?: string | null;
  detail?: Record<string, unknown>;
};

/** Append one entry. Call inside the same transaction as the write it records. */
export function appendAudit(db: Db, entry: AuditEntry, at: Date) {
  const last = db.select({ hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.seq)).limit(1).get();
  const prevHash = last?.hash ?? GENESIS;
  const row = {
    at: at.toISOString(),
    actorId: entry.actorId,
    portal: entry.portal,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId ?? null,
    caseId: entry.caseId ?? null,
    detail: JSON.stringify(entry.detail ?? {}),
  };
  db.insert(auditLog).values({ ...row, prevHash, hash: chainHash(auditKeyOf(db), prevHash, row) }).run();
}

/** Walk the chain under this connection's audit key; report the first entry whose hash or link does not match. */
export function verifyAuditChain(db: Db): ChainCheck {
  return verifyChain(db, auditKeyOf(db));
}
