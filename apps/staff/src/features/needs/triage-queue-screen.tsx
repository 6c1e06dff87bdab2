// Hive needs in the communes of the signed-in person: abuse concerns first and marked, then urgency, then the
// oldest; filters by commune and status; possible duplicates beside each need; each opens its triage page.
import { Badge, Box, Flex, Heading, Table, Text } from '@radix-ui/themes';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'wouter';
import type { NeedUrgency, TriageNeed, TriageQueueItem } from '@kruosar/domain';
import { EmptyState, ErrorState, LoadingState, Pagination, formatDate, useLocale, usePageTitle } from '@kruosar/ui';
import { useTRPC } from '../../lib/trpc';
import { PossibleDuplicates } from './possible-duplicates';
import { TriageFilters } from './triage-filters';
import { TRIAGE_PAGE_SIZE, readTriageParams, statusesOf, writeTriageParams, type TriageParams } from './triage-params';

export const urgencyColor: Record<NeedUrgency, 'red' | 'amber' | 'gray'> = { urgent: 'red', soon: 'amber', can_wait: 'gray' };

export const isAbuseConcern = (need: Pick<TriageNeed, 'category'>) => need.category === 'violence_or_abuse';

export function TriageQueueScreen() {
  const { t } = useTranslation(['staff', 'values']);
  usePageTitle(t('needs.title'));
  const trpc = useTRPC();
  const [searchParams, setSearchParams] = useSearchParams();
  const params = readTriageParams(searchParams);
  const setParams = (next: Partial<TriageParams>) => setSearchParams(writeTriageParams({ ...params, page: 1, ...next }));
  const communes = useQuery(trpc.geography.communes.queryOptions());
  const queue = useQuery({
    ...trpc.needs.triageQueue.queryOptions({
      page: params.page,
      pageSize: TRIAGE_PAGE_SIZE,
      communeCode: params.communeCode ?? undefined,
      statuses: statusesOf(params.status),
    }),
    placeholderData: keepPreviousData,
  });

  return (
    <>
      <Heading as="h1" size="7" mb="2">
        {t('needs.heading')}
      </Heading>
      <Text as="p" color="gray" mb="4">
        {t('needs.intro')}
      </Text>
      <Text as="p" mb="4">
        <Link href="/needs/phoned-in">{t('needs.phonedIn.link')}</Link>
      </Text>
      <TriageFilters params={params} communes={communes.data ?? []} onChange={setParams} />
      {queue.isPending ? (
        <LoadingState />
      ) : queue.isError ? (
        <ErrorState error={queue.error} onRetry={() => void queue.refetch()} />
      ) : queue.data.total === 0 ? (
        <EmptyState title={t('needs.empty.title')} body={t('needs.empty.body')} />
      ) : (
        <div aria-busy={queue.isFetching}>
          <TriageTable needs={queue.data.items} />
          <Pagination page={params.page} pageSize={TRIAGE_PAGE_SIZE} total={queue.data.total} onPage={(page) => setParams({ page })} />
        </div>
      )}
    </>
  );
}

function TriageTable({ needs }: { needs: TriageQueueItem[] }) {
  const { t } = useTranslation(['staff', 'values', 'common']);
  const locale = useLocale();
  return (
    <Table.Root variant="surface">
      <caption className="kr-visually-hidden">{t('needs.tableLabel')}</caption>
      <Table.Header>
        <Table.Row>
          <Table.ColumnHeaderCell>{t('needs.columns.category')}</Table.ColumnHeaderCell>
          <Table.ColumnHeaderCell>{t('needs.columns.urgency')}</Table.ColumnHeaderCell>
          <Table.ColumnHeaderCell>{t('needs.columns.village')}</Table.ColumnHeaderCell>
          <Table.ColumnHeaderCell>{t('needs.columns.description')}</Table.ColumnHeaderCell>
          <Table.ColumnHeaderCell>{t('needs.columns.duplicates')}</Table.ColumnHeaderCell>
          <Table.ColumnHeaderCell>{t('needs.columns.volunteer')}</Table.ColumnHeaderCell>
          <Table.ColumnHeaderCell>{t('needs.columns.received')}</Table.ColumnHeaderCell>
          <Table.ColumnHeaderCell>{t('needs.columns.status')}</Table.ColumnHeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {needs.map((need) => {
          const abuse = isAbuseConcern(need);
          return (
            <Table.Row key={need.id} data-testid="need-row" data-abuse={abuse || undefined} style={abuse ? { background: 'var(--red-a3)', boxShadow: 'inset 4px 0 0 var(--red-9)' } : undefined}>
              <Table.RowHeaderCell>
                <Flex direction="column" gap="1" align="start">
                  <Link href={`/needs/${need.id}`}>
                    <Text weight={abuse ? 'bold' : 'regular'}>{t(`values:needCategory.${need.category}`)}</Text>
                  </Link>
                  {abuse ? (
                    <Badge color="red" variant="solid">
                      {t('needs.abuseConcern')}
                    </Badge>
                  ) : null}
                </Flex>
              </Table.RowHeaderCell>
              <Table.Cell>
                <Badge color={urgencyColor[need.urgency]} highContrast>
                  {t(`values:needUrgency.${need.urgency}`)}
                </Badge>
              </Table.Cell>
              <Table.Cell>
                {need.villageName}
                <Text as="div" size="1" color="gray">
                  {need.communeName}
                </Text>
              </Table.Cell>
              <Table.Cell style={{ maxWidth: '22rem' }}>
                <Box className="kr-clamp" title={need.description}>
                  {need.description}
                </Box>
              </Table.Cell>
              <Table.Cell style={{ maxWidth: '16rem' }}>
                {need.possibleDuplicates.length > 0 ? (
                  <Flex direction="column" gap="1" align="start">
                    <Badge color="amber" highContrast>
                      {t('needs.duplicates.count', { count: need.possibleDuplicates.length })}
                    </Badge>
                    <PossibleDuplicates duplicates={need.possibleDuplicates} compact />
                  </Flex>
                ) : (
                  <Text color="gray">{t('common:none')}</Text>
                )}
              </Table.Cell>
              <Table.Cell>
                {need.volunteerName}
                {need.phonedInByName ? (
                  <>
                    {' '}
                    <Badge color="gray">{t('needs.phonedIn.badge')}</Badge>
                  </>
                ) : null}
              </Table.Cell>
              <Table.Cell style={{ whiteSpace: 'nowrap' }}>{formatDate(need.receivedAt, locale, { withTime: true })}</Table.Cell>
              <Table.Cell>{t(`values:needStatus.${need.status}`)}</Table.Cell>
            </Table.Row>
          );
        })}
      </Table.Body>
    </Table.Root>
  );
}
