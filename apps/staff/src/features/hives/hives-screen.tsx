// /hives: every commune hive the person may see, with its independence index, progress to 2032 and counts.
import { Flex, Heading, Table, Text } from '@radix-ui/themes';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { CurrentUser, HiveSummary } from '@kruosar/domain';
import { EmptyState, ErrorState, LoadingState, formatDate, formatNumber, useLocale, usePageTitle } from '@kruosar/ui';
import { useTRPC } from '../../lib/trpc';
import { mayManageHives } from './hive-access';
import { IndexBar, ProgressBadge, ProgressDetail } from './hive-progress';
import { StartHiveForm } from './start-hive-form';

export const communeNameOf = (hive: Pick<HiveSummary, 'communeName' | 'communeNameKm'>, locale: string) => (locale === 'km' ? hive.communeNameKm : hive.communeName);

export function HivesScreen({ user }: { user: CurrentUser }) {
  const { t } = useTranslation('staff');
  usePageTitle(t('hives.title'));
  const trpc = useTRPC();
  const hives = useQuery(trpc.hives.list.queryOptions());
  return (
    <>
      <Heading as="h1" size="7" mb="2">
        {t('hives.heading')}
      </Heading>
      <Text as="p" color="gray" mb="4">
        {t('hives.intro')}
      </Text>
      {hives.isPending ? (
        <LoadingState />
      ) : hives.isError ? (
        <ErrorState error={hives.error} onRetry={() => void hives.refetch()} />
      ) : hives.data.length === 0 ? (
        <EmptyState title={t('hives.empty.title')} body={t('hives.empty.body')} />
      ) : (
        <HivesTable hives={hives.data} />
      )}
      {mayManageHives(user.role) && hives.data ? <StartHiveForm existing={hives.data.map((h) => h.communeCode)} /> : null}
    </>
  );
}

function HivesTable({ hives }: { hives: HiveSummary[] }) {
  const { t } = useTranslation('staff');
  const locale = useLocale();
  const n = (v: number) => formatNumber(v, locale);
  return (
    <Table.Root variant="surface" data-testid="hives-table">
      <caption className="kr-visually-hidden">{t('hives.tableLabel')}</caption>
      <Table.Header>
        <Table.Row>
          <Table.ColumnHeaderCell>{t('hives.columns.commune')}</Table.ColumnHeaderCell>
          <Table.ColumnHeaderCell>{t('hives.columns.index')}</Table.ColumnHeaderCell>
          <Table.ColumnHeaderCell>{t('hives.columns.progress')}</Table.ColumnHeaderCell>
          <Table.ColumnHeaderCell>{t('hives.columns.volunteers')}</Table.ColumnHeaderCell>
          <Table.ColumnHeaderCell>{t('hives.columns.committee')}</Table.ColumnHeaderCell>
          <Table.ColumnHeaderCell>{t('hives.columns.meetings')}</Table.ColumnHeaderCell>
          <Table.ColumnHeaderCell>{t('hives.columns.openNeeds')}</Table.ColumnHeaderCell>
          <Table.ColumnHeaderCell>{t('hives.columns.recorded')}</Table.ColumnHeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {hives.map((hive) => {
          const name = communeNameOf(hive, locale);
          return (
            <Table.Row key={hive.communeCode} data-testid="hive-row">
              <Table.RowHeaderCell>
                <Link href={`/hives/${hive.communeCode}`}>{name}</Link>
              </Table.RowHeaderCell>
              <Table.Cell>
                <IndexBar index={hive.latestIndex} label={t('hives.indexOf', { commune: name })} />
              </Table.Cell>
              <Table.Cell>
                <Flex direction="column" gap="1" align="start">
                  <ProgressBadge progress={hive.progress} />
                  <ProgressDetail progress={hive.progress} />
                </Flex>
              </Table.Cell>
              <Table.Cell>{t('hives.trainedOf', { count: n(hive.counts.volunteersTrained), total: n(hive.counts.volunteers) })}</Table.Cell>
              <Table.Cell>{n(hive.counts.committeeMembers)}</Table.Cell>
              <Table.Cell>{n(hive.counts.meetingsHeldLast6Months)}</Table.Cell>
              <Table.Cell>{n(hive.counts.openNeeds)}</Table.Cell>
              <Table.Cell style={{ whiteSpace: 'nowrap' }}>{hive.latestRecordedOn ? formatDate(hive.latestRecordedOn, locale) : t('hives.notRecorded')}</Table.Cell>
            </Table.Row>
          );
        })}
      </Table.Body>
    </Table.Root>
  );
}
