// The donors screen's strings join the i18n instance when it first loads, so no other screen's first load carries them.
import { useTranslation } from 'react-i18next';
import en from '@kruosar/ui/locales/en/donors.json';
import km from '@kruosar/ui/locales/km/donors.json';

/** Call first in the donors screen, before useTranslation('donors'). */
export function useDonorStrings(): void {
  const { i18n } = useTranslation();
  if (!i18n.hasResourceBundle('en', 'donors')) i18n.addResourceBundle('en', 'donors', en, true, true);
  if (!i18n.hasResourceBundle('km', 'donors')) i18n.addResourceBundle('km', 'donors', km, true, true);
}
