import { describe, expect, it } from 'vitest';
import { clearIntakeDraft, intakeDraftKey, readIntakeDraft, writeIntakeDraft, type DraftStorage } from './intake-draft';

/** A Storage with the browser's string-only behaviour. */
function memoryStorage(): DraftStorage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return { map, getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, String(v)), removeItem: (k) => void map.delete(k) };
}

describe('intake draft', () => {
  const key = intakeDraftKey('user-1', null);

  it('gives back what was typed and the commune chosen, then nothing once cleared', () => {
    const storage = memoryStorage();
    expect(readIntakeDraft(storage, key)).toBeNull();
    writeIntakeDraft(storage, key, { values: { child: { givenNameLatin: 'Dara' } }, communeCode: '020303' });
    expect(readIntakeDraft(storage, key)).toEqual({ values: { child: { givenNameLatin: 'Dara' } }, communeCode: '020303' });
    clearIntakeDraft(storage, key);
    expect(readIntakeDraft(storage, key)).toBeNull();
  });

  it('keeps one draft per person and per hive need', () => {
    expect(new Set([key, intakeDraftKey('user-2', null), intakeDraftKey('user-1', 'need-9')]).size).toBe(3);
  });

  it('ignores a broken or foreign value and a storage that refuses writes', () => {
    const storage = memoryStorage();
    storage.map.set(key, '{not json');
    expect(readIntakeDraft(storage, key)).toBeNull();
    storage.map.set(key, JSON.stringify({ values: ['x'] }));
    expect(readIntakeDraft(storage, key)).toBeNull();
    const full: DraftStorage = { ...storage, setItem: () => { throw new Error('QuotaExceededError'); } };
    expect(() => writeIntakeDraft(full, key, { values: {}, communeCode: null })).not.toThrow();
  });
});
