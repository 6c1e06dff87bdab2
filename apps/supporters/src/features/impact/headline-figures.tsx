// The latest publication's headline numbers, already disclosure-controlled on the server, each with its period (the
// latest quarter, or the year so far where the quarter is hidden); corrections say so.
import { Box, Callout, Card, Grid, Heading, Link as RadixLink, Text } from '@radix-ui/themes';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { EmptyState, ErrorState, LoadingState, formatDate, formatNumber } from '@kruosar/ui';
import { useTRPC } from '../../lib/trpc';
import { quarterWords } from './quarter';
import { useImpactLabels } from './labels';
import { SMALL_COUNT_NOTE_ID } from './small-count-note';

export function HeadlineFigures() {
  const { t } = useTranslation('supporters');
  const labels = useImpactLabels();
  const trpc = useTRPC();
  const latest = useQuery(trpc.impact.latest.queryOptions());

  let body;
  if (latest.isPending) body = <LoadingState />;
  else if (latest.isError) body = <ErrorState error={latest.error} onRetry={() => void latest.refetch()} />;
  else if (!latest.data || latest.data.figures.length === 0)
    body = <EmptyState headingLevel="h3" title={t('impact.empty.title')} body={t('impact.empty.body')} />;
  else {
    const snapshot = latest.data;
    const words = quarterWords(snapshot.quarter, labels.locale);
    body = (
      <>
        <Text as="p" color="gray" mb="3">
          {t('impact.period', { quarter: words ? t('impact.quarter', words) : snapshot.quarter, date: formatDate(snapshot.publishedAt, labels.locale) })}
        </Text>
        {snapshot.revision > 1 ? (
          <Callout.Root color="amber" highContrast mb="3" data-testid="correction-note">
            <Callout.Text>
              {t('impact.correction', { revision: formatNumber(snapshot.revision, labels.locale) })} {snapshot.correctionNote}
            </Callout.Text>
          </Callout.Root>
        ) : null}
        <Grid asChild columns={{ initial: '1', sm: '2', md: '3' }} gap="4">
          <dl style={{ margin: 0 }}>
            {snapshot.figures.map((figure) => {
              const held = figure.cell !== undefined && figure.cell.kind !== 'count';
              return (
                <Card key={`${figure.key}@${figure.placeCode}`} size="3" data-testid="impact-figure">
                  <Text as="div" size="2" color="gray" asChild>
                    <dt>{labels.indicator(figure.key)}</dt>
                  </Text>
                  <Text as="div" size="8" weight="bold" asChild>
                    <dd style={{ margin: 0 }} aria-describedby={held || figure.value.includes('<') ? SMALL_COUNT_NOTE_ID : undefined}>
                      {figure.value}
                    </dd>
                  </Text>
                  <Text as="div" size="2" color="gray" mt="1" asChild>
                    <dd style={{ margin: 0 }} data-testid="impact-figure-period">
                      {labels.period(figure.period)}
                    </dd>
                  </Text>
                  {figure.note ? (
                    <Text as="div" size="2" color="gray" mt="1" asChild>
                      <dd style={{ margin: 0 }}>
                        {labels.note(figure.note)}
                        {held ? (
                          <>
                            {' · '}
                            <RadixLink href={`#${SMALL_COUNT_NOTE_ID}`} underline="always">
                              {t('disclosure.why.link')}
                            </RadixLink>
                          </>
                        ) : null}
                      </dd>
                    </Text>
                  ) : null}
                </Card>
              );
            })}
          </dl>
        </Grid>
      </>
    );
  }

  return (
    <Box asChild>
      <section aria-labelledby="impact-heading">
        <Heading as="h2" id="impact-heading" size="6" mb="3">
          {t('impact.heading')}
        </Heading>
        {body}
      </section>
    </Box>
  );
}
