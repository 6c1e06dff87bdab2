// "Pending safeguarding" with what is missing, in words.
import { Text } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import { missingSafeguarding, type SafeguardingState } from './safeguarding';

export function MissingSteps({ state, id }: { state: SafeguardingState; id?: string }) {
  const { t } = useTranslation('supporters');
  const missing = missingSafeguarding(state);
  if (missing.length === 0) return null;
  return (
    <Text as="div" size="2" id={id} data-testid="safeguarding-missing">
      {missing[0] === 'revoked' ? (
        t('volunteer.missing.revoked')
      ) : (
        <>
          {t('volunteer.missing.intro')}
          <ul style={{ margin: '4px 0 0', paddingLeft: '1.25rem' }}>
            {missing.map((step) => (
              <li key={step}>{step === 'backgroundCheck' ? t('volunteer.missing.backgroundCheck') : t('volunteer.missing.codeOfConduct')}</li>
            ))}
          </ul>
        </>
      )}
    </Text>
  );
}
