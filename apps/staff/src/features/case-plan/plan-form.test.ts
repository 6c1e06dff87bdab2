import { describe, expect, it } from 'vitest';
import { planToSave } from './plan-form';

describe('planToSave', () => {
  it('updates the plan a first save created when the submit after it was refused', () => {
    expect(planToSave(null, { id: 'p1', version: 0 })).toEqual({ id: 'p1', version: 0 });
  });
  it('creates a plan only when there is neither a draft nor a save', () => {
    expect(planToSave(null, null)).toBeNull();
  });
  it('takes the newer of the draft read and the form\'s own save of it', () => {
    expect(planToSave({ id: 'p1', version: 2 }, { id: 'p1', version: 3 })).toEqual({ id: 'p1', version: 3 });
    expect(planToSave({ id: 'p1', version: 4 }, { id: 'p1', version: 3 })).toEqual({ id: 'p1', version: 4 });
    expect(planToSave({ id: 'p2', version: 0 }, { id: 'p1', version: 3 })).toEqual({ id: 'p2', version: 0 });
  });
});
