import { describe, expect, it } from 'vitest';
import { caseScopeOf } from './scope';

const user = (role: Parameters<typeof caseScopeOf>[0]['role']) => ({ id: 'u1', role, communeCodes: ['020303'] });

describe('caseScopeOf', () => {
  it('gives each role its scope', () => {
    expect(caseScopeOf(user('admin'))).toEqual({ kind: 'all', identified: true });
    expect(caseScopeOf(user('analyst'))).toEqual({ kind: 'all', identified: false });
    expect(caseScopeOf(user('supervisor'))).toEqual({ kind: 'communes', communeCodes: ['020303'], identified: true });
    expect(caseScopeOf(user('caseworker'))).toEqual({ kind: 'own', userId: 'u1', identified: true });
    expect(caseScopeOf(user('hive_volunteer'))).toEqual({ kind: 'none' });
    expect(caseScopeOf(user('donor'))).toEqual({ kind: 'none' });
  });
});
