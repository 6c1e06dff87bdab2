// The strings of feedback, complaints and the child's views join the i18n instance with the first screen that
// shows them, so the first load of every other screen does not carry them.
import { useTranslation } from 'react-i18next';
import en from '@kruosar/ui/locales/en/feedback.json';
import km from '@kruosar/ui/locales/km/feedback.json';

/** Call first, before useTranslation('feedback'). */
export function useFeedbackStrings(): void {
  const { i18n } = useTranslation();
  if (!i18n.hasResourceBundle('en', 'feedback')) i18n.addResourceBundle('en', 'feedback', en, true, true);
  if (!i18n.hasResourceBundle('km', 'feedback')) i18n.addResourceBundle('km', 'feedback', km, true, true);
}
