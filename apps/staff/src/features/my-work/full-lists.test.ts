import { describe, expect, it } from 'vitest';
import { fullListHref } from './full-lists';

describe('fullListHref', () => {
  it('links a list to the full list of the same items, and only where the app has one', () => {
    expect(fullListHref('visits', { approver: false })).toBe('/follow-ups');
    expect(fullListHref('referrals', { approver: false })).toBe('/referrals');
    expect(fullListHref('hive-needs', { approver: true })).toBe('/needs');
    expect(fullListHref('approvals', { approver: true })).toBe('/approvals');
    expect(fullListHref('approvals', { approver: false })).toBeUndefined();
    expect(fullListHref('plan-actions', { approver: true })).toBeUndefined();
    expect(fullListHref('returned', { approver: false })).toBeUndefined();
  });
});
