// English / Khmer as two native toggle buttons (the hive twin of components/language-switch).
import { useTranslation } from './i18n';
import { chooseLocale, currentLocale, type PortalI18n } from '../i18n/init-core';

const choices = [
  { locale: 'en', label: 'EN', name: 'English' },
  { locale: 'km', label: 'ខ្មែរ', name: 'ខ្មែរ' },
] as const;

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const current = currentLocale(i18n);
  return (
    <div className="kr-language-switch" role="group" aria-label={t('language.label')}>
      {choices.map(({ locale, label, name }) => (
        <button
          key={locale}
          type="button"
          lang={locale}
          aria-pressed={current === locale}
          onClick={() => void chooseLocale(i18n as PortalI18n, locale)}
        >
          <span aria-hidden="true">{label}</span>
          <span className="kr-visually-hidden">{name}</span>
        </button>
      ))}
    </div>
  );
}
