import { describe, expect, it } from 'vitest';
import { isSelected, pageState, selectedCount, toggleCase, togglePage, type CaseSelection } from './case-selection';

const row = (id: string) => ({ id, communeCode: '020303' });
const page = [row('a'), row('b'), row('c')];
const none: CaseSelection = { mode: 'some', cases: new Map() };

describe('case selection', () => {
  it('ticks a whole page, then unticks it', () => {
    const all = togglePage(none, page);
    expect(selectedCount(all)).toBe(3);
    expect(pageState(all, page)).toBe(true);
    expect(selectedCount(togglePage(all, page))).toBe(0);
  });
  it('shows a partly ticked page as indeterminate and keeps ticks from other pages', () => {
    const one = toggleCase(togglePage(none, [row('x'), row('y')]), row('a'), page);
    expect(pageState(one, page)).toBe('indeterminate');
    expect(selectedCount(one)).toBe(3);
  });
  it('counts every matching case in "all" mode, and unticking one keeps the rest of the page', () => {
    const all: CaseSelection = { mode: 'all', total: 1234 };
    expect(selectedCount(all)).toBe(1234);
    expect(isSelected(all, 'anything')).toBe(true);
    const less = toggleCase(all, row('b'), page);
    expect(less.mode).toBe('some');
    expect(selectedCount(less)).toBe(2);
    expect(isSelected(less, 'b')).toBe(false);
  });
});
