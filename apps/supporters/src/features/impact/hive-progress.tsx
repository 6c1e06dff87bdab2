// Each hive commune's independence index (0-100) as a bar towards the 2032 goal, with its pace in words.
import { Badge, Box, Card, Flex, Grid, Heading, Progress, Text } from '@radix-ui/themes';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { EmptyState, ErrorState, LoadingState, formatDate, formatNumber, formatYear } from '@kruosar/ui';
import { useTRPC } from '../../lib/trpc';
import { useImpactLabels } from './labels';

const statusColour = { reached: 'green', on_track: 'teal', behind: 'amber', not_enough_history: 'gray' } as const;

export function HiveProgress() {
  const { t } = useTranslation(['supporters', 'values']);
  const labels = useImpactLabels();
  const trpc = useTRPC();
  const progress = useQuery(trpc.impact.hiveProgress.queryOptions());
  const deadlineYear = formatYear(Number((progress.data?.deadline ?? '2032').slice(0, 4)), labels.locale);

  let body;
  if (progress.isPending) body = <LoadingState />;
  else if (progress.isError) body = <ErrorState error={progress.error} onRetry={() => void progress.refetch()} />;
  else if (!progress.data || progress.data.hives.length === 0) body = <EmptyState headingLevel="h3" title={t('hives.empty')} />;
  else {
    body = (
      <Grid columns={{ initial: '1', md: '2' }} gap="4" asChild>
        <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {progress.data.hives.map((hive) => {
            const name = labels.place(hive);
            const index = hive.independenceIndex === null ? null : Math.round(hive.independenceIndex);
            const p = hive.progress;
            return (
              <Card asChild key={hive.communeCode} size="2">
                <li data-testid="hive-progress">
                  <Flex justify="between" align="center" gap="2" wrap="wrap" mb="2">
                    <Heading as="h3" size="4">
                      {name}
                    </Heading>
                    <Badge color={statusColour[p.status]} highContrast>
                      {t(`values:independenceStatus.${p.status}`)}
                    </Badge>
                  </Flex>
                  <Progress
                    value={index ?? 0}
                    max={100}
                    size="3"
                    aria-label={t('hives.barLabel', { name })}
                    aria-valuetext={index === null ? t('hives.noIndex') : t('hives.indexOf', { index: formatNumber(index, labels.locale) })}
                  />
                  <Text as="p" size="2" mt="2">
                    {index === null ? t('hives.noIndex') : t('hives.indexOf', { index: formatNumber(index, labels.locale) })}
                    {hive.recordedOn ? ` · ${t('hives.recordedOn', { date: formatDate(hive.recordedOn, labels.locale) })}` : ''}
                  </Text>
                  <Text as="p" size="2" color="gray">
                    {p.status === 'on_track' || p.status === 'behind'
                      ? p.projectedDateOf100
                        ? t('hives.projectedDate', { date: formatDate(p.projectedDateOf100, labels.locale) })
                        : t('hives.projectedIndex', { index: formatNumber(Math.round(p.projectedIndexAtDeadline), labels.locale), year: deadlineYear })
                      : p.status === 'reached'
                        ? t('hives.reached')
                        : t('hives.tooEarly')}
                  </Text>
                </li>
              </Card>
            );
          })}
        </ul>
      </Grid>
    );
  }

  return (
    <Box asChild>
      <section aria-labelledby="hives-heading">
        <Heading as="h2" id="hives-heading" size="6" mb="2">
          {t('hives.heading', { year: deadlineYear })}
        </Heading>
        <Text as="p" color="gray" mb="3" style={{ maxWidth: '48rem' }}>
          {t('hives.intro', { year: deadlineYear })}
        </Text>
        {body}
      </section>
    </Box>
  );
}
