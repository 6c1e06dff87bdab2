import { describe, expect, it } from 'vitest';
import type { CsiScores } from '../assessment/schemas';
import { csiDomains, type CsiDomain } from '../assessment/values';
import { DomainError } from '../errors';
import { assertActionsNotOverdue, assertPlanCoversWeakDomains, planActionStatuses, planReviewStatus, uncoveredWeakDomains } from './rules';

const assessment = (over: Partial<Record<CsiDomain, number>>) => ({
  scores: Object.fromEntries(csiDomains.map((d) => [d, { score: over[d] ?? 3, reason: 'r' }])) as CsiScores,
});

describe('assertPlanCoversWeakDomains', () => {
  const weak = assessment({ shelter: 1, education_work: 2, care: 3 });
  it('passes when every weak domain has a goal', () => {
    expect(() => assertPlanCoversWeakDomains({ goals: [{ domain: 'education_work' }, { domain: 'shelter' }, { domain: 'care' }] }, weak)).not.toThrow();
  });
  it('names the weak domains left without a goal', () => {
    expect(uncoveredWeakDomains({ goals: [{ domain: 'shelter' }] }, weak)).toEqual(['education_work']);
    try {
      assertPlanCoversWeakDomains({ goals: [{ domain: 'care' }] }, weak);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DomainError);
      expect(e).toMatchObject({ code: 'INVALID', messageKey: 'errors.planMissingWeakDomains', field: 'goals' });
      expect((e as Error).message).toContain('shelter, education_work');
    }
  });
});

describe('plan dates', () => {
  it('gives each action its status', () => {
    const plan = {
      goals: [
        {
          actions: [
            { description: 'a', who: 'w', dueDate: '2026-03-01', doneOn: null },
            { description: 'b', who: 'w', dueDate: '2026-03-01', doneOn: '2026-02-20' },
          ],
        },
        { actions: [{ description: 'c', who: 'w', dueDate: '2026-03-20', doneOn: null }] },
      ],
    };
    expect(planActionStatuses(plan, '2026-03-05').map((a) => [a.goalIndex, a.actionIndex, a.status])).toEqual([
      [0, 0, 'overdue'],
      [0, 1, 'done'],
      [1, 0, 'upcoming'],
    ]);
  });
  it('flags a review date coming up within a week', () => {
    expect(planReviewStatus({ reviewDate: '2026-06-01' }, null, '2026-05-28')).toBe('due');
    expect(planReviewStatus({ reviewDate: '2026-06-01' }, null, '2026-06-02')).toBe('overdue');
  });
});

describe('assertActionsNotOverdue', () => {
  const plan = (dueDate: string, doneOn: string | null = null) => ({
    goals: [{ actions: [{ description: 'd', who: 'w', dueDate: '2026-12-01', doneOn: null }] }, { actions: [{ description: 'd', who: 'w', dueDate, doneOn }] }],
  });
  it('refuses an action still to do that is due before today, naming where it is', () => {
    expect(() => assertActionsNotOverdue(plan('2026-11-20'), '2026-11-21')).toThrow(
      expect.objectContaining({ messageKey: 'errors.actionDueInPast', field: 'goals.1.actions.0.dueDate' }),
    );
  });
  it('accepts today, later days, and a done action with a past date', () => {
    expect(() => assertActionsNotOverdue(plan('2026-11-21'), '2026-11-21')).not.toThrow();
    expect(() => assertActionsNotOverdue(plan('2026-10-01', '2026-10-01'), '2026-11-21')).not.toThrow();
  });
});
