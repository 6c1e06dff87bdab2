// Every table of a publication as CSV ("<10" and "x" as on the page), and the corrections next to what they replaced.
import { Badge, Box, Button, Flex, Heading, Select, Table, Text } from '@radix-ui/themes';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState, LoadingState, errorMessage, formatDate } from '@kruosar/ui';
import { downloadCsv } from '../../lib/download';
import { useTRPC } from '../../lib/trpc';
import { useImpactLabels, type ImpactLabels } from './labels';

export function TableDownloads() {
  const { t } = useTranslation(['supporters', 'values']);
  const labels = useImpactLabels();
  const trpc = useTRPC();
  const publications = useQuery(trpc.impact.snapshots.queryOptions());
  const [chosen, setChosen] = useState<string | null>(null);

  if (publications.isError) return <ErrorState error={publications.error} onRetry={() => void publications.refetch()} />;
  if (publications.isPending || publications.data.length === 0) return null;
  const list = publications.data;
  const current = list.find((s) => s.id === chosen) ?? list.find((s) => s.status === 'published') ?? list[0]!;
  const nameOf = (s: (typeof list)[number]) => t('downloads.publication', { quarter: labels.quarter(s.quarter), revision: s.revision, date: formatDate(s.publishedAt, labels.locale) });

  return (
    <Box asChild>
      <section aria-labelledby="downloads-heading">
        <Heading as="h2" id="downloads-heading" size="6" mb="2">
          {t('downloads.heading')}
        </Heading>
        <Text as="p" color="gray" mb="3" style={{ maxWidth: '48rem' }}>
          {t('downloads.intro')}
        </Text>
        <Flex direction="column" gap="1" mb="3" align="start">
          <Text as="label" id="downloads-publication-label" htmlFor="downloads-publication" size="2" weight="bold">
            {t('downloads.choose')}
          </Text>
          <Select.Root value={current.id} onValueChange={setChosen}>
            <Select.Trigger id="downloads-publication" aria-labelledby="downloads-publication-label downloads-publication" style={{ minWidth: '18rem', maxWidth: '100%' }} />
            <Select.Content position="popper">
              {list.map((s) => (
                <Select.Item key={s.id} value={s.id}>
                  {nameOf(s)}
                  {s.status === 'superseded' ? ` (${t('values:snapshotStatus.superseded')})` : ''}
                </Select.Item>
              ))}
            </Select.Content>
          </Select.Root>
        </Flex>
        {current.status === 'superseded' ? (
          <Text as="p" mb="2" data-testid="superseded-note">
            <Badge color="amber" highContrast mr="2">
              {t('values:snapshotStatus.superseded')}
            </Badge>
            {t('downloads.supersededNote')}
          </Text>
        ) : null}
        {current.correctionNote ? (
          <Text as="p" mb="2">
            {t('downloads.correctionNote', { note: current.correctionNote })}
          </Text>
        ) : null}
        <TablesOf snapshotId={current.id} labels={labels} />
      </section>
    </Box>
  );
}

function TablesOf({ snapshotId, labels }: { snapshotId: string; labels: ImpactLabels }) {
  const { t, i18n } = useTranslation('supporters');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const tables = useQuery(trpc.impact.tables.queryOptions({ snapshotId }));
  const download = useMutation({
    mutationFn: (table: string) => queryClient.fetchQuery(trpc.impact.tablesCsv.queryOptions({ snapshotId, table })),
    onSuccess: ({ filename, csv }) => downloadCsv(filename, csv),
  });

  if (tables.isPending) return <LoadingState />;
  if (tables.isError) return <ErrorState error={tables.error} onRetry={() => void tables.refetch()} />;
  const places = new Map(tables.data.places.map((p) => [p.code, p]));
  const levelOf = (name: string, level: string) => {
    if (level === 'province') return t('downloads.level.province');
    if (level === 'commune') return t('downloads.level.commune');
    const parent = places.get(name.split('.').at(-1) ?? '');
    return t('downloads.level.district', { parent: parent ? labels.place(parent) : '' });
  };

  return (
    <>
      {download.isError ? (
        <Text as="p" color="red" role="alert" mb="2">
          {errorMessage(download.error, i18n)}
        </Text>
      ) : null}
      <Box style={{ overflowX: 'auto' }}>
        <Table.Root variant="surface" size="1">
          <caption className="kr-visually-hidden">{t('downloads.heading')}</caption>
          <Table.Header>
            <Table.Row>
              <Table.ColumnHeaderCell>{t('downloads.table')}</Table.ColumnHeaderCell>
              <Table.ColumnHeaderCell>{t('downloads.places')}</Table.ColumnHeaderCell>
              <Table.ColumnHeaderCell>{t('downloads.period')}</Table.ColumnHeaderCell>
              <Table.ColumnHeaderCell>
                <span className="kr-visually-hidden">{t('downloads.file')}</span>
              </Table.ColumnHeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {tables.data.tables.map(({ name, table }) => {
              const label = `${labels.indicator(table.indicator.id)}, ${levelOf(name, table.level)}`;
              const first = table.columns[0]!;
              const last = table.columns[table.columns.length - 1]!;
              return (
                <Table.Row key={name} data-testid="published-table">
                  <Table.RowHeaderCell>{labels.indicator(table.indicator.id)}</Table.RowHeaderCell>
                  <Table.Cell>{levelOf(name, table.level)}</Table.Cell>
                  <Table.Cell>{labels.period({ year: first.year, from: first.from, to: last.to })}</Table.Cell>
                  <Table.Cell>
                    <Button
                      type="button"
                      size="1"
                      variant="soft"
                      aria-label={t('downloads.button', { table: label })}
                      loading={download.isPending && download.variables === name}
                      onClick={() => download.mutate(name)}
                    >
                      {t('downloads.csv')}
                    </Button>
                  </Table.Cell>
                </Table.Row>
              );
            })}
          </Table.Body>
        </Table.Root>
      </Box>
    </>
  );
}
