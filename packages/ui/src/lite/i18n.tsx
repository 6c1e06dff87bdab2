// The hive's binding of i18next to React: the two hooks it needs, instead of react-i18next
// (about 2.5 KB gzipped that the hive's 100 KB first-load budget cannot spare).
import { createContext, useCallback, useContext, useSyncExternalStore, type ReactNode } from 'react';
import type { Namespace, TFunction, i18n as I18n } from 'i18next';
import type { Locale } from '@kruosar/domain';
import { currentLocale } from '../i18n/init-core';

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ i18n, children }: { i18n: I18n; children: ReactNode }) {
  return <I18nContext.Provider value={i18n}>{children}</I18nContext.Provider>;
}

function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useTranslation needs an <I18nProvider> above it');
  return i18n;
}

/** Re-renders when the language changes; same call shape as react-i18next's useTranslation. */
export function useTranslation<const Ns extends Namespace = 'common'>(ns?: Ns): { t: TFunction<Ns>; i18n: I18n } {
  const i18n = useI18n();
  const subscribe = useCallback(
    (onChange: () => void) => {
      i18n.on('languageChanged', onChange);
      return () => i18n.off('languageChanged', onChange);
    },
    [i18n],
  );
  const language = useSyncExternalStore(subscribe, () => i18n.language);
  return { t: i18n.getFixedT(language, (ns ?? 'common') as Ns) as TFunction<Ns>, i18n };
}

export function useLocale(): Locale {
  return currentLocale(useTranslation().i18n);
}
