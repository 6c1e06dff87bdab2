import { describe, expect, it } from 'vitest';
import { childSearchText } from './cases';

const child = { familyNameLatin: 'Sok', givenNameLatin: 'Dara', familyNameKm: 'សុខ', givenNameKm: 'តារា' };

describe('childSearchText', () => {
  it('matches the Latin name in either order and the Khmer name as written', () => {
    const text = childSearchText(child);
    for (const term of ['sok dara', 'dara sok', 'សុខតារា', 'តារា']) expect(text).toContain(term);
  });

  it('names each part once per order, not the given name twice in a row', () => {
    expect(childSearchText(child)).not.toContain('dara dara');
  });
});
