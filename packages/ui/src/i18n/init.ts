// Starts i18next for one portal: its resources, the remembered language, and <html lang> kept in step.
import { createInstance, type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale, Portal } from '@kruosar/domain';
import type { PortalResources } from './resources';

export const supportedLocales: readonly Locale[] = ['en', 'km'];

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (supportedLocales as readonly string[]).includes(value);
}

// Each portal remembers its own choice: a caseworker reading English at the office may well
// volunteer in the hive portal in Khmer on the same phone.
const storageKey = (portal: Portal) => `kruosar.${portal}.locale`;

export function storedLocale(portal: Portal): Locale | null {
  try {
    const value = globalThis.localStorage?.getItem(storageKey(portal));
    return isLocale(value) ? value : null;
  } catch {
    return null; // storage can be disabled (private mode); the default language still works
  }
}

function rememberLocale(portal: Portal, locale: Locale): void {
  try {
    globalThis.localStorage?.setItem(storageKey(portal), locale);
  } catch {
    // not remembered; nothing else depends on it
  }
}

function followHtmlLang(locale: string): void {
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
}

export type I18nOptions = {
  portal: Portal;
  resources: PortalResources;
  /** The language before anyone chooses: Khmer in hive, English elsewhere. */
  defaultLocale: Locale;
};

export type PortalI18n = I18n & { kruosarPortal: Portal };

export function initI18n({ portal, resources, defaultLocale }: I18nOptions): PortalI18n {
  const instance = createInstance();
  void instance.use(initReactI18next).init({
    resources,
    lng: storedLocale(portal) ?? defaultLocale,
    fallbackLng: 'en',
    supportedLngs: [...supportedLocales],
    ns: Object.keys(resources.en),
    defaultNS: 'common',
    interpolation: { escapeValue: false }, // React escapes already
    initAsync: false, // resources are bundled: render in the right language on the first paint
  });
  instance.on('languageChanged', followHtmlLang);
  followHtmlLang(instance.language);
  return Object.assign(instance, { kruosarPortal: portal });
}

/** The user picked a language: use it now and remember it on this device. */
export function chooseLocale(i18n: PortalI18n, locale: Locale): Promise<unknown> {
  rememberLocale(i18n.kruosarPortal, locale);
  return i18n.changeLanguage(locale);
}

/** After sign-in: follow the account's language unless this device has a choice of its own. */
export function applyAccountLocale(i18n: PortalI18n, locale: Locale): void {
  if (storedLocale(i18n.kruosarPortal) === null && i18n.language !== locale) void i18n.changeLanguage(locale);
}

export function currentLocale(i18n: I18n): Locale {
  return isLocale(i18n.resolvedLanguage) ? i18n.resolvedLanguage : isLocale(i18n.language) ? i18n.language : 'en';
}
