import { describe, expect, it } from 'vitest';
import { createLiteTranslator } from './translator';

const resources = {
  km: { common: { hello: 'សួស្តី {{name}}' }, hive: { form: { counter: '{{count}} នៃ {{max}}' } } },
  en: { common: { hello: 'Hello {{name}}', onlyEnglish: 'Only in English' }, hive: { form: { counter: '{{count}} of {{max}}' } } },
};

// The engine is typed as i18next against the real locale files; these test strings are not in them.
type Translate = (key: string, values?: Record<string, unknown>) => string;
type Untyped = {
  t: Translate;
  getFixedT: (lng: string, ns: string | string[]) => Translate;
  exists: (key: string) => boolean;
  language: string;
  on: (event: 'languageChanged', listener: (lng: string) => void) => void;
  off: (event: 'languageChanged', listener: (lng: string) => void) => void;
  addResourceBundle: (lng: string, ns: string, strings: object) => void;
  hasResourceBundle: (lng: string, ns: string) => boolean;
  changeLanguage: (lng: string) => Promise<void>;
};

describe('the hive translator', () => {
  const make = () => createLiteTranslator({ resources, lng: 'km', fallbackLng: 'en', defaultNS: 'common' }) as unknown as Untyped;

  it('reads nested keys, namespaces and {{placeholders}}', () => {
    const i18n = make();
    expect(i18n.getFixedT('km', 'hive')('form.counter', { count: '៣', max: '២០០០' })).toBe('៣ នៃ ២០០០');
    expect(i18n.getFixedT('km', 'hive')('common:hello', { name: 'ដារា' })).toBe('សួស្តី ដារា');
    expect(i18n.t('hello', { name: 'Dara' })).toBe('សួស្តី Dara');
    // Several namespaces: the first that has the key wins.
    expect(i18n.getFixedT('km', ['hive', 'common'])('hello', { name: 'ដារា' })).toBe('សួស្តី ដារា');
    expect(i18n.getFixedT('km', ['hive', 'common'])('form.counter', { count: 1, max: 2 })).toBe('1 នៃ 2');
  });

  it('falls back to the fallback language, then to the key', () => {
    const i18n = make();
    expect(i18n.t('onlyEnglish')).toBe('Only in English');
    expect(i18n.exists('onlyEnglish')).toBe(true);
    expect(i18n.exists('errors:nope')).toBe(false);
    expect(i18n.t('errors:nope')).toBe('nope');
  });

  it('tells listeners when the language changes, and takes new bundles', async () => {
    const i18n = make();
    const seen: string[] = [];
    const listener = (lng: string) => seen.push(lng);
    i18n.on('languageChanged', listener);
    i18n.addResourceBundle('fr', 'common', { hello: 'Bonjour {{name}}' });
    expect(i18n.hasResourceBundle('fr', 'common')).toBe(true);
    await i18n.changeLanguage('fr');
    expect(i18n.language).toBe('fr');
    expect(i18n.t('hello', { name: 'Dara' })).toBe('Bonjour Dara');
    i18n.off('languageChanged', listener);
    await i18n.changeLanguage('km');
    expect(seen).toEqual(['fr']);
  });
});
