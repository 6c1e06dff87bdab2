// English / Khmer buttons: each names its language in that language, pressed when chosen.
import { Button, Flex } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import type { Locale } from '@kruosar/domain';
import { chooseLocale, currentLocale, type PortalI18n } from '../i18n/init-core';

export const languageChoices: readonly { locale: Locale; label: string }[] = [
  { locale: 'en', label: 'EN' },
  { locale: 'km', label: 'ខ្មែរ' },
];

export function LanguageSwitch() {
  const { t, i18n } = useTranslation(['common', 'errors', 'values']);
  const current = currentLocale(i18n);
  return (
    <Flex role="group" aria-label={t('language.label')} gap="1">
      {languageChoices.map(({ locale, label }) => (
        <Button
          key={locale}
          type="button"
          size="1"
          variant={current === locale ? 'solid' : 'soft'}
          aria-pressed={current === locale}
          lang={locale}
          onClick={() => void chooseLocale(i18n as PortalI18n, locale)}
        >
          <span aria-hidden="true">{label}</span>
          <span className="kr-visually-hidden">{locale === 'en' ? 'English' : 'ខ្មែរ'}</span>
        </Button>
      ))}
    </Flex>
  );
}
