// The volunteer's safeguarding status: cleared (with dates), or what staff still need to record.
import { Badge, Card, Flex, Heading, Text } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import { formatDate, useLocale } from '@kruosar/ui';
import { MissingSteps } from './missing-steps';
import type { SafeguardingState } from './safeguarding';

const colour = { pending: 'blue', cleared: 'green', not_recorded: 'amber', revoked: 'red' } as const;

export function SafeguardingCard({ state }: { state: SafeguardingState }) {
  const { t } = useTranslation(['supporters', 'values']);
  const locale = useLocale();
  return (
    <Card size="3" asChild>
      <section aria-labelledby="safeguarding-heading">
        <Flex justify="between" align="center" gap="2" wrap="wrap" mb="2">
          <Heading as="h2" id="safeguarding-heading" size="5">
            {t('volunteer.safeguarding.heading')}
          </Heading>
          <Badge size="2" color={colour[state.status]} highContrast data-testid="safeguarding-status">
            {t(`values:safeguardingStatus.${state.status}`)}
          </Badge>
        </Flex>
        <Text as="p" size="2" mb="2">
          {t('volunteer.safeguarding.why')}
        </Text>
        {state.backgroundCheckOn ? (
          <Text as="p" size="2">
            {t('volunteer.safeguarding.backgroundCheckOn', { date: formatDate(state.backgroundCheckOn, locale) })}
          </Text>
        ) : null}
        {state.codeOfConductSignedOn ? (
          <Text as="p" size="2">
            {t('volunteer.safeguarding.codeOfConductOn', { date: formatDate(state.codeOfConductSignedOn, locale) })}
          </Text>
        ) : null}
        <MissingSteps state={state} />
      </section>
    </Card>
  );
}
