// A printable summary of a year's latest publication: figures, services and hives on one or two pages.
import { Box, Button, Flex, Heading, Link as RadixLink, Table, Text } from '@radix-ui/themes';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { INDEPENDENCE_DEADLINE } from '@kruosar/domain';
import { EmptyState, ErrorState, LoadingState, formatDate, formatNumber, formatYear, usePageTitle } from '@kruosar/ui';
import { useTRPC } from '../../lib/trpc';
import { CellValue, describedByNote } from '../impact/cell-value';
import { useImpactLabels } from '../impact/labels';
import { SMALL_COUNT_NOTE_ID } from '../impact/small-count-note';
import './print.css';

export function AnnualSummaryScreen({ year }: { year: number }) {
  const { t } = useTranslation(['supporters', 'values']);
  const labels = useImpactLabels();
  const trpc = useTRPC();
  const valid = Number.isInteger(year) && year >= 2000 && year <= 2100;
  const summary = useQuery({ ...trpc.impact.annualSummary.queryOptions({ year: valid ? year : 2000 }), enabled: valid });
  const yearText = valid ? formatYear(year, labels.locale) : '';
  usePageTitle(t('annual.title', { year: yearText }));

  let body;
  if (!valid) body = <EmptyState title={t('annual.empty', { year: yearText })} />;
  else if (summary.isPending) body = <LoadingState />;
  else if (summary.isError) body = <ErrorState error={summary.error} onRetry={() => void summary.refetch()} />;
  else if (!summary.data) body = <EmptyState title={t('annual.empty', { year: yearText })} body={t('impact.empty.body')} />;
  else {
    const s = summary.data;
    body = (
      <Flex direction="column" gap="5">
        <Box>
          <Text as="p" size="4" weight="bold" data-testid="annual-organisation">
            {t('annual.organisation', { organisation: s.organisation })}
          </Text>
          <Text as="p" weight="bold" data-testid="annual-period">
            {s.complete ? t('annual.wholeYear', { period: labels.period(s.period) }) : t('annual.yearToDate', { period: labels.period(s.period) })}
          </Text>
          <Text as="p" color="gray">
            {t('annual.published', { quarter: labels.quarter(s.snapshot.quarter), revision: formatNumber(s.snapshot.revision, labels.locale), date: formatDate(s.snapshot.publishedAt, labels.locale) })}
          </Text>
          {s.snapshot.correctionNote ? <Text as="p">{t('downloads.correctionNote', { note: s.snapshot.correctionNote })}</Text> : null}
        </Box>

        <Box asChild>
          <section aria-labelledby="annual-figures">
            <Heading as="h2" id="annual-figures" size="5" mb="2">
              {t('annual.figures')}
            </Heading>
            <Table.Root variant="surface" size="1">
              <Table.Header>
                <Table.Row>
                  <Table.ColumnHeaderCell>{t('annual.indicator')}</Table.ColumnHeaderCell>
                  <Table.ColumnHeaderCell>{t('annual.value')}</Table.ColumnHeaderCell>
                  <Table.ColumnHeaderCell>{t('annual.note')}</Table.ColumnHeaderCell>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {s.figures.map((f) => (
                  <Table.Row key={`${f.key}@${f.placeCode}`} data-testid="annual-figure">
                    <Table.RowHeaderCell>{labels.indicator(f.key)}</Table.RowHeaderCell>
                    <Table.Cell aria-describedby={describedByNote(f.cell)}>{f.cell ? <CellValue cell={f.cell} /> : f.value}</Table.Cell>
                    <Table.Cell>{f.note ? labels.note(f.note) : ''}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table.Root>
          </section>
        </Box>

        {s.services.length > 0 ? (
          <Box asChild>
            <section aria-labelledby="annual-services">
              <Heading as="h2" id="annual-services" size="5" mb="2">
                {t('services.heading')}
              </Heading>
              <Table.Root variant="surface" size="1">
                <Table.Header>
                  <Table.Row>
                    <Table.ColumnHeaderCell>{t('services.service')}</Table.ColumnHeaderCell>
                    <Table.ColumnHeaderCell>{t('services.total', { period: labels.period(s.period) })}</Table.ColumnHeaderCell>
                  </Table.Row>
                </Table.Header>
                <Table.Body>
                  {s.services.map((row) => {
                    const shown = row.total ?? row.cells[row.cells.length - 1];
                    return (
                      <Table.Row key={`${row.serviceType}@${row.placeCode}`}>
                        <Table.RowHeaderCell>{t(`values:serviceType.${row.serviceType}`)}</Table.RowHeaderCell>
                        <Table.Cell aria-describedby={describedByNote(shown?.cell)}>{shown ? <CellValue cell={shown.cell} /> : t('map.notPublished')}</Table.Cell>
                      </Table.Row>
                    );
                  })}
                </Table.Body>
              </Table.Root>
            </section>
          </Box>
        ) : null}

        {s.hives.length > 0 ? (
          <Box asChild>
            <section aria-labelledby="annual-hives">
              <Heading as="h2" id="annual-hives" size="5" mb="2">
                {t('hives.heading', { year: formatYear(Number(INDEPENDENCE_DEADLINE.slice(0, 4)), labels.locale) })}
              </Heading>
              <Table.Root variant="surface" size="1">
                <Table.Header>
                  <Table.Row>
                    <Table.ColumnHeaderCell>{t('map.place')}</Table.ColumnHeaderCell>
                    <Table.ColumnHeaderCell>{t('map.hiveIndex')}</Table.ColumnHeaderCell>
                    <Table.ColumnHeaderCell>{t('annual.status')}</Table.ColumnHeaderCell>
                  </Table.Row>
                </Table.Header>
                <Table.Body>
                  {s.hives.map((h) => (
                    <Table.Row key={h.communeCode}>
                      <Table.RowHeaderCell>{labels.place(h)}</Table.RowHeaderCell>
                      <Table.Cell>{h.independenceIndex === null ? t('hives.noIndex') : `${formatNumber(Math.round(h.independenceIndex), labels.locale)} / 100`}</Table.Cell>
                      <Table.Cell>{t(`values:independenceStatus.${h.progress.status}`)}</Table.Cell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table.Root>
            </section>
          </Box>
        ) : null}

        <Box asChild>
          <section aria-labelledby="annual-disclosure">
            <Heading as="h2" id="annual-disclosure" size="5" mb="2">
              {t('disclosure.heading')}
            </Heading>
            <Text as="p" id={SMALL_COUNT_NOTE_ID} mb="2">
              {t('disclosure.lessThanTen')}
            </Text>
            <Text as="p" mb="2">
              {t('disclosure.rounding')}
            </Text>
            <Text as="p">{t('disclosure.hidden')}</Text>
          </section>
        </Box>
      </Flex>
    );
  }

  return (
    <Box className="kr-annual">
      <Flex justify="between" align="start" gap="3" wrap="wrap" mb="4">
        <Heading as="h1" size="8">
          {t('annual.heading', { year: yearText })}
        </Heading>
        <Flex gap="3" align="center" className="kr-no-print">
          <RadixLink asChild underline="always">
            <Link href="/">{t('account.backToImpact')}</Link>
          </RadixLink>
          <Button type="button" onClick={() => window.print()} disabled={!summary.data}>
            {t('annual.print')}
          </Button>
        </Flex>
      </Flex>
      {body}
    </Box>
  );
}
