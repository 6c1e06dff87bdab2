import { describe, expect, it } from 'vitest';
import { CasePlanInput } from './schemas';

const plan = (over: Record<string, unknown> = {}) => ({
  assessmentId: 'a1',
  goals: [
    {
      domain: 'shelter',
      goal: 'The family has a dry house',
      actions: [{ description: 'Repair the roof', who: 'Caseworker and uncle', dueDate: '2026-03-01' }],
    },
  ],
  reviewDate: '2026-06-01',
  ...over,
});

const issuesOf = (input: unknown) => CasePlanInput.safeParse(input).error?.issues ?? [];

describe("CasePlanInput and the child's views", () => {
  it("accepts the child's own views", () => {
    const parsed = CasePlanInput.parse(plan({ childViews: 'I want to live with my grandmother and go to school' }));
    expect(parsed.childViewsNotGivenReason).toBeNull();
    expect(parsed.goals[0]?.actions[0]?.doneOn).toBeNull();
  });
  it('accepts a recorded reason instead, such as a baby too young to speak', () => {
    expect(CasePlanInput.safeParse(plan({ childViewsNotGivenReason: 'too_young' })).success).toBe(true);
  });
  it('refuses a plan with neither views nor a reason, naming childViews', () => {
    const issues = issuesOf(plan({ childViews: '   ' }));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ path: ['childViews'], message: expect.stringMatching(/^Child's views: record the child's own views/) });
  });
  it('asks for a note when the reason is other', () => {
    expect(issuesOf(plan({ childViewsNotGivenReason: 'other' }))[0]?.path).toEqual(['childViewsNotGivenNote']);
    expect(issuesOf(plan({ childViewsNotGivenReason: 'other', childViewsNotGivenNote: 'Hospitalised' }))).toEqual([]);
  });
  it('refuses both views and a reason they were not given', () => {
    expect(issuesOf(plan({ childViews: 'I like school', childViewsNotGivenReason: 'refused' }))[0]?.path).toEqual(['childViewsNotGivenReason']);
  });
});

describe('CasePlanInput goals and actions', () => {
  it('requires who and a real due date for each action, naming them', () => {
    const input = plan({
      childViews: 'ok',
      goals: [{ domain: 'care', goal: 'g', actions: [{ description: 'd', who: '', dueDate: '2026-02-30' }] }],
    });
    const issues = issuesOf(input);
    expect(issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['goals.0.actions.0.who', 'Who does the action is required'],
      ['goals.0.actions.0.dueDate', 'Action due date is not a real date'],
    ]);
  });
  it('requires at least one goal, each with an action, and a review date', () => {
    expect(issuesOf(plan({ childViews: 'ok', goals: [] }))[0]?.message).toBe('Goals: add at least one goal');
    expect(issuesOf(plan({ childViews: 'ok', goals: [{ domain: 'care', goal: 'g', actions: [] }] }))[0]?.path).toEqual(['goals', 0, 'actions']);
    expect(issuesOf(plan({ childViews: 'ok', reviewDate: undefined }))[0]?.message).toMatch(/^Review date is required/);
  });
});
