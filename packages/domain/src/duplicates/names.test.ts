import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { jaroWinkler } from './jaro-winkler';
import { normaliseKhmerName, romaniseKhmerName } from './khmer';
import { normaliseLatinName } from './latin';
import { nameSimilarity } from './names';

describe('jaroWinkler', () => {
  it('gives the textbook values', () => {
    expect(jaroWinkler('martha', 'marhta')).toBeCloseTo(0.961, 3);
    expect(jaroWinkler('dixon', 'dicksonx')).toBeCloseTo(0.813, 3);
    expect(jaroWinkler('abc', 'xyz')).toBe(0);
  });
  it('is symmetric, bounded, and 1 for equal strings (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
        const s = jaroWinkler(a, b);
        return s >= 0 && s <= 1 && s === jaroWinkler(b, a) && jaroWinkler(a, a) === 1;
      }),
    );
  });
});

describe('normalising names', () => {
  it('folds common romanisation variants of Khmer names', () => {
    const same = [
      ['Sok Dara', 'Sokh Darah'], ['Chan', 'Chann'], ['Srey', 'Srei'], ['Kim', 'Kimm'], ['Touch', 'Tuch'],
      ['Chea', 'Chia'], ['Chhun', 'Chun'], ['Ly', 'Lee'], ['Khiev', 'Kheav'], ['Phalla', 'Phala'],
    ];
    for (const [a, b] of same) expect(normaliseLatinName(a!), `${a} / ${b}`).toBe(normaliseLatinName(b!));
  });
  it('drops accents, "(demo)" notes, digits and punctuation', () => {
    expect(normaliseLatinName('  Sók-Dàra (demo) 2 ')).toBe('suk dara');
    expect(normaliseLatinName('Yim [test]')).toBe('yim');
  });
  it('drops zero-width spaces, coeng and marks from Khmer', () => {
    expect(normaliseKhmerName('សុខ\u200bដារា')).toBe(normaliseKhmerName('សុខដារា'));
    expect(normaliseKhmerName('ម៉ៅ')).toBe(normaliseKhmerName('មៅ'));
    expect(normaliseKhmerName('ចាន់')).toBe('ចាន');
    expect(normaliseKhmerName('ស្រី')).toBe('សរី');
  });
  it('romanises names made of common syllables, and only those', () => {
    expect(romaniseKhmerName('សុខ ដារា')).toBe('sok dara');
    expect(romaniseKhmerName('ស្រីពៅ')).toBe('sreypov');
    expect(romaniseKhmerName('ចាន់ សុភា')).toBe('chan sophea');
    expect(romaniseKhmerName('គឹម ឆេង')).toBeNull();
  });
});

describe('nameSimilarity', () => {
  it('matches spelling variants, swapped order and joined names', () => {
    expect(nameSimilarity('Sok Dara', 'Sokh Darah')).toBe(1);
    expect(nameSimilarity('Sok Dara', 'Dara Sok')).toBe(1);
    expect(nameSimilarity('Chan Sreypov', 'Chann Srey Pov')).toBe(1);
    expect(nameSimilarity('Chea Sophea (demo)', 'Chia Sopheah')).toBe(1);
    expect(nameSimilarity('Sok Vuth', 'Sok Voeuth')).toBeGreaterThan(0.85);
    expect(nameSimilarity('Vanna', 'Vannak')).toBeGreaterThan(0.9);
  });
  it('matches Khmer written with a zero-width space, marks typed differently, or a space', () => {
    expect(nameSimilarity('សុខ ដារា', 'សុខ\u200bដារា')).toBe(1);
    expect(nameSimilarity('ដារា', 'ដារ៉ា')).toBe(1);
    expect(nameSimilarity('ស្រីពៅ', 'ស្រី ពៅ')).toBe(1);
  });
  it('matches Khmer against Latin through common syllables', () => {
    expect(nameSimilarity('សុខ ដារា', 'Sokh Darah')).toBe(1);
    expect(nameSimilarity('Srey Pov', 'ស្រីពៅ')).toBe(1);
    expect(nameSimilarity('សុខ', 'Chan')).toBe(0);
    expect(nameSimilarity('គឹម ឆេង', 'Kim Cheng')).toBe(0);
  });
  it('keeps different names apart', () => {
    expect(nameSimilarity('Sok Dara', 'Chan Sophea')).toBeLessThan(0.7);
    expect(nameSimilarity('Kim Heng', 'Long Vanna')).toBeLessThan(0.6);
    expect(nameSimilarity('Dara', 'Sophea')).toBeLessThan(0.5);
    expect(nameSimilarity('សុខ ដារា', 'ចាន់ សុភា')).toBeLessThan(0.7);
    expect(nameSimilarity('', 'Sok')).toBe(0);
  });
  it('is symmetric and bounded (property)', () => {
    const name = fc.array(fc.constantFrom('Sok', 'Sokh', 'Dara', 'Chan', 'Srey', 'សុខ', 'ដារា', 'ស្រី', 'ពៅ', 'គឹម', 'x'), { minLength: 1, maxLength: 3 }).map((t) => t.join(' '));
    fc.assert(
      fc.property(name, name, (a, b) => {
        const s = nameSimilarity(a, b);
        return s >= 0 && s <= 1 && s === nameSimilarity(b, a) && nameSimilarity(a, a) === 1;
      }),
    );
  });
});
