// The duplicate-merge screens' strings, fetched with those screens rather than with every staff page: the staff
// portal's first load has a size budget, and only supervisors merge records, rarely.
import type { i18n } from 'i18next';

const loading = new WeakMap<i18n, Promise<void>>();

/** Adds the merge namespace in both languages to this i18next instance (once; later calls share the promise). */
export function loadMergeStrings(instance: i18n): Promise<void> {
  let pending = loading.get(instance);
  if (!pending) {
    pending = Promise.all([import('../locales/en/merge.json'), import('../locales/km/merge.json')]).then(([en, km]) => {
      instance.addResourceBundle('en', 'merge', en.default, true, true);
      instance.addResourceBundle('km', 'merge', km.default, true, true);
    });
    loading.set(instance, pending);
  }
  return pending;
}
