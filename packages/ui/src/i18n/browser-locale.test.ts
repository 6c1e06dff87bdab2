import { describe, expect, it } from 'vitest';
import { browserLocale } from './init-core';

describe('browserLocale', () => {
  it('takes the first preferred language a portal speaks, by primary subtag', () => {
    expect(browserLocale(['km-KH', 'en'])).toBe('km');
    expect(browserLocale(['KM'])).toBe('km');
    expect(browserLocale(['fr', 'en-GB', 'km'])).toBe('en');
    expect(browserLocale(['th', 'km'])).toBe('km');
  });
  it('gives null when none is spoken, or nothing is known', () => {
    expect(browserLocale(['fr', 'th'])).toBeNull();
    expect(browserLocale([])).toBeNull();
    expect(browserLocale(undefined)).toBeNull();
  });
});
