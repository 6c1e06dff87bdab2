// Every case matching the caseload's filters, read page by page (the list answers at most 200 a page).
import type { SelectedCase } from './case-selection';

export const MATCHING_PAGE_SIZE = 200;

type Page = { items: SelectedCase[]; total: number };

/**
 * Reads pages until `total` cases are in hand (or a page comes back short, when cases left the filters
 * meanwhile). Several pages are asked at once after the first, which tells how many there are.
 */
export async function readMatchingCases(
  fetchPage: (page: number) => Promise<Page>,
  onProgress: (done: number, total: number) => void = () => {},
  parallel = 4,
): Promise<SelectedCase[]> {
  const first = await fetchPage(1);
  const byId = new Map(first.items.map((c) => [c.id, c] as const));
  const pages = Math.ceil(first.total / MATCHING_PAGE_SIZE);
  onProgress(byId.size, first.total);
  for (let start = 2; start <= pages; start += parallel) {
    const numbers = Array.from({ length: Math.min(parallel, pages - start + 1) }, (_, i) => start + i);
    const results = await Promise.all(numbers.map(fetchPage));
    for (const result of results) for (const c of result.items) byId.set(c.id, { id: c.id, communeCode: c.communeCode });
    onProgress(byId.size, first.total);
    if (results.some((r) => r.items.length < MATCHING_PAGE_SIZE)) break;
  }
  return [...byId.values()].map((c) => ({ id: c.id, communeCode: c.communeCode }));
}
