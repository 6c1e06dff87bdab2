// What "<10", "x" and rounding mean, with a "Why <10?" disclosure: honest about what is held back and why.
import { Box, Heading, Text } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';

/** Every "<10" or "x" on the page points here (aria-describedby). */
export const SMALL_COUNT_NOTE_ID = 'disclosure-less-than-ten';

export function SmallCountNote() {
  const { t } = useTranslation('supporters');
  return (
    <Box asChild>
      <section aria-labelledby="disclosure-heading">
        <Heading as="h2" id="disclosure-heading" size="5" mb="2">
          {t('disclosure.heading')}
        </Heading>
        <Text as="p" id={SMALL_COUNT_NOTE_ID} mb="2" style={{ maxWidth: '48rem' }}>
          {t('disclosure.lessThanTen')}
        </Text>
        <Text as="p" mb="2" style={{ maxWidth: '48rem' }}>
          {t('disclosure.rounding')}
        </Text>
        <Text as="p" mb="3" style={{ maxWidth: '48rem' }}>
          {t('disclosure.hidden')}
        </Text>
        <details className="kr-why" data-testid="why-small">
          <summary>
            <Text weight="bold">{t('disclosure.why.summary')}</Text>
          </summary>
          <Box mt="2" style={{ maxWidth: '48rem' }}>
            <Text as="p" mb="2">
              {t('disclosure.why.recognise')}
            </Text>
            <Text as="p" mb="2">
              {t('disclosure.why.subtraction')}
            </Text>
            <Text as="p" mb="2">
              {t('disclosure.why.places')}
            </Text>
            <Text as="p">{t('disclosure.why.rates')}</Text>
          </Box>
        </details>
      </section>
    </Box>
  );
}
