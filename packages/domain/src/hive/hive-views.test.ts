import { describe, expect, it } from 'vitest';
import { progressTo2032 } from './independence';
import { IndependenceProgressShape, hiveScopeOf, isCommuneInHiveScope } from './hive-views';

describe('hiveScopeOf', () => {
  const user = (role: Parameters<typeof hiveScopeOf>[0]['role']) => ({ role, communeCodes: ['020303'] });
  it('lets admins and analysts read every hive, analysts without names', () => {
    expect(hiveScopeOf(user('admin'))).toEqual({ communeCodes: 'all', identified: true });
    expect(hiveScopeOf(user('analyst'))).toEqual({ communeCodes: 'all', identified: false });
  });
  it('keeps supervisors and caseworkers to their communes', () => {
    for (const role of ['supervisor', 'caseworker'] as const) {
      const scope = hiveScopeOf(user(role));
      expect(isCommuneInHiveScope(scope, '020303')).toBe(true);
      expect(isCommuneInHiveScope(scope, '020804')).toBe(false);
    }
  });
  it('gives other roles nothing', () => {
    expect(isCommuneInHiveScope(hiveScopeOf(user('hive_volunteer')), '020303')).toBe(false);
  });
});

describe('IndependenceProgressShape', () => {
  it('accepts every answer progressTo2032 gives', () => {
    const history = [{ date: '2025-01-01', index: 20 }, { date: '2026-01-01', index: 40 }];
    for (const answer of [progressTo2032([], '2026-06-01'), progressTo2032(history, '2026-06-01'), progressTo2032([{ date: '2026-01-01', index: 100 }], '2026-06-01')]) {
      expect(IndependenceProgressShape.parse(answer)).toEqual(answer);
    }
  });
});
