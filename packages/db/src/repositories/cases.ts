// Cases: registration and the caseload list, with record scope applied in the query itself.
import { randomUUID } from 'node:crypto';
import { and, asc, desc, eq, isNull, like, lt, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import {
  type CaseIntakeInput,
  type CaseListInput,
  type CasePage,
  type CaseScope,
  DomainError,
  firstContactDueAt,
  notFound,
  stripZeroWidth,
} from '@kruosar/domain';
import type { Db } from '../client';
import { inTransaction } from '../client';
import { cases, children, geoUnits, householdMembers, households, users } from '../schema/index';
import { appendAudit } from './audit';

export function childSearchText(c: { givenNameKm: string; familyNameKm: string; givenNameLatin: string; familyNameLatin: string }) {
  return stripZeroWidth([c.familyNameLatin, c.givenNameLatin, c.givenNameLatin, c.familyNameKm + c.givenNameKm, c.givenNameKm].join(' ').toLowerCase());
}

function scopeCondition(scope: CaseScope): SQL | undefined {
  switch (scope.kind) {
    case 'all':
      return undefined;
    case 'communes':
      return scope.communeCodes.length ? sql`${cases.communeCode} in ${scope.communeCodes}` : sql`0`;
    case 'own':
      return or(eq(cases.assignedTo, scope.userId), eq(cases.registeredBy, scope.userId));
    case 'none':
      return sql`0`;
  }
}

const riskOrder = sql`case ${cases.riskLevel} when 'high' then 0 when 'medium' then 1 else 2 end`;

export function listCases(db: Db, params: { scope: CaseScope; input: CaseListInput; now: Date }): CasePage {
  const { scope, input } = params;
  const nowIso = params.now.toISOString();
  const conditions = [isNull(cases.archivedAt), scopeCondition(scope)];
  if (input.stage) conditions.push(eq(cases.stage, input.stage));
  if (input.status) conditions.push(eq(cases.status, input.status));
  if (input.riskLevel) conditions.push(eq(cases.riskLevel, input.riskLevel));
  if (input.communeCode) conditions.push(eq(cases.communeCode, input.communeCode));
  if (input.overdueOnly) conditions.push(and(isNull(cases.firstContactAt), lt(cases.firstContactDueAt, nowIso)));
  const search = input.search ? stripZeroWidth(input.search).trim().toLowerCase() : '';
  // Names are never searchable by roles that may not identify children.
  if (search && scope.kind !== 'none' && scope.identified) {
    const pattern = `%${search.replace(/[%_\\]/g, (m) => `\\${m}`)}%`;
    conditions.push(or(sql`${children.searchText} like ${pattern} escape '\\'`, like(cases.reference, pattern.toUpperCase())));
  }
  const where = and(...conditions);

  const assignee = alias(users, 'assignee');
  const order = input.direction === 'asc' ? asc : desc;
  const sortColumn = {
    registeredAt: order(cases.registeredAt),
    updatedAt: order(cases.updatedAt),
    reference: order(cases.reference),
    riskLevel: input.direction === 'asc' ? asc(riskOrder) : desc(riskOrder),
    childName: order(children.familyNameLatin),
  }[input.sort];

  const total = db.select({ n: sql<number>`count(*)` }).from(cases).innerJoin(children, eq(children.id, cases.childId)).where(where).get()?.n ?? 0;
  const rows = db
    .select({
      id: cases.id,
      reference: cases.reference,
      givenNameLatin: children.givenNameLatin,
      familyNameLatin: children.familyNameLatin,
      givenNameKm: children.givenNameKm,
      familyNameKm: children.familyNameKm,
      status: cases.status,
      stage: cases.stage,
      riskLevel: cases.riskLevel,
      communeCode: cases.communeCode,
      communeName: geoUnits.nameLatin,
      assignedToName: assignee.displayName,
      registeredAt: cases.registeredAt,
      firstContactDueAt: cases.firstContactDueAt,
      firstContactAt: cases.firstContactAt,
      version: cases.version,
    })
    .from(cases)
    .innerJoin(children, eq(children.id, cases.childId))
    .leftJoin(geoUnits, eq(geoUnits.code, cases.communeCode))
    .leftJoin(assignee, eq(assignee.id, cases.assignedTo))
    .where(where)
    .orderBy(sortColumn, desc(cases.id))
    .limit(input.pageSize)
    .offset((input.page - 1) * input.pageSize)
    .all();

  const identified = scope.kind !== 'none' && scope.identified;
  return {
    total,
    page: input.page,
    pageSize: input.pageSize,
    items: rows.map((r) => ({
      id: r.id,
      reference: r.reference,
      childName: identified ? `${r.familyNameLatin} ${r.givenNameLatin}` : null,
      childNameKm: identified ? `${r.familyNameKm} ${r.givenNameKm}` : null,
      status: r.status as CasePage['items'][number]['status'],
      stage: r.stage as CasePage['items'][number]['stage'],
      riskLevel: r.riskLevel as CasePage['items'][number]['riskLevel'],
      communeCode: r.communeCode,
      communeName: r.communeName ?? r.communeCode,
      assignedToName: r.assignedToName,
      registeredAt: r.registeredAt,
      firstContactDueAt: r.firstContactDueAt,
      firstContactAt: r.firstContactAt,
      pastFirstContactTarget: r.firstContactAt === null && r.firstContactDueAt < nowIso,
      version: r.version,
    })),
  };
}

function nextReference(db: Db, now: Date): string {
  const year = now.getUTCFullYear();
  const prefix = `KR-${year}-`;
  const last = db.select({ reference: cases.reference }).from(cases).where(like(cases.reference, `${prefix}%`)).orderBy(desc(cases.reference)).limit(1).get();
  const seq = last ? Number(last.reference.slice(prefix.length)) + 1 : 1;
  return `${prefix}${String(seq).padStart(6, '0')}`;
}

export type RegisterCaseParams = {
  input: CaseIntakeInput;
  actorId: string | null;
  assignedTo: string | null;
  now: Date;
  portal?: string;
};

/** Register a child, their household and the case in one transaction, with its audit entry. */
export function registerCase(db: Db, params: RegisterCaseParams): { caseId: string; reference: string } {
  const { input, now } = params;
  const village = db.select().from(geoUnits).where(eq(geoUnits.code, input.household.villageCode)).get();
  if (!village || village.level !== 'village' || !village.parentCode) {
    throw new DomainError('INVALID', 'errors.unknownVillage', `Village ${input.household.villageCode} is not in the imported geography`, 'household.villageCode');
  }
  const at = now.toISOString();
  return inTransaction(db, (tx) => {
    const childId = randomUUID();
    tx.insert(children).values({ id: childId, ...input.child, searchText: childSearchText(input.child), createdAt: at, updatedAt: at }).run();
    const householdId = randomUUID();
    tx.insert(households)
      .values({ id: householdId, villageCode: input.household.villageCode, communeCode: village.parentCode!, idPoor: input.household.idPoor, incomeSources: input.household.incomeSources, address: input.household.address, createdAt: at, updatedAt: at })
      .run();
    input.household.members.forEach((m, position) => tx.insert(householdMembers).values({ id: randomUUID(), householdId, ...m, position }).run());
    const caseId = randomUUID();
    const reference = nextReference(tx, now);
    tx.insert(cases)
      .values({
        id: caseId,
        reference,
        childId,
        householdId,
        status: 'open',
        stage: 'registered',
        riskLevel: input.riskLevel,
        protectionConcerns: input.protectionConcerns,
        source: input.source,
        summary: input.summary,
        communeCode: village.parentCode!,
        assignedTo: params.assignedTo,
        registeredBy: params.actorId,
        registeredAt: at,
        firstContactDueAt: firstContactDueAt(at, input.riskLevel),
        createdAt: at,
        updatedAt: at,
      })
      .run();
    appendAudit(tx, { actorId: params.actorId, portal: params.portal ?? null, action: 'case.register', entity: 'case', entityId: caseId, caseId, detail: { reference } }, now);
    return { caseId, reference };
  });
}

/**
 * The case row if the scope may see it. Out-of-scope cases answer NOT_FOUND, like missing ones,
 * so nobody learns that a case exists by probing ids.
 */
export function findCaseInScope(db: Db, scope: CaseScope, caseId: string): typeof cases.$inferSelect {
  const row = db.select().from(cases).where(and(eq(cases.id, caseId), scopeCondition(scope))).get();
  if (!row) throw notFound('Case');
  return row;
}

export function countCases(db: Db): number {
  return db.select({ n: sql<number>`count(*)` }).from(cases).get()?.n ?? 0;
}
