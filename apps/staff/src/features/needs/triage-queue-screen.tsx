// Hive needs waiting in the communes of the signed-in person; abuse concerns first and marked.
import { Badge, Box, Flex, Heading, Select, Table, Text } from '@radix-ui/themes';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NeedUrgency, TriageNeed } from '@kruosar/domain';
import { EmptyState, ErrorState, LoadingState, Pagination, formatDate, useLocale, usePageTitle } from '@kruosar/ui';
import { useTRPC } from '../../lib/trpc';

const PAGE_SIZE = 25;
const ALL = 'all';
const urgencyColor: Record<NeedUrgency, 'red' | 'amber' | 'gray'> = { urgent: 'red', soon: 'amber', can_wait: 'gray' };

export const isAbuseConcern = (need: Pick<TriageNeed, 'category'>) => need.category === 'violence_or_abuse';

export function TriageQueueScreen() {
  const { t } = useTranslation(['staff', 'values']);
  usePageTitle(t('needs.title'));
  const trpc = useTRPC();
  const locale = useLocale();
  const [page, setPage] = useState(1);
  const [communeCode, setCommuneCode] = useState<string | null>(null);
  const communes = useQuery(trpc.geography.communes.queryOptions());
  const queue = useQuery({
    ...trpc.needs.triageQueue.queryOptions({ page, pageSize: PAGE_SIZE, communeCode: communeCode ?? undefined }),
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
      {(communes.data?.length ?? 0) > 1 ? (
        <Flex direction="column" gap="1" mb="4" align="start">
          <Text as="label" id="needs-commune-label" htmlFor="needs-commune" size="2" weight="bold">
            {t('caseload.commune')}
          </Text>
          <Select.Root
            value={communeCode ?? ALL}
            onValueChange={(v) => {
              setCommuneCode(v === ALL ? null : v);
              setPage(1);
            }}
          >
            <Select.Trigger id="needs-commune" aria-labelledby="needs-commune-label needs-commune" style={{ minWidth: '12rem' }} />
            <Select.Content position="popper">
              <Select.Item value={ALL}>{t('caseload.allCommunes')}</Select.Item>
              {communes.data?.map((c) => (
                <Select.Item key={c.code} value={c.code}>
                  {locale === 'km' ? c.nameKm : c.nameLatin}
                </Select.Item>
              ))}
            </Select.Content>
          </Select.Root>
        </Flex>
      ) : null}
      {queue.isPending ? (
        <LoadingState />
      ) : queue.isError ? (
        <ErrorState error={queue.error} onRetry={() => void queue.refetch()} />
      ) : queue.data.total === 0 ? (
        <EmptyState title={t('needs.empty.title')} body={t('needs.empty.body')} />
      ) : (
        <div aria-busy={queue.isFetching}>
          <TriageTable needs={queue.data.items} />
          <Pagination page={page} pageSize={PAGE_SIZE} total={queue.data.total} onPage={setPage} />
        </div>
      )}
    </>
  );
}

function TriageTable({ needs }: { needs: TriageNeed[] }) {
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
          <Table.ColumnHeaderCell>{t('needs.columns.contact')}</Table.ColumnHeaderCell>
          <Table.ColumnHeaderCell>{t('needs.columns.volunteer')}</Table.ColumnHeaderCell>
          <Table.ColumnHeaderCell>{t('needs.columns.received')}</Table.ColumnHeaderCell>
          <Table.ColumnHeaderCell>{t('needs.columns.status')}</Table.ColumnHeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {needs.map((need) => {
          const abuse = isAbuseConcern(need);
          return (
            <Table.Row key={need.id} data-testid="need-row" style={abuse ? { background: 'var(--red-a2)' } : undefined}>
              <Table.RowHeaderCell>
                <Flex direction="column" gap="1" align="start">
                  <Text weight={abuse ? 'bold' : 'regular'}>{t(`values:needCategory.${need.category}`)}</Text>
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
              <Table.Cell style={{ maxWidth: '24rem' }}>
                <Box className="kr-clamp" title={need.description}>
                  {need.description}
                </Box>
              </Table.Cell>
              <Table.Cell>
                {need.consentToContact ? (
                  <>
                    <Text as="div" size="1" color="gray">
                      {t('needs.consentYes')}
                    </Text>
                    <Text as="div">{need.contactName || t('common:none')}</Text>
                    <Text as="div" size="2" color="gray">
                      {need.contactPhone}
                    </Text>
                  </>
                ) : (
                  <Text color="gray">{t('needs.consentNo')}</Text>
                )}
              </Table.Cell>
              <Table.Cell>{need.volunteerName}</Table.Cell>
              <Table.Cell style={{ whiteSpace: 'nowrap' }}>{formatDate(need.receivedAt, locale, { withTime: true })}</Table.Cell>
              <Table.Cell>{t(`values:needStatus.${need.status}`)}</Table.Cell>
            </Table.Row>
          );
        })}
      </Table.Body>
    </Table.Root>
  );
}
