import { describe, expect, it } from 'vitest';
import { excerpt } from './excerpt';

describe('excerpt', () => {
  it('keeps a short text whole', () => {
    expect(excerpt('Home again.', 50, 'en')).toBe('Home again.');
  });
  it('cuts English between words', () => {
    expect(excerpt('Lotus now walks to school with her cousins.', 20, 'en')).toBe('Lotus now walks to…');
  });
  it('never splits a Khmer cluster (a vowel sign stays with its consonant)', () => {
    const text = 'ផ្កាយ បានរស់នៅក្នុងមជ្ឈមណ្ឌលកុមារអស់រយៈពេលពីរឆ្នាំ';
    const cut = excerpt(text, 12, 'km');
    expect(cut.endsWith('…')).toBe(true);
    const kept = cut.slice(0, -1);
    expect(text.startsWith(kept)).toBe(true);
    // The next character is not a dependent vowel or sign that belonged to the last consonant kept.
    expect(/^[\u17B6-\u17D3]/.test(text.slice(kept.length))).toBe(false);
  });
});
