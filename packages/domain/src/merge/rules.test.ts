import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors';
import { assertUndoSafe, mergeBlock, mergeConflicts, planFieldDecisions, repointKey, sameMergeValue, undoProblems, valuesBeforeMerge, type UndoState } from './rules';

const a = { familyNameKm: 'សុខ', givenNameKm: 'ដារា', familyNameLatin: 'Sok', givenNameLatin: 'Dara', sex: 'female', dateOfBirth: '2015-03-01', dateOfBirthEstimated: false, disability: 'none', schoolStatus: 'enrolled', birthRegistration: 'registered', photoConsent: false, notes: '' };
const b = { ...a, familyNameLatin: 'Sokh', dateOfBirth: '2015-03-10', dateOfBirthEstimated: true };

describe('mergeConflicts', () => {
  it('lists the differing fields in screen order', () => {
    expect(mergeConflicts('child', a, b)).toEqual(['familyNameLatin', 'dateOfBirth', 'dateOfBirthEstimated']);
    expect(mergeConflicts('child', a, { ...a })).toEqual([]);
  });
  it('compares income sources as sets', () => {
    expect(sameMergeValue(['farming', 'fishing'], ['fishing', 'farming'])).toBe(true);
    expect(mergeConflicts('household', { villageCode: 'v', idPoor: 'level_1', incomeSources: ['farming'], address: '' }, { villageCode: 'v', idPoor: 'level_1', incomeSources: ['farming', 'none'], address: '' })).toEqual(['incomeSources']);
  });
});

describe('mergeBlock', () => {
  const pair = { kind: 'child' as const, survivorId: 'a', mergedId: 'b', survivorMergedInto: null, mergedMergedInto: null };
  it('allows two live records', () => expect(mergeBlock(pair)).toBeNull());
  it('refuses a record with itself, a tombstone, and two households with carers', () => {
    expect(mergeBlock({ ...pair, mergedId: 'a' })?.messageKey).toBe('errors.mergeSameRecord');
    expect(mergeBlock({ ...pair, mergedMergedInto: 'c' })?.messageKey).toBe('errors.mergeAlreadyMerged');
    expect(mergeBlock({ ...pair, survivorMergedInto: 'c' })?.messageKey).toBe('errors.mergeAlreadyMerged');
    expect(mergeBlock({ ...pair, kind: 'household', bothHaveCarer: true })?.messageKey).toBe('errors.mergeTwoCarers');
    expect(mergeBlock({ ...pair, bothHaveCarer: true })).toBeNull();
  });
});

describe('planFieldDecisions', () => {
  it('sets the chosen merged values and records every decision with the value set aside', () => {
    const plan = planFieldDecisions('child', a, b, { familyNameLatin: 'survivor', dateOfBirth: 'merged', dateOfBirthEstimated: 'merged' });
    expect(plan.set).toEqual({ dateOfBirth: '2015-03-10', dateOfBirthEstimated: true });
    expect(plan.decisions).toEqual([
      { field: 'familyNameLatin', kept: 'Sok', discarded: 'Sokh', from: 'survivor' },
      { field: 'dateOfBirth', kept: '2015-03-10', discarded: '2015-03-01', from: 'merged' },
      { field: 'dateOfBirthEstimated', kept: true, discarded: false, from: 'merged' },
    ]);
    expect(valuesBeforeMerge(plan.decisions)).toEqual({ dateOfBirth: '2015-03-01', dateOfBirthEstimated: false });
  });
  it('refuses a differing field left without a choice', () => {
    expect(() => planFieldDecisions('child', a, b, { familyNameLatin: 'survivor', dateOfBirth: 'merged' })).toThrow(
      expect.objectContaining({ messageKey: 'errors.mergeChooseEveryField', field: 'choices.dateOfBirthEstimated' }),
    );
  });
});

describe('undo safety', () => {
  const row = { table: 'cases', rowId: 'k1', column: 'child_id', oldValue: 'b' };
  const base: UndoState = {
    undoneAt: null,
    decisions: [{ field: 'dateOfBirth', kept: '2015-03-10', discarded: '2015-03-01', from: 'merged' }],
    repointed: [row],
    current: new Map([[repointKey(row), 'a']]),
    survivorId: 'a',
    survivorValues: { ...a, dateOfBirth: '2015-03-10' },
    mergedIsTombstone: true,
    laterMerges: 0,
  };
  it('is safe when nothing changed since', () => {
    expect(undoProblems(base)).toEqual([]);
    expect(() => assertUndoSafe(base)).not.toThrow();
  });
  it('refuses a moved row, a removed row, an edited field, a later merge and an undone merge', () => {
    expect(undoProblems({ ...base, current: new Map([[repointKey(row), 'z']]) })).toHaveLength(1);
    expect(undoProblems({ ...base, current: new Map() })).toHaveLength(1);
    expect(undoProblems({ ...base, survivorValues: { ...a, dateOfBirth: '2016-01-01' } })[0]).toContain('dateOfBirth');
    expect(undoProblems({ ...base, laterMerges: 1 })).toHaveLength(1);
    expect(undoProblems({ ...base, mergedIsTombstone: false })).toHaveLength(1);
    expect(() => assertUndoSafe({ ...base, laterMerges: 1 })).toThrow(expect.objectContaining({ messageKey: 'errors.mergeUndoUnsafe' }));
    expect(() => assertUndoSafe({ ...base, undoneAt: '2026-01-01' })).toThrow(DomainError);
    expect(() => assertUndoSafe({ ...base, undoneAt: '2026-01-01' })).toThrow(expect.objectContaining({ messageKey: 'errors.mergeAlreadyUndone' }));
  });
  it('ignores fields the survivor kept its own value for', () => {
    expect(undoProblems({ ...base, decisions: [{ field: 'familyNameLatin', kept: 'Sok', discarded: 'Sokh', from: 'survivor' }], survivorValues: { ...a, familyNameLatin: 'Changed' } })).toEqual([]);
  });
});
