import { describe, expect, it } from 'vitest';
import { hasOtherScript } from './schemas';

describe('hasOtherScript', () => {
  it('finds Latin letters in a Khmer name and Khmer in a Latin one', () => {
    expect(hasOtherScript('ដារា Dara', 'km')).toBe(true);
    expect(hasOtherScript('Sok ដារា', 'latin')).toBe(true);
    expect(hasOtherScript('Sokhà', 'km')).toBe(true);
  });
  it('leaves names in their own script alone, with digits, spaces and punctuation', () => {
    expect(hasOtherScript('សុខ ដារា', 'km')).toBe(false);
    expect(hasOtherScript('ដារា (២)', 'km')).toBe(false);
    expect(hasOtherScript("Sok Dara-Ly O'Neil", 'latin')).toBe(false);
    expect(hasOtherScript('', 'latin')).toBe(false);
  });
});
