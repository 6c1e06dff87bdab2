// The committee screens' strings join the i18n instance when the first of those screens loads, so the first load
// of every other screen does not carry them.
import { useTranslation } from 'react-i18next';
import en from '@kruosar/ui/locales/en/committees.json';
import km from '@kruosar/ui/locales/km/committees.json';

/** Call first in each committee screen, before useTranslation('committees'). */
export function useCommitteeStrings(): void {
  const { i18n } = useTranslation();
  if (!i18n.hasResourceBundle('en', 'committees')) i18n.addResourceBundle('en', 'committees', en, true, true);
  if (!i18n.hasResourceBundle('km', 'committees')) i18n.addResourceBundle('km', 'committees', km, true, true);
}
