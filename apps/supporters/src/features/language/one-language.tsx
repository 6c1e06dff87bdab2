// Stories and shifts are written once, in one language: on a screen in the other language they say so, in the
// screen's language, rather than looking like a missing translation.
import { Text } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import type { Locale } from '@kruosar/domain';
import { useLocale } from '@kruosar/ui';

/** Khmer if the text has Khmer letters, else English: staff write a shift in one language or the other. */
export function languageOfText(text: string): Locale {
  return /[\u1780-\u17FF]/.test(text) ? 'km' : 'en';
}

export function OneLanguageNote({ written }: { written: Locale }) {
  const { t } = useTranslation('supporters');
  const locale = useLocale();
  if (written === locale) return null;
  return (
    <Text as="p" size="1" color="gray" lang={locale} data-testid="one-language">
      {t(`oneLanguage.${written}`)}
    </Text>
  );
}
