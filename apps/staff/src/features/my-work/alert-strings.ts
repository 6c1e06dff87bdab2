// The strings of My work, notifications, the mail server and incoming referrals join the i18n instance when the
// first of those screens loads, so the first load of every other screen does not carry them.
import { useTranslation } from 'react-i18next';
import en from '@kruosar/ui/locales/en/alerts.json';
import km from '@kruosar/ui/locales/km/alerts.json';

/** Call first in each alert screen, before useTranslation('alerts'). */
export function useAlertStrings(): void {
  const { i18n } = useTranslation();
  if (!i18n.hasResourceBundle('en', 'alerts')) i18n.addResourceBundle('en', 'alerts', en, true, true);
  if (!i18n.hasResourceBundle('km', 'alerts')) i18n.addResourceBundle('km', 'alerts', km, true, true);
}
