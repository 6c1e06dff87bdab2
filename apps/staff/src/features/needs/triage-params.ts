// The triage queue's filters and page, kept in the address so Back from a need returns to the same list.
import { needStatuses, type NeedStatus } from '@kruosar/domain';

/** "open" is what still waits for a decision (the default), "all" every status, or one status. */
export type StatusFilter = 'open' | 'all' | NeedStatus;
export const statusFilters: readonly StatusFilter[] = ['open', 'all', ...needStatuses];

export type TriageParams = { page: number; communeCode: string | null; status: StatusFilter };

export const TRIAGE_PAGE_SIZE = 25;

export function readTriageParams(query: URLSearchParams): TriageParams {
  const page = Number(query.get('page'));
  const commune = query.get('commune');
  const status = query.get('status');
  return {
    page: Number.isInteger(page) && page >= 1 ? page : 1,
    communeCode: commune && /^\d{6}$/.test(commune) ? commune : null,
    status: status && (statusFilters as readonly string[]).includes(status) ? (status as StatusFilter) : 'open',
  };
}

/** Only what differs from the defaults, so a plain /needs stays plain. */
export function writeTriageParams(params: TriageParams): URLSearchParams {
  const query = new URLSearchParams();
  if (params.communeCode) query.set('commune', params.communeCode);
  if (params.status !== 'open') query.set('status', params.status);
  if (params.page > 1) query.set('page', String(params.page));
  return query;
}

/** The statuses to ask the server for. */
export function statusesOf(filter: StatusFilter): NeedStatus[] | undefined {
  if (filter === 'all') return undefined;
  return filter === 'open' ? ['received', 'triaged'] : [filter];
}
