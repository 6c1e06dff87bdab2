import { describe, expect, it } from 'vitest';
import { caseStages } from '../case/values';
import { DomainError } from '../errors';
import { assertStageChange, assertTransition, canTransition, nextStages, reopenCase, StageChangeInput } from './stages';

describe('stage transitions', () => {
  it('walks the workflow forward one stage at a time', () => {
    expect(nextStages('registered')).toEqual(['assessment']);
    expect(nextStages('assessment')).toEqual(['case_plan']);
    expect(nextStages('case_plan')).toEqual(['implementation']);
    expect(nextStages('implementation')).toEqual(['review']);
    expect(nextStages('review')).toEqual(expect.arrayContaining(['case_plan', 'implementation', 'closure']));
  });
  it('refuses skipping stages with a stage-transition error naming the field', () => {
    for (const [from, to] of [['registered', 'case_plan'], ['assessment', 'closure'], ['implementation', 'closure'], ['closure', 'registered']] as const) {
      expect(canTransition(from, to)).toBe(false);
      try {
        assertTransition(from, to);
        expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(DomainError);
        expect(e).toMatchObject({ code: 'INVALID', messageKey: 'errors.stageTransition', field: 'stage' });
      }
    }
  });
  it('never allows staying in place or going back to registered', () => {
    for (const s of caseStages) {
      expect(canTransition(s, s)).toBe(false);
      expect(canTransition(s, 'registered')).toBe(false);
    }
  });
  it('moves only open cases', () => {
    expect(() => assertStageChange({ status: 'open', stage: 'review' }, 'closure')).not.toThrow();
    expect(() => assertStageChange({ status: 'closed', stage: 'review' }, 'closure')).toThrow(/reopen/);
  });
  it('reopens a closed case at assessment, and nothing else', () => {
    expect(reopenCase({ status: 'closed', stage: 'closure' })).toEqual({ status: 'open', stage: 'assessment' });
    expect(() => reopenCase({ status: 'open', stage: 'review' })).toThrow(expect.objectContaining({ messageKey: 'errors.reopenNotClosed' }));
    expect(() => reopenCase({ status: 'duplicate', stage: 'registered' })).toThrow(DomainError);
  });
  it('names the stage field in an invalid input', () => {
    const r = StageChangeInput.safeParse({ to: 'finished' });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['to']);
    expect(r.error?.issues[0]?.message).toMatch(/^Stage: choose one of registered/);
  });
});
