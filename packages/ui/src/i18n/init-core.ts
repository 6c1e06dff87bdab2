// Starts translations for one portal: its resources, the remembered language, and <html lang> kept in step.
// The engine is passed in: i18next for staff and supporters (init.ts), the hive's small one (lite/init.ts).
// React gets the instance through a provider (react-i18next's I18nextProvider, or hive-lite's own).
import type { i18n as I18n } from 'i18next';
import type { Locale, Portal } from '@kruosar/domain';
import type { Bundle, PortalResources } from './resources';

export const supportedLocales: readonly Locale[] = ['en', 'km'];

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (supportedLocales as readonly string[]).includes(value);
}

/**
 * The first of the browser's preferred languages (navigator.languages, most wanted first) that a portal speaks,
 * by primary subtag: ["km-KH", "en"] gives km, ["fr", "en-GB", "km"] gives en, ["fr"] gives null.
 */
export function browserLocale(languages: readonly string[] | undefined): Locale | null {
  for (const tag of languages ?? []) {
    const primary = tag.split('-')[0]?.toLowerCase();
    if (isLocale(primary)) return primary;
  }
  return null;
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

export type PortalI18n = I18n & { kruosarPortal: Portal; kruosarResources: PortalResources };

async function bundleOf(resources: PortalResources, locale: Locale): Promise<Bundle> {
  const entry = resources[locale];
  return typeof entry === 'function' ? entry() : entry;
}

/** Makes the translation engine with the starting strings; resolves when it can translate. */
export type EngineFactory = (init: { resources: Partial<Record<Locale, Bundle>>; lng: Locale; fallbackLng: Locale; ns: string[] }) => Promise<I18n>;

/**
 * Resolves once the starting language's strings are in, so the first paint is in the right
 * language. A language given as a loader (hive's English, both staff languages) is fetched only when shown.
 */
export async function startI18n({ portal, resources, defaultLocale }: I18nOptions, createEngine: EngineFactory): Promise<PortalI18n> {
  const lng = storedLocale(portal) ?? defaultLocale;
  const loaded: Partial<Record<Locale, Bundle>> = { [lng]: await bundleOf(resources, lng).catch(() => ({})) };
  // The default language is the fallback for a string still loading, kept when it is bundled already; one behind a
  // loader is not fetched for it (every language has every key: locales.test.ts), so a first load carries one language.
  const fallback = resources[defaultLocale];
  if (typeof fallback !== 'function') loaded[defaultLocale] = fallback;
  const instance = await createEngine({ resources: loaded, lng, fallbackLng: defaultLocale, ns: Object.keys(loaded[lng] ?? {}) });
  instance.on('languageChanged', followHtmlLang);
  followHtmlLang(instance.language);
  return Object.assign(instance, { kruosarPortal: portal, kruosarResources: resources });
}

/** The user picked a language: fetch it if needed, use it now and remember it on this device. */
export async function chooseLocale(i18n: PortalI18n, locale: Locale): Promise<void> {
  rememberLocale(i18n.kruosarPortal, locale);
  await ensureLoaded(i18n, locale);
  await i18n.changeLanguage(locale);
}

async function ensureLoaded(i18n: PortalI18n, locale: Locale): Promise<void> {
  if (i18n.hasResourceBundle(locale, 'common')) return;
  const bundle = await bundleOf(i18n.kruosarResources, locale);
  for (const [ns, strings] of Object.entries(bundle)) i18n.addResourceBundle(locale, ns, strings, true, true);
}

/**
 * After sign-in: follow the account's language unless this device has a choice of its own. Resolves once the
 * language is in use; a choice made on the page while the strings load wins over the account's.
 */
export async function applyAccountLocale(i18n: PortalI18n, locale: Locale): Promise<void> {
  if (storedLocale(i18n.kruosarPortal) !== null || i18n.language === locale) return;
  await ensureLoaded(i18n, locale);
  if (storedLocale(i18n.kruosarPortal) !== null) return;
  await i18n.changeLanguage(locale);
}

export function currentLocale(i18n: I18n): Locale {
  return isLocale(i18n.resolvedLanguage) ? i18n.resolvedLanguage : isLocale(i18n.language) ? i18n.language : 'en';
}
