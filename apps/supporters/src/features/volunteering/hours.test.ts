import { describe, expect, it } from 'vitest';
import { parseHours } from './hours';

describe('parseHours', () => {
  it('reads quarters of an hour, in Latin or Khmer digits, with a point or a comma', () => {
    expect(parseHours('3')).toBe(3);
    expect(parseHours(' 2.75 ')).toBe(2.75);
    expect(parseHours('១,៥')).toBe(1.5);
  });
  it('refuses what the server would refuse', () => {
    expect(parseHours('')).toBeNull();
    expect(parseHours('0')).toBeNull();
    expect(parseHours('1.1')).toBeNull();
    expect(parseHours('25')).toBeNull();
    expect(parseHours('-1')).toBeNull();
    expect(parseHours('two')).toBeNull();
  });
});
