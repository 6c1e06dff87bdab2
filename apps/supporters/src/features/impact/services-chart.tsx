// Children who received each kind of service this year so far, from the published province tables.
import { Box, Heading, Table, Text } from '@radix-ui/themes';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { EmptyState, ErrorState, LoadingState } from '@kruosar/ui';
import { useTRPC } from '../../lib/trpc';
import { CellValue, describedByNote, useCellWords } from './cell-value';
import { ChartFigure, CountLegend, useSvgId } from './chart-figure';
import { chartPointOf } from './chart-values';
import { CountBarChart } from './count-bar-chart';
import { useImpactLabels } from './labels';

export function ServicesChart() {
  const { t } = useTranslation(['supporters', 'values']);
  const labels = useImpactLabels();
  const cellWords = useCellWords();
  const trpc = useTRPC();
  const services = useQuery(trpc.impact.servicesByType.queryOptions());
  const patternId = useSvgId('services-small');

  let body;
  if (services.isPending) body = <LoadingState />;
  else if (services.isError) body = <ErrorState error={services.error} onRetry={() => void services.refetch()} />;
  else if (!services.data || services.data.rows.length === 0) body = <EmptyState headingLevel="h3" title={t('services.empty')} />;
  else {
    const { columns, totalPeriod, rows } = services.data;
    // The chart shows one place (the first province); the table shows every row.
    const charted = rows.filter((r) => r.placeCode === rows[0]!.placeCode);
    const shownOf = (row: (typeof rows)[number]) => row.total ?? row.cells[row.cells.length - 1];
    const period = totalPeriod ?? columns[columns.length - 1];
    const summary = t('services.summary', {
      period: period ? labels.period(period) : '',
      values: charted.map((r) => `${t(`values:serviceType.${r.serviceType}`)}: ${shownOf(r) ? cellWords(shownOf(r)!.cell) : '—'}`).join('; '),
    });
    body = (
      <ChartFigure
        summary={summary}
        legend={<CountLegend patternId={`${patternId}-key`} />}
        table={
          <Box style={{ overflowX: 'auto' }}>
            <Table.Root variant="surface" size="1">
              <caption className="kr-visually-hidden">{t('services.heading')}</caption>
              <Table.Header>
                <Table.Row>
                  <Table.ColumnHeaderCell>{t('services.service')}</Table.ColumnHeaderCell>
                  {columns.map((c) => (
                    <Table.ColumnHeaderCell key={`${c.year}-${c.from}-${c.to}`}>{labels.period(c)}</Table.ColumnHeaderCell>
                  ))}
                  {totalPeriod ? <Table.ColumnHeaderCell>{t('services.total', { period: labels.period(totalPeriod) })}</Table.ColumnHeaderCell> : null}
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {rows.map((row) => (
                  <Table.Row key={`${row.serviceType}@${row.placeCode}`}>
                    <Table.RowHeaderCell>{t(`values:serviceType.${row.serviceType}`)}</Table.RowHeaderCell>
                    {row.cells.map((c, i) => (
                      <Table.Cell key={i} aria-describedby={describedByNote(c.cell)}>
                        <CellValue cell={c.cell} />
                      </Table.Cell>
                    ))}
                    {row.total ? (
                      <Table.Cell aria-describedby={describedByNote(row.total.cell)}>
                        <CellValue cell={row.total.cell} />
                      </Table.Cell>
                    ) : null}
                  </Table.Row>
                ))}
              </Table.Body>
            </Table.Root>
          </Box>
        }
      >
        <CountBarChart
          horizontal
          height={Math.max(240, charted.length * 30 + 40)}
          patternId={patternId}
          data={charted.map((r) => ({ name: t(`values:serviceType.${r.serviceType}`), point: chartPointOf(shownOf(r)?.cell) }))}
        />
      </ChartFigure>
    );
  }

  return (
    <Box asChild>
      <section aria-labelledby="services-heading">
        <Heading as="h2" id="services-heading" size="6" mb="2">
          {t('services.heading')}
        </Heading>
        <Text as="p" color="gray" mb="3" style={{ maxWidth: '48rem' }}>
          {t('services.intro')}
        </Text>
        {body}
      </section>
    </Box>
  );
}
