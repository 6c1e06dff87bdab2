// What a snapshot would publish: the headline figures and every protected table, each cell as supporters see it
// ("<10", "x", rounded) and, for analysts, the true count beside it.
import { Badge, Box, Flex, Heading, Select, Table, Text } from '@radix-ui/themes';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { reportCellKey, type ReportPeriod, type TableCell } from '@kruosar/domain';
import { formatNumber, formatYear, useLocale } from '@kruosar/ui';
import { useTRPC } from '../../lib/trpc';
import { indicatorLabelOf } from './snapshot-words';
import type { SnapshotDetail } from './use-snapshots';

const cellText = (cell: TableCell) => (cell.kind === 'small' ? '<10' : cell.kind === 'suppressed' ? 'x' : String(cell.value));

function usePeriodText() {
  const { t } = useTranslation('staff');
  const locale = useLocale();
  const n = (v: number) => formatNumber(v, locale);
  return (p: ReportPeriod) =>
    p.from === 1 && p.to === 4
      ? formatYear(p.year, locale)
      : p.from === p.to
        ? t('snapshots.quarter', { number: n(p.from), year: formatYear(p.year, locale) })
        : t('snapshots.quarters', { from: n(p.from), to: n(p.to), year: formatYear(p.year, locale) });
}

/** The true count of a cell, when the snapshot recorded one. */
const rawOf = (snapshot: SnapshotDetail, indicator: string, geo: string, period: ReportPeriod): number | undefined =>
  snapshot.rawCounts[indicator]?.[reportCellKey(geo, period)];

function Shown({ cell, raw }: { cell: TableCell; raw: number | undefined }) {
  const { t } = useTranslation('staff');
  const locale = useLocale();
  return (
    <Flex gap="2" align="baseline" wrap="wrap">
      <Text weight={cell.kind === 'count' ? 'regular' : 'bold'}>{cellText(cell)}</Text>
      {raw !== undefined ? (
        <Text size="1" color="gray" data-testid="raw-count">
          {t('snapshots.raw', { count: formatNumber(raw, locale) })}
        </Text>
      ) : null}
    </Flex>
  );
}

export function HeadlineTable({ snapshot, showRaw }: { snapshot: SnapshotDetail; showRaw: boolean }) {
  const { t, i18n } = useTranslation(['staff', 'values']);
  const periodText = usePeriodText();
  return (
    <Box asChild>
      <section aria-labelledby="headline-heading">
        <Heading as="h2" id="headline-heading" size="5" mb="2">
          {t('snapshots.headline')}
        </Heading>
        <Table.Root variant="surface" size="1">
          <Table.Header>
            <Table.Row>
              <Table.ColumnHeaderCell>{t('snapshots.columns.indicator')}</Table.ColumnHeaderCell>
              <Table.ColumnHeaderCell>{t('snapshots.columns.period')}</Table.ColumnHeaderCell>
              <Table.ColumnHeaderCell>{showRaw ? t('snapshots.columns.shownAndRaw') : t('snapshots.columns.shown')}</Table.ColumnHeaderCell>
              <Table.ColumnHeaderCell>{t('snapshots.columns.note')}</Table.ColumnHeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {snapshot.content.headline.map((f) => {
              const raw = showRaw ? rawOf(snapshot, f.key, f.placeCode, f.period) : undefined;
              return (
                <Table.Row key={`${f.key}@${f.placeCode}`} data-testid="headline-row">
                  <Table.RowHeaderCell>{indicatorLabelOf(i18n, f.key)}</Table.RowHeaderCell>
                  <Table.Cell>{periodText(f.period)}</Table.Cell>
                  <Table.Cell>{f.cell ? <Shown cell={f.cell} raw={raw} /> : f.value}</Table.Cell>
                  <Table.Cell>{f.note ? noteOf(i18n, f.note) : ''}</Table.Cell>
                </Table.Row>
              );
            })}
          </Table.Body>
        </Table.Root>
      </section>
    </Box>
  );
}

function noteOf(i18n: unknown, note: string): string {
  const translator = i18n as { exists: (k: string) => boolean; t: (k: string) => string };
  return translator.exists(`values:figureNote.${note}`) ? translator.t(`values:figureNote.${note}`) : note;
}

export function ProtectedTables({ snapshot, showRaw }: { snapshot: SnapshotDetail; showRaw: boolean }) {
  const { t, i18n } = useTranslation(['staff', 'values']);
  const locale = useLocale();
  const periodText = usePeriodText();
  const trpc = useTRPC();
  // Commune names, where the person's geography knows them; other places show their NCDD code.
  const communes = useQuery(trpc.geography.communes.queryOptions());
  const names = new Map((communes.data ?? []).map((c) => [c.code, locale === 'km' ? c.nameKm : c.nameLatin]));
  const tables = snapshot.content.tables;
  const [chosen, setChosen] = useState(tables[0]?.name ?? '');
  const current = tables.find((x) => x.name === chosen) ?? tables[0];
  if (!current) return null;
  const { table } = current;
  const placeOf = (code: string) => (names.has(code) ? `${names.get(code)} (${code})` : code);
  const rowsOf = [...table.rows, ...(table.columnTotal ? [table.columnTotal] : [])];

  return (
    <Box asChild>
      <section aria-labelledby="tables-heading">
        <Heading as="h2" id="tables-heading" size="5" mb="2">
          {t('snapshots.tables.heading', { count: tables.length })}
        </Heading>
        <Flex direction="column" gap="1" mb="3" align="start">
          <Text as="label" id="snapshot-table-label" htmlFor="snapshot-table" size="2" weight="bold">
            {t('snapshots.tables.choose')}
          </Text>
          <Select.Root value={current.name} onValueChange={setChosen}>
            <Select.Trigger id="snapshot-table" aria-labelledby="snapshot-table-label snapshot-table" style={{ minWidth: '20rem', maxWidth: '100%' }} />
            <Select.Content position="popper">
              {tables.map((x) => (
                <Select.Item key={x.name} value={x.name}>
                  {indicatorLabelOf(i18n, x.table.indicator.id)} · {t(`values:geoLevel.${x.table.level}`)}
                </Select.Item>
              ))}
            </Select.Content>
          </Select.Root>
        </Flex>
        <Text as="p" size="2" color="gray" mb="2">
          {table.totalsRoundedSeparately ? t('snapshots.tables.totalsRounded') : null}
        </Text>
        <Box style={{ overflowX: 'auto' }}>
          <Table.Root variant="surface" size="1">
            <caption className="kr-visually-hidden">{indicatorLabelOf(i18n, table.indicator.id)}</caption>
            <Table.Header>
              <Table.Row>
                <Table.ColumnHeaderCell>{t(`values:geoLevel.${table.level}`)}</Table.ColumnHeaderCell>
                {table.columns.map((c) => (
                  <Table.ColumnHeaderCell key={`${c.year}-${c.from}-${c.to}`}>{periodText(c)}</Table.ColumnHeaderCell>
                ))}
                {table.totalPeriod ? <Table.ColumnHeaderCell>{t('snapshots.tables.total', { period: periodText(table.totalPeriod) })}</Table.ColumnHeaderCell> : null}
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {rowsOf.map((row) => (
                <Table.Row key={row.code}>
                  <Table.RowHeaderCell>
                    {placeOf(row.code)}
                    {row === table.columnTotal ? (
                      <Badge ml="2" color="gray">
                        {t('snapshots.tables.columnTotal')}
                      </Badge>
                    ) : null}
                  </Table.RowHeaderCell>
                  {row.cells.map((cell, i) => (
                    <Table.Cell key={i}>
                      <Shown cell={cell} raw={showRaw ? rawOf(snapshot, table.indicator.id, row.code, table.columns[i]!) : undefined} />
                    </Table.Cell>
                  ))}
                  {row.total && table.totalPeriod ? (
                    <Table.Cell>
                      <Shown cell={row.total} raw={showRaw ? rawOf(snapshot, table.indicator.id, row.code, table.totalPeriod) : undefined} />
                    </Table.Cell>
                  ) : null}
                </Table.Row>
              ))}
            </Table.Body>
          </Table.Root>
        </Box>
      </section>
    </Box>
  );
}
