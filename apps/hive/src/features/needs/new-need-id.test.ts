import { describe, expect, it } from 'vitest';
import { HiveNeedFields } from '@kruosar/domain';
import { newNeedId } from './new-need-id';

const uuidV4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('newNeedId', () => {
  it('makes a version-4 UUID without crypto.randomUUID (plain http)', () => {
    const ids = new Set(Array.from({ length: 200 }, () => newNeedId({ getRandomValues: (a) => crypto.getRandomValues(a) })));
    expect(ids.size).toBe(200);
    for (const id of ids) expect(id).toMatch(uuidV4);
    expect(HiveNeedFields.shape.id.safeParse([...ids][0]).success).toBe(true);
  });
  it('uses crypto.randomUUID where the browser has it', () => {
    expect(newNeedId({ getRandomValues: (a) => a, randomUUID: () => '00000000-0000-4000-8000-000000000000' })).toBe('00000000-0000-4000-8000-000000000000');
  });
});
