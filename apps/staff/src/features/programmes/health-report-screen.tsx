// /programmes/health-report: outreach health checks per site and quarter: children checked, growth flags, referrals
// and their outcomes. Counts only, so analysts see it too.
import { Flex, Heading, Link as RadixLink, Table, Text } from '@radix-ui/themes';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { EmptyState, ErrorState, LoadingState, formatNumber, useLocale, usePageTitle } from '@kruosar/ui';
import { useTRPC } from '../../lib/trpc';
import { ChoiceField } from '../families/fields';
import { todayInCambodia } from '../case-workflow/workflow-data';
import { useHealthStrings } from './health-strings';

export function HealthReportScreen() {
  useHealthStrings();
  const { t } = useTranslation(['health', 'programmes']);
  usePageTitle(t('healthReport.title'));
  const locale = useLocale();
  const trpc = useTRPC();
  const thisYear = Number(todayInCambodia().slice(0, 4));
  const [year, setYear] = useState(String(thisYear));
  const report = useQuery({ ...trpc.programmes.healthReport.queryOptions({ year: Number(year) }), placeholderData: keepPreviousData });
  const n = (v: number) => formatNumber(v, locale);
  const columns = ['checks', 'children', 'watch', 'concern', 'referred', 'attended', 'notAttended', 'pending'] as const;
  return (
    <Flex direction="column" gap="4">
      <RadixLink asChild size="2"><Link href="/programmes">{t('programmes:list.title')}</Link></RadixLink>
      <Heading as="h1" size="7">{t('healthReport.title')}</Heading>
      <Text as="p" size="2" color="gray">{t('healthReport.intro')}</Text>
      <Flex style={{ maxWidth: 200 }}>
        <ChoiceField id="health-year" label={t('programmes:reach.year')} value={year} onChange={setYear} options={[0, 1, 2].map((i) => String(thisYear - i)).map((y) => ({ value: y, label: y }))} />
      </Flex>
      {report.isPending ? (
        <LoadingState />
      ) : report.isError ? (
        <ErrorState error={report.error} onRetry={() => void report.refetch()} />
      ) : report.data.rows.length === 0 ? (
        <EmptyState title={t('healthReport.empty')} />
      ) : (
        <div style={{ overflowX: 'auto' }} tabIndex={0} role="region" aria-label={t('healthReport.title')}>
          <Table.Root variant="surface" size="1" data-testid="health-report">
            <Table.Header>
              <Table.Row>
                <Table.ColumnHeaderCell>{t('programmes:reach.site')}</Table.ColumnHeaderCell>
                <Table.ColumnHeaderCell>{t('healthReport.quarter')}</Table.ColumnHeaderCell>
                {columns.map((c) => <Table.ColumnHeaderCell key={c}>{t(`healthReport.${c}`)}</Table.ColumnHeaderCell>)}
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {report.data.rows.map((r) => (
                <Table.Row key={`${r.siteId}-${r.quarter}`}>
                  <Table.RowHeaderCell>
                    {r.siteName}
                    <Text as="div" size="1" color="gray">{r.programmeName}</Text>
                  </Table.RowHeaderCell>
                  <Table.Cell>{t('health.quarterShort', { quarter: r.quarter })}</Table.Cell>
                  {columns.map((c) => <Table.Cell key={c}>{n(r[c])}</Table.Cell>)}
                </Table.Row>
              ))}
            </Table.Body>
          </Table.Root>
        </div>
      )}
    </Flex>
  );
}
