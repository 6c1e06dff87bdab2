// The hive's translation engine: the part of i18next the hive uses (namespaced nested keys, {{name}}
// interpolation, a fallback language, a language-change event), in a few hundred bytes. i18next itself is
// 14 KB of the hive's first load, about 0.3 s on the slow 3G link the hive is measured on.
// Staff and supporters keep i18next; strings, keys and calls are the same in all three portals.
import type { i18n as I18n } from 'i18next';

type Tree = { [key: string]: string | Tree };
type Listener = (language: string) => void;
/** One namespace, or several searched in order (as react-i18next's useTranslation(['staff', 'common'])). */
type Namespaces = string | readonly string[];
type Options = { resources: Record<string, Record<string, Tree>>; lng: string; fallbackLng: string; defaultNS: string };

export function createLiteTranslator(options: Options): I18n {
  const store: Record<string, Record<string, Tree>> = structuredClone(options.resources);
  const listeners = new Set<Listener>();
  let language = options.lng;

  /** The string for "ns:a.b" (or "a.b" in the first of the given namespaces that has it) in one language. */
  function lookup(lng: string, key: string, ns: Namespaces): string | undefined {
    const [spaces, path] = key.includes(':') ? ([[key.split(':')[0]!], key.slice(key.indexOf(':') + 1)] as const) : ([[ns].flat(), key] as const);
    for (const space of spaces) {
      let node: string | Tree | undefined = store[lng]?.[space];
      for (const part of path.split('.')) node = typeof node === 'object' ? node[part] : undefined;
      if (typeof node === 'string') return node;
    }
    return undefined;
  }

  function translate(lng: string, ns: Namespaces, key: string, values?: Record<string, unknown>): string {
    const found = lookup(lng, key, ns) ?? lookup(options.fallbackLng, key, ns);
    if (found === undefined) return key.replace(/^[^:]*:/, '');
    return values ? found.replace(/\{\{\s*(\w+)\s*\}\}/g, (m, name: string) => (name in values ? String(values[name]) : m)) : found;
  }

  const engine = {
    get language() {
      return language;
    },
    get resolvedLanguage() {
      return language;
    },
    on(event: string, listener: Listener) {
      if (event === 'languageChanged') listeners.add(listener);
      return engine;
    },
    off(event: string, listener: Listener) {
      if (event === 'languageChanged') listeners.delete(listener);
      return engine;
    },
    getFixedT(lng: string | null, ns?: Namespaces) {
      return (key: string, values?: Record<string, unknown>) => translate(lng ?? language, ns ?? options.defaultNS, key, values);
    },
    t(key: string, values?: Record<string, unknown>) {
      return translate(language, options.defaultNS, key, values);
    },
    exists(key: string) {
      return lookup(language, key, options.defaultNS) !== undefined || lookup(options.fallbackLng, key, options.defaultNS) !== undefined;
    },
    hasResourceBundle(lng: string, ns: string) {
      return store[lng]?.[ns] !== undefined;
    },
    addResourceBundle(lng: string, ns: string, strings: Tree) {
      (store[lng] ??= {})[ns] = { ...(store[lng][ns] ?? {}), ...strings };
      return engine;
    },
    async changeLanguage(lng: string) {
      language = lng;
      for (const listener of listeners) listener(lng);
    },
  };
  // Only the members above are used by the hive (lite/i18n.tsx, i18n/init-core.ts, client/errors.ts).
  return engine as unknown as I18n;
}
