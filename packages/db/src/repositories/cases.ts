// Cases: registration and the caseload list, with record scope applied in the query itself.
import { randomUUID } from 'node:crypto';
import { and, asc, desc, eq, inArray, isNull, like, lt, sql, type SQL } from 'drizzle-orm';
import { alias, type SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { type CaseIntakeInput, type CaseListInput, type CasePage, type CaseScope, type CaseStage, type CaseStatus, type CurrentUser, DomainError, type RiskLevel, caseScopeOf, firstContactDueAt, khmerToAsciiDigits, notFound, stripZeroWidth, type CaseExportInput } from '@kruosar/domain';
import type { Db } from '../client';
import { inTransaction } from '../client';
import { caseTallies, cases, children, closures, geoUnits, householdMembers, households, householdStays, users } from '../schema/index';
import { appendAudit, type AuditEntry, appendReadAudit } from './audit';

/**
 * What a name search matches against: Latin names in both orders ("Sok Dara" and "Dara Sok" are one child),
 * the Khmer name as written (family then given, no space) and the Khmer given name alone.
 */
export function childSearchText(c: { givenNameKm: string; familyNameKm: string; givenNameLatin: string; familyNameLatin: string }) {
  return stripZeroWidth([c.familyNameLatin, c.givenNameLatin, c.familyNameLatin, c.familyNameKm + c.givenNameKm, c.givenNameKm].join(' ').toLowerCase());
}

/**
 * The WHERE clause of a record scope over the cases table. `drive: false` writes the scope columns with a unary
 * plus, which SQLite reads as "do not use an index for this term": a scope is broad (a caseworker's caseload, a
 * supervisor's communes), so a caseload page should walk the newest-first index and stop at the page, not
 * collect the whole scope and sort it.
 */
export function caseScopeSql(scope: CaseScope, options: { drive?: boolean } = {}): SQL | undefined {
  const col = (c: SQLiteColumn) => (options.drive === false ? sql`+${c}` : sql`${c}`);
  switch (scope.kind) {
    case 'all':
      return undefined;
    case 'communes':
      return scope.communeCodes.length ? sql`${col(cases.communeCode)} in ${scope.communeCodes}` : sql`0`;
    case 'own':
      return sql`(${col(cases.assignedTo)} = ${scope.userId} or ${col(cases.registeredBy)} = ${scope.userId})`;
    case 'none':
      return sql`0`;
  }
}

export const identifiesChildren = (scope: CaseScope): boolean => scope.kind !== 'none' && scope.identified;

/** Filters of the caseload list and its export; paging and sort are the caller's. */
export type CaseFilters = Omit<CaseExportInput, 'sort' | 'direction'> & Partial<Pick<CaseExportInput, 'sort' | 'direction'>>;

/** What the search box asks for: a reference (it has digits), children by name, or nothing this role may search. */
export type CaseSearch = { kind: 'none' } | { kind: 'reference'; pattern: string } | { kind: 'names'; childIds: string[] } | { kind: 'forbidden' };

const likePattern = (term: string) => `%${term.replace(/[%_\\]/g, (m) => `\\${m}`)}%`;

/** The most children a name search returns, best first: a person looks at the first pages, not the 5,000th match. */
export const NAME_SEARCH_LIMIT = 500;

/**
 * The FTS5 query for what a person typed: every word must appear somewhere in the child's names (or their household
 * members'), in any order. Words of 3 characters or more use the trigram index; shorter ones are checked with LIKE on
 * the same table. Returns null when there is nothing to look for.
 */
export function nameSearchQuery(typed: string): { match: string | null; short: string[] } | null {
  const words = stripZeroWidth(typed).toLowerCase().split(/[\s,]+/u).filter(Boolean);
  if (words.length === 0) return null;
  const long = words.filter((w) => [...w].length >= 3);
  return { match: long.length ? long.map((w) => `"${w.replace(/"/g, '""')}"`).join(' ') : null, short: words.filter((w) => [...w].length < 3) };
}

/** Children whose names match, best match first (FTS5's bm25 rank), at most NAME_SEARCH_LIMIT. */
export function searchChildrenByName(db: Db, typed: string): string[] {
  const query = nameSearchQuery(typed);
  if (!query) return [];
  const conditions = [
    ...(query.match ? [sql`children_search match ${query.match}`] : []),
    ...query.short.map((w) => sql`children_search.names like ${likePattern(w)} escape '\\'`),
  ];
  const rows = db.all<{ id: string }>(sql`select c.id as id from children_search join children c on c.rowid = children_search.rowid
    where ${sql.join(conditions, sql` and `)} order by ${query.match ? sql`children_search.rank` : sql`c.rowid`} limit ${NAME_SEARCH_LIMIT}`);
  return rows.map((r) => r.id);
}

/**
 * Resolve the search once per request: the name index answers the matching children (ranked), and the count and
 * the page then use those ids.
 */
export function resolveCaseSearch(db: Db, scope: CaseScope, search: string | undefined): CaseSearch {
  const term = search ? khmerToAsciiDigits(stripZeroWidth(search)).trim().toLowerCase() : '';
  if (!term) return { kind: 'none' };
  // Names have no digits and references always do: one search box, one condition an index can start from.
  if (/\d/.test(term)) return { kind: 'reference', pattern: likePattern(term.toUpperCase()) };
  // Names are never searchable by roles that may not identify children: a match would tell them the name.
  if (!identifiesChildren(scope)) throw namesNotAllowed('search by name');
  return { kind: 'names', childIds: searchChildrenByName(db, term) };
}

const namesNotAllowed = (what: string) =>
  new DomainError('FORBIDDEN', 'errors.namesNotAllowed', `Your role sees cases without children's names, so it cannot ${what}. Search by case reference instead.`);

/** Sorting by name would tell a role without names the order of the children's names: refused, not ignored. */
export function refuseNameOrder(scope: CaseScope, sort: CaseListInput['sort'] | undefined) {
  if (sort === 'childName' && !identifiesChildren(scope)) throw namesNotAllowed('sort by name');
}

function searchCondition(search: CaseSearch): SQL | undefined {
  switch (search.kind) {
    case 'none':
      return undefined;
    case 'reference':
      return sql`${cases.reference} like ${search.pattern} escape '\\'`;
    case 'forbidden':
      return sql`0`;
    case 'names': {
      if (search.childIds.length === 0) return sql`0`;
      // At most NAME_SEARCH_LIMIT children: start from them (the child index), never from the whole scope.
      // One JSON parameter, however many children match (SQLite limits bound parameters, not JSON length).
      return sql`${cases.childId} in (select value from json_each(${JSON.stringify(search.childIds)}))`;
    }
  }
}

/**
 * Scope and filters as one WHERE clause over `cases`; the search comes resolved (resolveCaseSearch). `forCount`
 * lets SQLite start from the scope's index (or the search matches): right for a count, wrong for a page, which
 * should walk its order and stop (see caseScopeSql).
 */
export function caseloadWhere(scope: CaseScope, filters: CaseFilters, now: Date, search: CaseSearch, options: { forCount?: boolean } = {}): SQL | undefined {
  const forCount = options.forCount ?? false;
  const conditions = [isNull(cases.archivedAt), caseScopeSql(scope, { drive: forCount && search.kind !== 'names' })];
  if (filters.stage) conditions.push(eq(cases.stage, filters.stage));
  if (filters.status) conditions.push(eq(cases.status, filters.status));
  if (filters.riskLevel) conditions.push(eq(cases.riskLevel, filters.riskLevel));
  if (filters.communeCode) conditions.push(eq(cases.communeCode, filters.communeCode));
  if (filters.assignedToId) conditions.push(filters.assignedToId === 'none' ? isNull(cases.assignedTo) : eq(cases.assignedTo, filters.assignedToId));
  if (filters.overdueOnly) conditions.push(and(isNull(cases.firstContactAt), lt(cases.firstContactDueAt, now.toISOString())));
  conditions.push(searchCondition(search));
  return and(...conditions);
}

const riskOrder = sql`case ${cases.riskLevel} when 'high' then 0 when 'medium' then 1 else 2 end`;

export function caseloadOrder(sort: CaseListInput['sort'], direction: CaseListInput['direction']) {
  const order = direction === 'asc' ? asc : desc;
  const first = {
    registeredAt: order(cases.registeredAt),
    updatedAt: order(cases.updatedAt),
    reference: order(cases.reference),
    riskLevel: order(riskOrder),
    childName: order(children.familyNameLatin),
  }[sort];
  // A unique tie-breaker keeps paging stable when many cases share a time or risk.
  return sort === 'childName' ? [first, order(children.givenNameLatin), order(cases.id)] : [first, order(cases.id)];
}

/** The scope keys every tally table keeps (case_tallies, approval_tallies, follow_up_tallies). */
type TallyKeys = { communeCode: SQLiteColumn; assignedTo: SQLiteColumn; registeredBy: SQLiteColumn };

/** A record scope over a tally table (case_tallies unless another is named), as caseScopeSql is over cases. */
export function tallyScopeSql(scope: CaseScope, tally: TallyKeys = caseTallies): SQL | undefined {
  switch (scope.kind) {
    case 'all':
      return undefined;
    case 'communes':
      return scope.communeCodes.length ? inArray(tally.communeCode, scope.communeCodes) : sql`0`;
    case 'own':
      return sql`(${tally.assignedTo} = ${scope.userId} or ${tally.registeredBy} = ${scope.userId})`;
    case 'none':
      return sql`0`;
  }
}

/**
 * The caseload's total from case_tallies (kept by triggers), when every condition is one the tallies count by:
 * scope, stage, status, risk, commune, assignee. A search or the overdue filter needs the cases themselves (null).
 */
export function countFromTallies(db: Db, scope: CaseScope, filters: CaseFilters, search: CaseSearch): number | null {
  if (search.kind !== 'none' || filters.overdueOnly) return null;
  if (scope.kind === 'none' || (scope.kind === 'communes' && scope.communeCodes.length === 0)) return 0;
  const conditions = [tallyScopeSql(scope)];
  if (filters.stage) conditions.push(eq(caseTallies.stage, filters.stage));
  if (filters.status) conditions.push(eq(caseTallies.status, filters.status));
  if (filters.riskLevel) conditions.push(eq(caseTallies.riskLevel, filters.riskLevel));
  if (filters.communeCode) conditions.push(eq(caseTallies.communeCode, filters.communeCode));
  if (filters.assignedToId) conditions.push(eq(caseTallies.assignedTo, filters.assignedToId === 'none' ? '' : filters.assignedToId));
  return db.select({ n: sql<number>`coalesce(sum(${caseTallies.cases}), 0)` }).from(caseTallies).where(and(...conditions)).get()?.n ?? 0;
}

export type CaseListParams = { scope: CaseScope; input: CaseListInput & { assignedToId?: string }; now: Date };

/**
 * One page of the caseload and the total. The page is found as ids first (a narrow sort, the children table joined
 * only to sort by name), then its rows are read: sorting 20,000 full rows to show 25 is what makes lists slow.
 */
export function listCases(db: Db, params: CaseListParams): CasePage {
  const { scope, input } = params;
  refuseNameOrder(scope, input.sort);
  const nowIso = params.now.toISOString();
  const search = resolveCaseSearch(db, scope, input.search);
  const where = caseloadWhere(scope, input, params.now, search);
  const countWhere = caseloadWhere(scope, input, params.now, search, { forCount: true });
  const total = countFromTallies(db, scope, input, search) ?? db.select({ n: sql<number>`count(*)` }).from(cases).where(countWhere).get()?.n ?? 0;
  const offset = (input.page - 1) * input.pageSize;
  let ids: string[];
  if (search.kind === 'names' && input.sort === 'registeredAt' && input.direction === 'desc') {
    // A name search in the default order shows the best matches first: the few matching cases, in the name index's rank.
    const rank = new Map(search.childIds.map((id, i) => [id, i]));
    const found = db.select({ id: cases.id, childId: cases.childId, registeredAt: cases.registeredAt }).from(cases).where(where).all();
    found.sort((a, b) => rank.get(a.childId)! - rank.get(b.childId)! || b.registeredAt.localeCompare(a.registeredAt) || b.id.localeCompare(a.id));
    ids = found.slice(offset, offset + input.pageSize).map((r) => r.id);
  } else {
    // By name: walk children in name order (CROSS JOIN keeps them the outer loop in SQLite) and stop at the page.
    ids = (
      input.sort === 'childName'
        ? db.select({ id: cases.id }).from(children).crossJoin(cases).where(and(eq(cases.childId, children.id), where))
        : db.select({ id: cases.id }).from(cases).where(where)
    )
      .orderBy(...caseloadOrder(input.sort, input.direction))
      .limit(input.pageSize)
      .offset(offset)
      .all()
      .map((r) => r.id);
  }
  const assignee = alias(users, 'assignee');
  const rows = ids.length === 0 ? [] : db
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
      closurePending: sql<number>`exists (select 1 from ${closures} where ${closures.caseId} = ${cases.id} and ${closures.approvalState} = 'submitted' and ${closures.archivedAt} is null)`,
      version: cases.version,
    })
    .from(cases)
    .innerJoin(children, eq(children.id, cases.childId))
    .leftJoin(geoUnits, eq(geoUnits.code, cases.communeCode))
    .leftJoin(assignee, eq(assignee.id, cases.assignedTo))
    .where(inArray(cases.id, ids))
    .all();
  const byId = new Map(rows.map((r) => [r.id, r]));

  const identified = identifiesChildren(scope);
  return {
    total,
    page: input.page,
    pageSize: input.pageSize,
    items: ids.map((id) => byId.get(id)!).map((r) => ({
      id: r.id,
      reference: r.reference,
      childName: identified ? `${r.familyNameLatin} ${r.givenNameLatin}` : null,
      childNameKm: identified ? `${r.familyNameKm} ${r.givenNameKm}` : null,
      status: r.status as CaseStatus,
      stage: r.stage as CaseStage,
      riskLevel: r.riskLevel as RiskLevel,
      communeCode: r.communeCode,
      communeName: r.communeName ?? r.communeCode,
      assignedToName: r.assignedToName,
      registeredAt: r.registeredAt,
      firstContactDueAt: r.firstContactDueAt,
      firstContactAt: r.firstContactAt,
      pastFirstContactTarget: r.firstContactAt === null && r.firstContactDueAt < nowIso,
      closurePending: r.closurePending === 1,
      version: r.version,
    })),
  };
}

/** The caseload as the signed-in person may see it. A page with names is a read of those children's records. */
export function listCaseload(db: Db, params: { user: CurrentUser; portal: string; input: CaseListParams['input']; now: Date }): CasePage {
  const scope = caseScopeOf(params.user);
  const page = listCases(db, { scope, input: params.input, now: params.now });
  if (identifiesChildren(scope) && page.items.length > 0) {
    appendReadAudit(db, { actorId: params.user.id, portal: params.portal, action: 'case.list', entity: 'case', detail: { ids: page.items.map((c) => c.id) } }, params.now);
  }
  return page;
}

/** A case reference: KR-<year>-<six-digit sequence within the year>. */
export const caseReference = (year: number, seq: number) => `KR-${year}-${String(seq).padStart(6, '0')}`;

function nextReference(db: Db, now: Date): string {
  const year = now.getUTCFullYear();
  const prefix = `KR-${year}-`;
  const last = db.select({ reference: cases.reference }).from(cases).where(like(cases.reference, `${prefix}%`)).orderBy(desc(cases.reference)).limit(1).get();
  const seq = last ? Number(last.reference.slice(prefix.length)) + 1 : 1;
  return caseReference(year, seq);
}

export type RegisterCaseParams = {
  input: CaseIntakeInput;
  actorId: string | null;
  assignedTo: string | null;
  now: Date;
  portal?: string;
  /** More facts for the registration's audit entry (the possible duplicates the person reviewed). */
  auditDetail?: Record<string, unknown>;
  /** The child joins this household (a sibling's) instead of a new one made from the input. */
  existingHousehold?: { id: string; villageCode: string };
};

/** The rows one registration writes: the child, the household and its members, the case. */
export function caseRegistrationRows(params: {
  input: CaseIntakeInput;
  communeCode: string;
  reference: string;
  actorId: string | null;
  assignedTo: string | null;
  at: string;
  newId: () => string;
  /** The child joins this household (a sibling's): no household or members are made from the input. */
  existingHouseholdId?: string | undefined;
}) {
  const { input, at, newId, existingHouseholdId } = params;
  const childId = newId();
  const householdId = existingHouseholdId ?? newId();
  const child: typeof children.$inferInsert = { id: childId, ...input.child, searchText: childSearchText(input.child), createdAt: at, updatedAt: at };
  const household: typeof households.$inferInsert | null = existingHouseholdId
    ? null
    : {
        id: householdId, villageCode: input.household.villageCode, communeCode: params.communeCode, idPoor: input.household.idPoor,
        incomeSources: input.household.incomeSources, address: input.household.address, createdAt: at, updatedAt: at,
      };
  const members: (typeof householdMembers.$inferInsert)[] = existingHouseholdId ? [] : input.household.members.map((m, position) => ({ id: newId(), householdId, ...m, position }));
  // Where the child lives, from registration on: moves close this stay and open another.
  const stay: typeof householdStays.$inferInsert = { id: newId(), householdId, childId, fromDate: at.slice(0, 10), reason: '', createdById: params.actorId, createdAt: at };
  const caseRow: typeof cases.$inferInsert = {
    id: newId(),
    reference: params.reference,
    childId,
    householdId,
    status: 'open',
    stage: 'registered',
    riskLevel: input.riskLevel,
    protectionConcerns: input.protectionConcerns,
    source: input.source,
    summary: input.summary,
    communeCode: params.communeCode,
    assignedTo: params.assignedTo,
    registeredBy: params.actorId,
    registeredAt: at,
    firstContactDueAt: firstContactDueAt(at, input.riskLevel),
    createdAt: at,
    updatedAt: at,
  };
  return { child, household, members, stay, case: caseRow };
}

/** The audit entry of a registration. */
export function caseRegistrationAudit(params: { caseId: string; reference: string; actorId: string | null; assignedTo: string | null; portal?: string; detail?: Record<string, unknown> }): AuditEntry {
  const { caseId, reference } = params;
  return { actorId: params.actorId, portal: params.portal ?? null, action: 'case.register', entity: 'case', entityId: caseId, caseId, detail: { reference, assignedTo: params.assignedTo, ...params.detail } };
}

/** Register a child, their household and the case in one transaction, with its audit entry. */
export function registerCase(db: Db, params: RegisterCaseParams): { caseId: string; reference: string } {
  const { input, now, existingHousehold } = params;
  const villageCode = existingHousehold?.villageCode ?? input.household.villageCode;
  const village = db.select().from(geoUnits).where(eq(geoUnits.code, villageCode)).get();
  if (!village || village.level !== 'village' || !village.parentCode) {
    throw new DomainError('INVALID', 'errors.unknownVillage', `Village ${villageCode} is not in the imported geography`, 'household.villageCode');
  }
  return inTransaction(db, (tx) => {
    const reference = nextReference(tx, now);
    const rows = caseRegistrationRows({
      input, communeCode: village.parentCode!, reference, actorId: params.actorId, assignedTo: params.assignedTo, at: now.toISOString(), newId: randomUUID,
      existingHouseholdId: existingHousehold?.id,
    });
    tx.insert(children).values(rows.child).run();
    if (rows.household) tx.insert(households).values(rows.household).run();
    for (const member of rows.members) tx.insert(householdMembers).values(member).run();
    tx.insert(householdStays).values(rows.stay).run();
    tx.insert(cases).values(rows.case).run();
    const caseId = rows.case.id;
    const detail = { ...(existingHousehold ? { existingHouseholdId: existingHousehold.id } : {}), ...params.auditDetail };
    appendAudit(tx, caseRegistrationAudit({ caseId, reference, actorId: params.actorId, assignedTo: params.assignedTo, portal: params.portal, detail }), now);
    return { caseId, reference };
  });
}

/**
 * The case row if the scope may see it. Out-of-scope cases answer NOT_FOUND, like missing ones,
 * so nobody learns that a case exists by probing ids.
 */
export function findCaseInScope(db: Db, scope: CaseScope, caseId: string): typeof cases.$inferSelect {
  const row = db.select().from(cases).where(and(eq(cases.id, caseId), caseScopeSql(scope))).get();
  if (!row) throw notFound('Case');
  return row;
}

export function countCases(db: Db): number {
  return db.select({ n: sql<number>`count(*)` }).from(cases).get()?.n ?? 0;
}
