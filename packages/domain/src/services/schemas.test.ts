import { describe, expect, it } from 'vitest';
import { isDeliveredByToday, ServiceInput } from './schemas';

const service = { type: 'counselling', deliveredOn: '2026-02-03', provider: 'Kruosar counsellor', outcome: 'ongoing' };

describe('ServiceInput', () => {
  it('accepts a delivered service', () => {
    expect(ServiceInput.parse(service)).toEqual({ ...service, typeOther: '', notes: '' });
  });
  it('names each missing or wrong field', () => {
    const issues = ServiceInput.safeParse({ type: 'massage', deliveredOn: '3 Feb', provider: ' ' }).error?.issues ?? [];
    expect(Object.fromEntries(issues.map((i) => [i.path.join('.'), i.message]))).toEqual({
      type: expect.stringMatching(/^Service type: choose one of family_tracing/),
      deliveredOn: 'Service date: use the date format yyyy-mm-dd',
      provider: 'Service provider is required',
      outcome: expect.stringMatching(/^Service outcome: choose one of/),
    });
  });
  it('asks what an "other" service was', () => {
    expect(ServiceInput.safeParse({ ...service, type: 'other' }).error?.issues[0]?.path).toEqual(['typeOther']);
    expect(ServiceInput.safeParse({ ...service, type: 'other', typeOther: 'Bicycle for school' }).success).toBe(true);
  });
  it('knows a service dated tomorrow has not happened yet', () => {
    expect(isDeliveredByToday({ deliveredOn: '2026-02-03' }, '2026-02-03')).toBe(true);
    expect(isDeliveredByToday({ deliveredOn: '2026-02-04' }, '2026-02-03')).toBe(false);
  });
});
