// Services delivered to a child or family: recorded once they happened, corrected with versions, archived not deleted.
import { randomUUID } from 'node:crypto';
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import { DomainError, isDeliveredByToday, type Service, type ServiceInput, type ServiceOutcome, type ServiceType } from '@kruosar/domain';
import type { Db } from '../client';
import { inTransaction } from '../client';
import { services } from '../schema/index';
import { assertCaseOpen, assertVersion, auditCase, auditRead, caseFor, caseOfRecord, todayIn, type Work } from './case-workflow';
import { updateVersioned } from './versioned';

type Row = typeof services.$inferSelect;

function toService(row: Row): Service {
  return {
    id: row.id,
    caseId: row.caseId,
    version: row.version,
    createdById: row.createdById,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    type: row.type as ServiceType,
    typeOther: row.typeOther,
    deliveredOn: row.deliveredOn,
    provider: row.provider,
    outcome: row.outcome as ServiceOutcome,
    notes: row.notes,
  };
}

const byId = (db: Db, id: string) => db.select().from(services).where(eq(services.id, id)).get();

function assertDelivered(input: ServiceInput, now: Date) {
  if (!isDeliveredByToday(input, todayIn(now))) {
    throw new DomainError('INVALID', 'errors.dateInFuture', 'Service date cannot be after today: record a service once it has happened', 'deliveredOn');
  }
}

/** A case's services, latest first, for a caller that has checked scope and audits the read. */
export function readServices(db: Db, caseId: string): Service[] {
  return db
    .select()
    .from(services)
    .where(and(eq(services.caseId, caseId), isNull(services.archivedAt)))
    .orderBy(desc(services.deliveredOn), sql`${services}.rowid desc`)
    .all()
    .map(toService);
}

/** A case's services, latest first. */
export function listServices(db: Db, w: Work, caseId: string): Service[] {
  const c = caseFor(db, w, caseId);
  auditRead(db, w, { action: 'service.list', entity: 'service', caseId: c.id });
  return readServices(db, c.id);
}

export function createService(db: Db, w: Work, params: { caseId: string; input: ServiceInput }): Service {
  assertDelivered(params.input, w.now);
  return inTransaction(db, (tx) => {
    const c = caseFor(tx, w, params.caseId);
    assertCaseOpen(c);
    const at = w.now.toISOString();
    const id = randomUUID();
    tx.insert(services).values({ id, caseId: c.id, ...params.input, createdById: w.actor.id, createdAt: at, updatedAt: at }).run();
    auditCase(tx, w, { action: 'service.create', entity: 'service', entityId: id, caseId: c.id, detail: { type: params.input.type } });
    return toService(byId(tx, id)!);
  });
}

export function updateService(db: Db, w: Work, params: { id: string; expectedVersion: number; input: ServiceInput }): Service {
  assertDelivered(params.input, w.now);
  return inTransaction(db, (tx) => {
    const { row, c } = caseOfRecord(tx, w, byId(tx, params.id), 'Service');
    assertVersion(row, params.expectedVersion, 'Service');
    assertCaseOpen(c);
    updateVersioned(tx, { table: services, id: row.id, expectedVersion: params.expectedVersion, set: { ...params.input, updatedAt: w.now.toISOString() }, what: 'Service' });
    auditCase(tx, w, { action: 'service.update', entity: 'service', entityId: row.id, caseId: c.id });
    return toService(byId(tx, row.id)!);
  });
}

/** Archive a service recorded by mistake, or restore it. */
export function setServiceArchived(db: Db, w: Work, params: { id: string; expectedVersion: number; archived: boolean }): Service {
  return inTransaction(db, (tx) => {
    const found = byId(tx, params.id);
    // An archived service is still found here, so it can be restored.
    const { row, c } = caseOfRecord(tx, w, found && { ...found, archivedAt: null }, 'Service');
    assertVersion(row, params.expectedVersion, 'Service');
    assertCaseOpen(c);
    const archivedAt = params.archived ? w.now.toISOString() : null;
    updateVersioned(tx, { table: services, id: row.id, expectedVersion: params.expectedVersion, set: { archivedAt, updatedAt: w.now.toISOString() }, what: 'Service' });
    auditCase(tx, w, { action: params.archived ? 'service.archive' : 'service.restore', entity: 'service', entityId: row.id, caseId: c.id });
    return toService(byId(tx, row.id)!);
  });
}
