// The health check screens' strings join the i18n instance when the first of those screens loads, so the first
// load of every other screen does not carry them (the staff portal's first load has a size budget).
import { useTranslation } from 'react-i18next';
import en from '@kruosar/ui/locales/en/health.json';
import km from '@kruosar/ui/locales/km/health.json';

/** Call first in each health screen, before useTranslation('health'). */
export function useHealthStrings(): void {
  const { i18n } = useTranslation();
  if (!i18n.hasResourceBundle('en', 'health')) i18n.addResourceBundle('en', 'health', en, true, true);
  if (!i18n.hasResourceBundle('km', 'health')) i18n.addResourceBundle('km', 'health', km, true, true);
}
