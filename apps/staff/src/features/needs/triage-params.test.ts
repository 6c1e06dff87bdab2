import { describe, expect, it } from 'vitest';
import { readTriageParams, statusesOf, writeTriageParams } from './triage-params';

describe('triage queue parameters', () => {
  it('default to the open needs of every commune, first page', () => {
    expect(readTriageParams(new URLSearchParams(''))).toEqual({ page: 1, communeCode: null, status: 'open' });
    expect(writeTriageParams({ page: 1, communeCode: null, status: 'open' }).toString()).toBe('');
  });

  it('round-trip through the address and ignore what was edited into nonsense', () => {
    const params = { page: 3, communeCode: '020303', status: 'resolved' as const };
    expect(readTriageParams(writeTriageParams(params))).toEqual(params);
    expect(readTriageParams(new URLSearchParams('page=-2&commune=02&status=deleted'))).toEqual({ page: 1, communeCode: null, status: 'open' });
  });

  it('ask for received and triaged when open, nothing when all', () => {
    expect(statusesOf('open')).toEqual(['received', 'triaged']);
    expect(statusesOf('all')).toBeUndefined();
    expect(statusesOf('referred')).toEqual(['referred']);
  });
});
