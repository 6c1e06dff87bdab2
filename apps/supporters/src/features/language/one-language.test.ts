import { describe, expect, it } from 'vitest';
import { languageOfText } from './one-language';

describe('languageOfText', () => {
  it('is Khmer when the text has Khmer letters, English otherwise', () => {
    expect(languageOfText('ជួយអានសៀវភៅជាមួយកុមារ')).toBe('km');
    expect(languageOfText('Reading club (demo) ក្លឹបអាន')).toBe('km');
    expect(languageOfText('Reading club at the community centre (demo)')).toBe('en');
    expect(languageOfText('')).toBe('en');
  });
});
