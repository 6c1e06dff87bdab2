// The "going home" screens' strings, fetched with those screens rather than with every staff page: the staff
// portal's first load has a size budget, and most visits never open these screens.
import type { i18n } from 'i18next';

const loading = new WeakMap<i18n, Promise<void>>();

/** Adds the tracing namespace in both languages to this i18next instance (once; later calls share the promise). */
export function loadTracingStrings(instance: i18n): Promise<void> {
  let pending = loading.get(instance);
  if (!pending) {
    pending = Promise.all([import('../locales/en/tracing.json'), import('../locales/km/tracing.json')]).then(([en, km]) => {
      instance.addResourceBundle('en', 'tracing', en.default, true, true);
      instance.addResourceBundle('km', 'tracing', km.default, true, true);
    });
    loading.set(instance, pending);
  }
  return pending;
}
