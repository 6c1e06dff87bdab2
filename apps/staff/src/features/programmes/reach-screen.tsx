// /programmes/reach: attendance by site and month, and distinct children reached per quarter (staff, analysts too:
// counts only, no names).
import { Flex, Heading, Link as RadixLink, Table, Text } from '@radix-ui/themes';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { EmptyState, ErrorState, LoadingState, formatNumber, useLocale, usePageTitle } from '@kruosar/ui';
import { useTRPC } from '../../lib/trpc';
import { ChoiceField } from '../families/fields';
import { todayInCambodia } from '../case-workflow/workflow-data';

export function ReachScreen() {
  const { t } = useTranslation('programmes');
  usePageTitle(t('reach.title'));
  const locale = useLocale();
  const trpc = useTRPC();
  const thisYear = Number(todayInCambodia().slice(0, 4));
  const [year, setYear] = useState(String(thisYear));
  const reach = useQuery({ ...trpc.programmes.reach.queryOptions({ year: Number(year) }), placeholderData: keepPreviousData });
  const n = (v: number) => formatNumber(v, locale);
  const quarters = [1, 2, 3, 4];
  return (
    <Flex direction="column" gap="4">
      <RadixLink asChild size="2"><Link href="/programmes">{t('list.title')}</Link></RadixLink>
      <Heading as="h1" size="7">{t('reach.title')}</Heading>
      <Text as="p" size="2" color="gray">{t('reach.intro')}</Text>
      <Flex style={{ maxWidth: 200 }}>
        <ChoiceField id="reach-year" label={t('reach.year')} value={year} onChange={setYear} options={[0, 1, 2].map((i) => String(thisYear - i)).map((y) => ({ value: y, label: y }))} />
      </Flex>
      {reach.isPending ? (
        <LoadingState />
      ) : reach.isError ? (
        <ErrorState error={reach.error} onRetry={() => void reach.refetch()} />
      ) : reach.data.monthly.length === 0 ? (
        <EmptyState title={t('reach.empty')} />
      ) : (
        <>
          <Heading as="h2" size="5">{t('reach.quarterHeading')}</Heading>
          <Table.Root variant="surface" data-testid="reach-quarters">
            <Table.Header>
              <Table.Row>
                <Table.ColumnHeaderCell>{t('reach.programme')}</Table.ColumnHeaderCell>
                {quarters.map((q) => <Table.ColumnHeaderCell key={q}>{`Q${q}`}</Table.ColumnHeaderCell>)}
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {[...new Map(reach.data.quarterly.map((r) => [r.programmeId, r.programmeName])).entries()].map(([id, name]) => (
                <Table.Row key={id}>
                  <Table.RowHeaderCell>{name}</Table.RowHeaderCell>
                  {quarters.map((q) => <Table.Cell key={q}>{n(reach.data.quarterly.find((r) => r.programmeId === id && r.quarter === q)?.children ?? 0)}</Table.Cell>)}
                </Table.Row>
              ))}
              <Table.Row>
                <Table.RowHeaderCell><Text weight="bold">{t('reach.total')}</Text></Table.RowHeaderCell>
                {quarters.map((q) => <Table.Cell key={q}><Text weight="bold">{n(reach.data.totals.find((r) => r.quarter === q)?.children ?? 0)}</Text></Table.Cell>)}
              </Table.Row>
            </Table.Body>
          </Table.Root>
          <Heading as="h2" size="5">{t('reach.monthHeading')}</Heading>
          <Table.Root variant="surface" data-testid="reach-months">
            <Table.Header>
              <Table.Row>
                <Table.ColumnHeaderCell>{t('reach.programme')}</Table.ColumnHeaderCell>
                <Table.ColumnHeaderCell>{t('reach.site')}</Table.ColumnHeaderCell>
                <Table.ColumnHeaderCell>{t('reach.month')}</Table.ColumnHeaderCell>
                <Table.ColumnHeaderCell>{t('reach.sessions')}</Table.ColumnHeaderCell>
                <Table.ColumnHeaderCell>{t('reach.attendances')}</Table.ColumnHeaderCell>
                <Table.ColumnHeaderCell>{t('reach.meals')}</Table.ColumnHeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {reach.data.monthly.map((r) => (
                <Table.Row key={`${r.siteId}-${r.month}`}>
                  <Table.RowHeaderCell>{r.programmeName}</Table.RowHeaderCell>
                  <Table.Cell>{r.siteName}</Table.Cell>
                  <Table.Cell>{new Intl.DateTimeFormat(locale === 'km' ? 'km-KH' : 'en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${r.month}-01T00:00:00Z`))}</Table.Cell>
                  <Table.Cell>{n(r.sessions)}</Table.Cell>
                  <Table.Cell>{n(r.attendances)}</Table.Cell>
                  <Table.Cell>{n(r.meals)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table.Root>
        </>
      )}
    </Flex>
  );
}
