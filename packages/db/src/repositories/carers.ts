// The carer registry: foster and kinship carers as households, their file, approval (four eyes) and status.
import { randomUUID } from 'node:crypto';
import { and, asc, desc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import {
  assertAssessmentComplete,
  assertRecordComplete,
  decideApproval,
  DomainError,
  draftApproval,
  invalid,
  notFound,
  submitForApproval,
  type ApprovalDecisionInput,
  type Carer,
  type CarerApplicationInput,
  type CarerKind,
  type CarerListInput,
  type CarerRecord,
  type CarerRecordInput,
  type CarerRecordKind,
  type CarerStatus,
  type CarerStatusInput,
  type CarerSummary,
  type CarerView,
  type CarerPlacement,
  type Page,
} from '@kruosar/domain';
import type { Db } from '../client';
import { inTransaction } from '../client';
import { carerRecords, carers, carerStatusChanges, cases, householdMembers, households, placements } from '../schema/index';
import { approvalOf } from './approvals';
import { appendAudit } from './audit';
import { assertNotFuture, assertVersion, caseScopeWhere, scopeOf, type Work } from './case-workflow';
import { villageOf } from './case-intake';
import { householdFor } from './family-households';
import { householdRecord } from './households';
import { updateVersioned } from './versioned';

type CarerRow = typeof carers.$inferSelect;

// Written out in SQL: drizzle leaves columns unqualified inside a correlated subquery, which would compare a
// column with itself.
/** Children living with each carer household now: open placements there. */
const placedNowSql = sql<number>`(select count(*) from placements p where p.household_id = "carers"."household_id" and p.end_date is null and p.archived_at is null)`;
/** The carer's name: the first caregiver of the household (its first member if none is marked). */
const carerNameSql = sql<string>`coalesce((select coalesce(nullif(m.name_latin, ''), m.name_km) from household_members m where m.household_id = "carers"."household_id" and m.archived_at is null order by m.is_caregiver desc, m.position limit 1), '')`;

function toCarer(r: CarerRow, placedNow: number): Carer {
  return {
    id: r.id,
    householdId: r.householdId,
    version: r.version,
    kind: r.kind as CarerKind,
    emergency: r.emergency,
    capacity: r.capacity,
    ageMin: r.ageMin,
    ageMax: r.ageMax,
    languages: r.languages as Carer['languages'],
    takesSiblings: r.takesSiblings,
    notes: r.notes,
    status: r.status as CarerStatus,
    statusReason: r.statusReason,
    appliedOn: r.appliedOn,
    placedNow,
    ...approvalOf(r),
  };
}

const summarySelect = { carer: carers, placedNow: placedNowSql, name: carerNameSql, communeCode: households.communeCode, villageCode: households.villageCode };
type SummaryRow = { carer: CarerRow; placedNow: number; name: string; communeCode: string; villageCode: string };
const toSummary = (r: SummaryRow): CarerSummary => ({ ...toCarer(r.carer, r.placedNow), name: r.name, communeCode: r.communeCode, villageCode: r.villageCode });

/** Carers with a free place today, approved, emergency-ready foster carers. */
const emergencyAvailableSql = sql`${carers.status} = 'approved' and ${carers.kind} = 'foster' and ${carers.emergency} = 1 and ${placedNowSql} < ${carers.capacity}`;

export function carerFilters(input: Pick<CarerListInput, 'status' | 'kind' | 'emergencyAvailable'>): SQL | undefined {
  return and(
    input.status ? eq(carers.status, input.status) : undefined,
    input.kind ? eq(carers.kind, input.kind) : undefined,
    input.emergencyAvailable ? emergencyAvailableSql : undefined,
  );
}

/** One page of the registry, newest application first; the status index answers the filters. */
export function listCarers(db: Db, _w: Work, input: CarerListInput): Page<CarerSummary> {
  const where = carerFilters(input);
  const total = db.select({ n: sql<number>`count(*)` }).from(carers).where(where).get()?.n ?? 0;
  const rows = db
    .select(summarySelect)
    .from(carers)
    .innerJoin(households, eq(households.id, carers.householdId))
    .where(where)
    .orderBy(desc(carers.appliedOn), asc(carers.id))
    .limit(input.pageSize)
    .offset((input.page - 1) * input.pageSize)
    .all();
  return { total, page: input.page, pageSize: input.pageSize, items: rows.map(toSummary) };
}

export function carerSummaries(db: Db, where: SQL | undefined): CarerSummary[] {
  return db.select(summarySelect).from(carers).innerJoin(households, eq(households.id, carers.householdId)).where(where).all().map(toSummary);
}

const carerById = (db: Db, id: string) => db.select().from(carers).where(eq(carers.id, id)).get();

function carerFor(db: Db, id: string, expectedVersion?: number): CarerRow {
  const row = carerById(db, id);
  if (!row) throw notFound('Carer');
  if (expectedVersion !== undefined) assertVersion(row, expectedVersion, 'Carer');
  return row;
}

const toRecord = (r: typeof carerRecords.$inferSelect, reference: string | null): CarerRecord => ({
  id: r.id,
  carerId: r.carerId,
  kind: r.kind as CarerRecordKind,
  recordedOn: r.recordedOn,
  outcome: r.outcome as CarerRecord['outcome'],
  amountRiel: r.amountRiel,
  caseId: r.caseId,
  reference,
  relationshipToChild: r.relationshipToChild as CarerRecord['relationshipToChild'],
  notes: r.notes,
  createdById: r.createdById,
  createdAt: r.createdAt,
});

/** A carer's file with the reference of the case each record is about. */
const recordsWithReference = (db: Db, where: SQL) =>
  db
    .select({ record: carerRecords, reference: cases.reference })
    .from(carerRecords)
    .leftJoin(cases, eq(cases.id, carerRecords.caseId))
    .where(where)
    .orderBy(desc(carerRecords.recordedOn), desc(carerRecords.createdAt))
    .all()
    .map((r) => toRecord(r.record, r.reference));

/** A carer's page: profile, household, file, status history, and the children placed there (masked outside scope). */
export function findCarer(db: Db, w: Work, id: string): CarerView {
  const row = carerFor(db, id);
  const summary = carerSummaries(db, eq(carers.id, id))[0]!;
  const records = recordsWithReference(db, eq(carerRecords.carerId, id));
  const statusHistory = db.select().from(carerStatusChanges).where(eq(carerStatusChanges.carerId, id)).orderBy(asc(carerStatusChanges.changedOn), sql`${carerStatusChanges}.rowid`).all()
    .map(({ status, reason, changedOn, changedById }) => ({ status: status as CarerStatus, reason, changedOn, changedById }));
  const scope = caseScopeWhere(scopeOf(w));
  const placed = db
    .select({ caseId: cases.id, reference: cases.reference, inScope: scope ? sql<number>`case when ${scope} then 1 else 0 end` : sql<number>`1`, type: placements.type, startDate: placements.startDate, endDate: placements.endDate, relationshipToChild: placements.relationshipToChild })
    .from(placements)
    .innerJoin(cases, eq(cases.id, placements.caseId))
    .where(and(eq(placements.householdId, row.householdId), isNull(placements.archivedAt)))
    .orderBy(desc(placements.startDate))
    .all()
    .map(({ inScope, caseId, ...p }): CarerPlacement => ({ ...p, caseId: inScope === 1 ? caseId : null, inScope: inScope === 1, type: p.type as CarerPlacement['type'], relationshipToChild: p.relationshipToChild as CarerPlacement['relationshipToChild'] }));
  inTransaction(db, (tx) => appendAudit(tx, { actorId: w.actor.id, portal: w.portal, action: 'carer.read', entity: 'carer', entityId: id }, w.now));
  return { carer: summary, household: householdRecord(db, row.householdId), records, statusHistory, placements: placed };
}

function recordStatus(db: Db, w: Work, carerId: string, status: CarerStatus, reason: string) {
  db.insert(carerStatusChanges).values({ id: randomUUID(), carerId, status, reason, changedOn: w.now.toISOString(), changedById: w.actor.id }).run();
}

function audit(db: Db, w: Work, action: string, carerId: string, detail?: Record<string, unknown>) {
  appendAudit(db, { actorId: w.actor.id, portal: w.portal, action, entity: 'carer', entityId: carerId, ...(detail ? { detail } : {}) }, w.now);
}

/** A new carer (an applicant): a new household with its members, or one Kruosar knows (a relative's). */
export function applyAsCarer(db: Db, w: Work, input: CarerApplicationInput): Carer {
  assertNotFuture('appliedOn', 'Application date', input.appliedOn, w.now);
  return inTransaction(db, (tx) => {
    const at = w.now.toISOString();
    let householdId: string;
    if (input.householdId !== null) {
      householdId = householdFor(tx, w, input.householdId).id;
      if (tx.select({ id: carers.id }).from(carers).where(eq(carers.householdId, householdId)).get()) {
        throw invalid('householdId', 'Household: this household is already a registered carer', 'errors.alreadyCarer');
      }
    } else {
      const h = input.household!;
      const village = villageOf(tx, h.villageCode);
      householdId = randomUUID();
      tx.insert(households).values({ id: householdId, villageCode: village.code, communeCode: village.communeCode, idPoor: h.idPoor, incomeSources: h.incomeSources, address: h.address, createdAt: at, updatedAt: at }).run();
      h.members.forEach((m, position) => tx.insert(householdMembers).values({ id: randomUUID(), householdId, ...m, position }).run());
    }
    const { householdId: _h, household: _n, ...profile } = input;
    const id = randomUUID();
    tx.insert(carers).values({ id, householdId, ...profile, status: 'applicant', ...draftApproval, createdAt: at, updatedAt: at }).run();
    tx.insert(carerRecords).values({ id: randomUUID(), carerId: id, kind: 'application', recordedOn: input.appliedOn, outcome: 'not_applicable', notes: '', createdById: w.actor.id, createdAt: at }).run();
    recordStatus(tx, w, id, 'applicant', '');
    audit(tx, w, 'carer.apply', id, { kind: input.kind });
    return toCarer(carerById(tx, id)!, 0);
  });
}

/** Add to the carer's file: an assessment part, training, an annual review, support given, or a kinship assessment. */
export function addCarerRecord(db: Db, w: Work, input: CarerRecordInput): CarerRecord {
  assertNotFuture('recordedOn', 'Date', input.recordedOn, w.now);
  assertRecordComplete(input);
  return inTransaction(db, (tx) => {
    const carer = carerFor(tx, input.carerId);
    if (input.kind === 'kinship_assessment' && carer.kind !== 'kinship') {
      throw new DomainError('INVALID', 'errors.kinshipOnly', 'Record type: a kinship assessment is for a kinship carer', 'kind');
    }
    const scoped = caseScopeWhere(scopeOf(w));
    const byRef = input.caseId === null && input.caseReference !== '';
    const c = input.caseId !== null || byRef
      ? tx.select({ id: cases.id }).from(cases).where(and(byRef ? eq(cases.reference, input.caseReference.toUpperCase()) : eq(cases.id, input.caseId!), isNull(cases.archivedAt), scoped)).get()
      : undefined;
    if ((input.caseId !== null || byRef) && !c) throw invalid(byRef ? 'caseReference' : 'caseId', 'Case: this case is not known', 'errors.notFound');
    const isMoney = input.kind === 'support_payment' || input.kind === 'support_in_kind';
    const { caseReference: _r, ...fields } = input;
    const id = randomUUID();
    tx.insert(carerRecords).values({
      id,
      ...fields,
      carerId: carer.id,
      caseId: c?.id ?? null,
      amountRiel: isMoney ? input.amountRiel : null,
      relationshipToChild: input.kind === 'kinship_assessment' ? input.relationshipToChild : null,
      createdById: w.actor.id,
      createdAt: w.now.toISOString(),
    }).run();
    audit(tx, w, `carer.record.${input.kind}`, carer.id, { recordId: id, ...(c ? { caseId: c.id } : {}) });
    return recordsWithReference(tx, eq(carerRecords.id, id))[0]!;
  });
}

const recordsOf = (db: Db, carerId: string) => db.select({ kind: carerRecords.kind, outcome: carerRecords.outcome }).from(carerRecords).where(eq(carerRecords.carerId, carerId)).all() as { kind: CarerRecordKind; outcome: string }[];

/** An applicant goes for approval once the assessment is on file. */
export function submitCarer(db: Db, w: Work, params: { id: string; expectedVersion: number }): Carer {
  return inTransaction(db, (tx) => {
    const row = carerFor(tx, params.id, params.expectedVersion);
    if (row.status !== 'applicant') throw new DomainError('INVALID', 'errors.carerStatus', `Status: only an applicant is sent for approval (this carer is ${row.status})`, 'status');
    assertAssessmentComplete(recordsOf(tx, row.id));
    const approval = submitForApproval(approvalOf(row), w.actor.id, w.now.toISOString());
    updateVersioned(tx, { table: carers, id: row.id, expectedVersion: params.expectedVersion, set: { ...approval, updatedAt: w.now.toISOString() }, what: 'Carer' });
    audit(tx, w, 'carer.submit', row.id);
    return toCarer(carerById(tx, row.id)!, 0);
  });
}

/** Four eyes: a supervisor of the carer's commune (or an admin) who did not submit approves or returns. */
export function decideCarer(db: Db, w: Work, params: { id: string; expectedVersion: number; decision: ApprovalDecisionInput }): Carer {
  return inTransaction(db, (tx) => {
    const row = carerFor(tx, params.id, params.expectedVersion);
    const h = householdRecord(tx, row.householdId);
    const approval = decideApproval(approvalOf(row), params.decision, w.actor, w.now.toISOString(), h.communeCode);
    const approved = approval.approvalState === 'approved';
    const status: CarerStatus = approved ? 'approved' : row.status as CarerStatus;
    updateVersioned(tx, { table: carers, id: row.id, expectedVersion: params.expectedVersion, set: { ...approval, status, statusReason: approved ? '' : row.statusReason, updatedAt: w.now.toISOString() }, what: 'Carer' });
    if (approved) recordStatus(tx, w, row.id, 'approved', '');
    audit(tx, w, approved ? 'carer.approve' : 'carer.return', row.id, { reason: approval.returnReason });
    return toCarer(carerById(tx, row.id)!, 0);
  });
}

/** Put on hold, deregister, or take back from hold, always with a reason. Only an approved carer comes back to approved. */
export function changeCarerStatus(db: Db, w: Work, input: CarerStatusInput): Carer {
  return inTransaction(db, (tx) => {
    const row = carerFor(tx, input.id, input.expectedVersion);
    const allowed = row.status !== 'deregistered' && row.status !== input.status && (input.status !== 'approved' || (row.status === 'on_hold' && row.approvalState === 'approved'));
    if (!allowed) throw new DomainError('INVALID', 'errors.carerStatus', `Status: a carer who is ${row.status} cannot become ${input.status}`, 'status');
    updateVersioned(tx, { table: carers, id: row.id, expectedVersion: input.expectedVersion, set: { status: input.status, statusReason: input.reason, updatedAt: w.now.toISOString() }, what: 'Carer' });
    recordStatus(tx, w, row.id, input.status, input.reason);
    audit(tx, w, 'carer.status', row.id, { status: input.status });
    return toCarer(carerById(tx, row.id)!, 0);
  });
}

/** The carer registered for a household, if any (placements check who the child goes to). */
export function carerOfHousehold(db: Db, householdId: string) {
  const rows = db.select({ carer: carers, placedNow: placedNowSql }).from(carers).where(inArray(carers.householdId, [householdId])).all();
  return rows[0] ? toCarer(rows[0].carer, rows[0].placedNow) : null;
}
