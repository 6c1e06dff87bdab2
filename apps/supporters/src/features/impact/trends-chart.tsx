// Quarter by quarter, from the latest publication of each year: one indicator at a time, chosen by the reader.
import { Box, Flex, Heading, Select, Table, Text } from '@radix-ui/themes';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState, ErrorState, LoadingState } from '@kruosar/ui';
import type { TableCell } from '@kruosar/domain';
import { useTRPC } from '../../lib/trpc';
import { CellValue, describedByNote, useCellWords } from './cell-value';
import { ChartFigure, CountLegend, useSvgId } from './chart-figure';
import { chartPointOf } from './chart-values';
import { CountBarChart } from './count-bar-chart';
import { useImpactLabels } from './labels';

const PREFERRED = 'families_supported';

export function TrendsChart() {
  const { t } = useTranslation('supporters');
  const labels = useImpactLabels();
  const cellWords = useCellWords();
  const trpc = useTRPC();
  const trends = useQuery(trpc.impact.trends.queryOptions());
  const [chosen, setChosen] = useState<string | null>(null);
  const patternId = useSvgId('trend-small');

  // Only counts of people are charted: rates and medians have no bar that means the same thing.
  const series = (trends.data ?? []).filter((s) => s.points.length > 0 && s.points.every((p) => p.figure.cell !== undefined));
  const current = series.find((s) => s.key === chosen) ?? series.find((s) => s.key === PREFERRED) ?? series[0];

  let body;
  if (trends.isPending) body = <LoadingState />;
  else if (trends.isError) body = <ErrorState error={trends.error} onRetry={() => void trends.refetch()} />;
  else if (!current) body = <EmptyState headingLevel="h3" title={t('trends.empty')} />;
  else {
    const points = current.points.map((p) => ({ quarter: labels.quarter(p.quarter), cell: p.figure.cell as TableCell }));
    const summary = t('trends.summary', {
      indicator: labels.indicator(current.key),
      values: points.map((p) => `${p.quarter}: ${cellWords(p.cell)}`).join('; '),
    });
    body = (
      <>
        <Flex direction="column" gap="1" mb="3" align="start" className="kr-no-print">
          <Text as="label" id="trend-indicator-label" htmlFor="trend-indicator" size="2" weight="bold">
            {t('trends.choose')}
          </Text>
          <Select.Root value={current.key} onValueChange={setChosen}>
            <Select.Trigger id="trend-indicator" aria-labelledby="trend-indicator-label trend-indicator" style={{ minWidth: '18rem', maxWidth: '100%' }} />
            <Select.Content position="popper">
              {series.map((s) => (
                <Select.Item key={s.key} value={s.key}>
                  {labels.indicator(s.key)}
                </Select.Item>
              ))}
            </Select.Content>
          </Select.Root>
        </Flex>
        <ChartFigure
          summary={summary}
          legend={<CountLegend patternId={`${patternId}-key`} />}
          table={
            <Table.Root variant="surface" size="1">
              <caption className="kr-visually-hidden">{labels.indicator(current.key)}</caption>
              <Table.Header>
                <Table.Row>
                  <Table.ColumnHeaderCell>{t('trends.quarter')}</Table.ColumnHeaderCell>
                  <Table.ColumnHeaderCell>{labels.indicator(current.key)}</Table.ColumnHeaderCell>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {points.map((p) => (
                  <Table.Row key={p.quarter}>
                    <Table.RowHeaderCell>{p.quarter}</Table.RowHeaderCell>
                    <Table.Cell aria-describedby={describedByNote(p.cell)}>
                      <CellValue cell={p.cell} />
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table.Root>
          }
        >
          <CountBarChart patternId={patternId} data={points.map((p) => ({ name: p.quarter, point: chartPointOf(p.cell) }))} />
        </ChartFigure>
      </>
    );
  }

  return (
    <Box asChild>
      <section aria-labelledby="trends-heading">
        <Heading as="h2" id="trends-heading" size="6" mb="2">
          {t('trends.heading')}
        </Heading>
        <Text as="p" color="gray" mb="3" style={{ maxWidth: '48rem' }}>
          {t('trends.intro')}
        </Text>
        {body}
      </section>
    </Box>
  );
}
