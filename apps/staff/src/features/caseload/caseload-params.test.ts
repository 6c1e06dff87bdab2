import { describe, expect, it } from 'vitest';
import { CaseListInput } from '@kruosar/domain';
import {
  defaultCaseloadParams,
  filterBy,
  filterKey,
  hasFilters,
  readCaseloadParams,
  sortBy,
  toCaseListInput,
  writeCaseloadParams,
} from './caseload-params';

describe('caseload address', () => {
  it('round-trips search, filters, sort and page', () => {
    const params = { ...defaultCaseloadParams, page: 3, search: 'សុខ', stage: 'assessment', riskLevel: 'high', communeCode: '020101', assignedToId: 'user-7', overdueOnly: true, sort: 'reference', direction: 'asc' } as const;
    expect(readCaseloadParams(new URLSearchParams(writeCaseloadParams(params)))).toEqual(params);
  });
  it('keeps the plain caseload address empty', () => {
    expect(writeCaseloadParams(defaultCaseloadParams)).toBe('');
  });
  it('ignores values someone typed into the address by hand', () => {
    const params = readCaseloadParams(new URLSearchParams('page=-2&stage=nonsense&risk=HIGH&commune=12&worker=%3Cscript%3E&sort=password&dir=up'));
    expect(params).toEqual(defaultCaseloadParams);
  });
});

describe('sorting and filtering', () => {
  it('flips the direction of the current column and starts a new one in its natural direction', () => {
    const byRef = sortBy({ ...defaultCaseloadParams, page: 4 }, 'reference');
    expect(byRef).toMatchObject({ sort: 'reference', direction: 'asc', page: 1 });
    expect(sortBy(byRef, 'reference').direction).toBe('desc');
    expect(sortBy(byRef, 'registeredAt').direction).toBe('desc');
  });
  it('goes back to page 1 when a filter changes', () => {
    const filtered = filterBy({ ...defaultCaseloadParams, page: 5 }, { riskLevel: 'low' });
    expect(filtered.page).toBe(1);
    expect(hasFilters(filtered)).toBe(true);
    expect(hasFilters(defaultCaseloadParams)).toBe(false);
  });
});

describe('filterKey', () => {
  it('changes with a filter, not with the page or the order', () => {
    const key = filterKey(defaultCaseloadParams);
    expect(filterKey({ ...defaultCaseloadParams, page: 3, sort: 'reference', direction: 'asc' })).toBe(key);
    expect(filterKey({ ...defaultCaseloadParams, assignedToId: 'none' })).not.toBe(key);
    expect(filterKey({ ...defaultCaseloadParams, search: 'sok ' })).toBe(filterKey({ ...defaultCaseloadParams, search: 'sok' }));
  });
});

describe('toCaseListInput', () => {
  it('produces input the API schema accepts, without empty filters', () => {
    const input = toCaseListInput({ ...defaultCaseloadParams, search: '  ', overdueOnly: false });
    expect(input.search).toBeUndefined();
    expect(input.overdueOnly).toBeUndefined();
    expect(CaseListInput.safeParse(input).success).toBe(true);
  });
});
