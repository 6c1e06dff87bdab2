// Impact snapshots for analysts: build a quarter, and every draft, review and publication with its state.
import { Badge, Flex, Heading, Link as RadixLink, Table, Text } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { CurrentUser } from '@kruosar/domain';
import { EmptyState, ErrorState, LoadingState, formatDate, formatNumber, useLocale, usePageTitle } from '@kruosar/ui';
import { BuildSnapshot } from './build-snapshot';
import { snapshotStatusColour, useQuarterText } from './snapshot-words';
import { useSnapshotList } from './use-snapshots';

export function SnapshotsScreen({ user }: { user: CurrentUser }) {
  const { t } = useTranslation(['staff', 'values', 'common']);
  usePageTitle(t('snapshots.title'));
  const locale = useLocale();
  const quarterText = useQuarterText();
  const list = useSnapshotList();
  const published = new Set((list.data ?? []).filter((s) => s.status === 'published').map((s) => s.quarter));

  return (
    <Flex direction="column" gap="5">
      <div>
        <Heading as="h1" size="7" mb="2">
          {t('snapshots.heading')}
        </Heading>
        <Text as="p" color="gray" style={{ maxWidth: '48rem' }}>
          {t('snapshots.intro')}
        </Text>
      </div>
      {user.role === 'analyst' ? <BuildSnapshot published={published} /> : null}
      {list.isPending ? (
        <LoadingState />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.length === 0 ? (
        <EmptyState title={t('snapshots.empty.title')} body={t('snapshots.empty.body')} />
      ) : (
        <Table.Root variant="surface">
          <caption className="kr-visually-hidden">{t('snapshots.tableLabel')}</caption>
          <Table.Header>
            <Table.Row>
              <Table.ColumnHeaderCell>{t('snapshots.columns.quarter')}</Table.ColumnHeaderCell>
              <Table.ColumnHeaderCell>{t('snapshots.columns.status')}</Table.ColumnHeaderCell>
              <Table.ColumnHeaderCell>{t('snapshots.columns.builtBy')}</Table.ColumnHeaderCell>
              <Table.ColumnHeaderCell>{t('snapshots.columns.reviewedBy')}</Table.ColumnHeaderCell>
              <Table.ColumnHeaderCell>{t('snapshots.columns.published')}</Table.ColumnHeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {list.data.map((s) => (
              <Table.Row key={s.id} data-testid="snapshot-row">
                <Table.RowHeaderCell>
                  <RadixLink asChild underline="always">
                    <Link href={`/snapshots/${s.id}`}>{t('snapshots.name', { quarter: quarterText(s.quarter), revision: formatNumber(s.revision, locale) })}</Link>
                  </RadixLink>
                </Table.RowHeaderCell>
                <Table.Cell>
                  <Badge color={snapshotStatusColour[s.status]} highContrast>
                    {t(`values:snapshotStatus.${s.status}`)}
                  </Badge>
                </Table.Cell>
                <Table.Cell>{s.builtByName ?? t('common:none')}</Table.Cell>
                <Table.Cell>{s.reviewedByName ?? t('common:none')}</Table.Cell>
                <Table.Cell>{s.publishedAt ? formatDate(s.publishedAt, locale) : t('common:none')}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table.Root>
      )}
    </Flex>
  );
}
