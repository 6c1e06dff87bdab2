// The language the screen is in now, for Intl formatting and choosing Khmer or Latin names.
import { useTranslation } from 'react-i18next';
import type { Locale } from '@kruosar/domain';
import { currentLocale } from './init-core';

export function useLocale(): Locale {
  const { i18n } = useTranslation();
  return currentLocale(i18n);
}
