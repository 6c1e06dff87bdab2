// The caseload's search, filters, sort and page, kept in the address so Back and reload keep them.
import { caseSortKeys, caseStages, riskLevels, type CaseListInput, type CaseStage, type RiskLevel } from '@kruosar/domain';

export type CaseSortKey = (typeof caseSortKeys)[number];
export type SortDirection = 'asc' | 'desc';

export type CaseloadParams = {
  page: number;
  search: string;
  stage: CaseStage | null;
  riskLevel: RiskLevel | null;
  communeCode: string | null;
  /** The supervisor's team view: one caseworker's cases, or 'none' for cases nobody has yet. */
  assignedToId: string | null;
  overdueOnly: boolean;
  sort: CaseSortKey;
  direction: SortDirection;
};

export const CASELOAD_PAGE_SIZE = 25;

export const defaultCaseloadParams: CaseloadParams = {
  page: 1,
  search: '',
  stage: null,
  riskLevel: null,
  communeCode: null,
  assignedToId: null,
  overdueOnly: false,
  sort: 'registeredAt',
  direction: 'desc',
};

/** The direction a column sorts in when first chosen: newest, highest risk, A to Z. */
export const firstDirection: Record<CaseSortKey, SortDirection> = {
  registeredAt: 'desc',
  updatedAt: 'desc',
  riskLevel: 'asc', // the server orders risk high -> low ascending
  reference: 'asc',
  childName: 'asc',
};

const oneOf = <T extends string>(list: readonly T[], value: string | null): T | null =>
  value !== null && (list as readonly string[]).includes(value) ? (value as T) : null;

/** Read the address; anything malformed (an edited URL) falls back to its default. */
export function readCaseloadParams(query: URLSearchParams): CaseloadParams {
  const page = Number(query.get('page'));
  const commune = query.get('commune');
  const worker = query.get('worker');
  return {
    page: Number.isInteger(page) && page >= 1 ? page : 1,
    search: (query.get('q') ?? '').slice(0, 100),
    stage: oneOf(caseStages, query.get('stage')),
    riskLevel: oneOf(riskLevels, query.get('risk')),
    communeCode: commune && /^\d{6}$/.test(commune) ? commune : null,
    assignedToId: worker && /^[\w-]{1,64}$/.test(worker) ? worker : null,
    overdueOnly: query.get('overdue') === '1',
    sort: oneOf(caseSortKeys, query.get('sort')) ?? defaultCaseloadParams.sort,
    direction: oneOf(['asc', 'desc'] as const, query.get('dir')) ?? defaultCaseloadParams.direction,
  };
}

/** Write only what differs from the defaults, so a plain caseload has a plain address. */
export function writeCaseloadParams(params: CaseloadParams): string {
  const query = new URLSearchParams();
  if (params.search.trim()) query.set('q', params.search.trim());
  if (params.stage) query.set('stage', params.stage);
  if (params.riskLevel) query.set('risk', params.riskLevel);
  if (params.communeCode) query.set('commune', params.communeCode);
  if (params.assignedToId) query.set('worker', params.assignedToId);
  if (params.overdueOnly) query.set('overdue', '1');
  if (params.sort !== defaultCaseloadParams.sort || params.direction !== defaultCaseloadParams.direction) {
    query.set('sort', params.sort);
    query.set('dir', params.direction);
  }
  if (params.page > 1) query.set('page', String(params.page));
  return query.toString();
}

/** The API's caseload input: the domain's list input plus the team filter. */
export type CaseloadInput = CaseListInput & { assignedToId?: string };

export function toCaseListInput(params: CaseloadParams): CaseloadInput {
  return {
    page: params.page,
    pageSize: CASELOAD_PAGE_SIZE,
    search: params.search.trim() || undefined,
    stage: params.stage ?? undefined,
    riskLevel: params.riskLevel ?? undefined,
    communeCode: params.communeCode ?? undefined,
    assignedToId: params.assignedToId ?? undefined,
    overdueOnly: params.overdueOnly || undefined,
    sort: params.sort,
    direction: params.direction,
  };
}

/** Clicking a column: the same one flips direction, another starts in its natural direction. */
export function sortBy(params: CaseloadParams, key: CaseSortKey): CaseloadParams {
  const direction = params.sort === key ? (params.direction === 'asc' ? 'desc' : 'asc') : firstDirection[key];
  return { ...params, sort: key, direction, page: 1 };
}

/** Any change of search or filter starts again at page 1. */
export function filterBy(params: CaseloadParams, change: Partial<Omit<CaseloadParams, 'page'>>): CaseloadParams {
  return { ...params, ...change, page: 1 };
}

export function hasFilters(params: CaseloadParams): boolean {
  return Boolean(params.search.trim() || params.stage || params.riskLevel || params.communeCode || params.assignedToId || params.overdueOnly);
}

/** What a bulk selection belongs to: the filters, not the page or the order. */
export function filterKey(params: CaseloadParams): string {
  const { page: _page, sort: _sort, direction: _direction, ...filters } = params;
  return JSON.stringify({ ...filters, search: filters.search.trim() });
}
