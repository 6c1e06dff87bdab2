import { describe, expect, it } from 'vitest';
import { parseQuarter, quarterWords } from './quarter';

describe('quarters', () => {
  it('reads yyyy-Qn and nothing else', () => {
    expect(parseQuarter('2026-Q3')).toEqual({ year: 2026, number: 3 });
    expect(parseQuarter('2026-Q5')).toBeNull();
    expect(parseQuarter('Q3 2026')).toBeNull();
  });
  it('writes the year without grouping', () => {
    expect(quarterWords('2032-Q1', 'en')).toEqual({ year: '2032', number: '1' });
    expect(quarterWords('2032-Q1', 'km')).toEqual({ year: '2032', number: '1' });
  });
});
