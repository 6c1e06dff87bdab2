// The person's follow-up visits overdue and due this week, across the cases they may see, each linking to its case.
import { Flex, Heading, Table, Text } from '@radix-ui/themes';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { EmptyState, ErrorState, LoadingState, Pagination, formatDate, useLocale, usePageTitle } from '@kruosar/ui';
import { useTRPC } from '../../lib/trpc';
import { caseTabHref } from '../case-workflow/case-links';
import { DueBadge } from '../case-workflow/due-badge';

const PAGE_SIZE = 25;
type Range = 'overdue' | 'this_week';

export function DueVisitsScreen() {
  const { t } = useTranslation('staff');
  usePageTitle(t('followUps.pageTitle'));
  return (
    <Flex direction="column" gap="6">
      <Heading as="h1" size="7">
        {t('followUps.pageHeading')}
      </Heading>
      <DueList range="overdue" />
      <DueList range="this_week" />
    </Flex>
  );
}

function DueList({ range }: { range: Range }) {
  const { t } = useTranslation(['staff', 'values', 'common']);
  const locale = useLocale();
  const trpc = useTRPC();
  const [page, setPage] = useState(1);
  const list = useQuery({ ...trpc.followUps.dueList.queryOptions({ range, page, pageSize: PAGE_SIZE }), placeholderData: keepPreviousData });
  const headingId = `due-${range}-heading`;

  return (
    <Flex asChild direction="column" gap="3">
      <section aria-labelledby={headingId} data-testid={`due-${range}`}>
        <Heading as="h2" size="5" id={headingId}>
          {t(`followUps.range.${range}`)}
          {list.data ? <Text color="gray" weight="regular">{` (${list.data.total})`}</Text> : null}
        </Heading>
        {list.isPending ? (
          <LoadingState />
        ) : list.isError ? (
          <ErrorState error={list.error} onRetry={() => void list.refetch()} />
        ) : list.data.total === 0 ? (
          <EmptyState headingLevel="h3" title={t(`followUps.rangeEmpty.${range}`)} />
        ) : (
          <div aria-busy={list.isFetching}>
            <Table.Root variant="surface">
              <caption className="kr-visually-hidden">{t(`followUps.range.${range}`)}</caption>
              <Table.Header>
                <Table.Row>
                  <Table.ColumnHeaderCell>{t('followUps.dueDate')}</Table.ColumnHeaderCell>
                  <Table.ColumnHeaderCell>{t('caseload.columns.reference')}</Table.ColumnHeaderCell>
                  <Table.ColumnHeaderCell>{t('caseload.columns.child')}</Table.ColumnHeaderCell>
                  <Table.ColumnHeaderCell>{t('followUps.kind')}</Table.ColumnHeaderCell>
                  <Table.ColumnHeaderCell>{t('followUps.status')}</Table.ColumnHeaderCell>
                  <Table.ColumnHeaderCell>{t('caseload.columns.caseworker')}</Table.ColumnHeaderCell>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {list.data.items.map((v) => (
                  <Table.Row key={v.id} data-testid="due-visit-row">
                    <Table.RowHeaderCell style={{ whiteSpace: 'nowrap' }}>{formatDate(v.dueDate, locale)}</Table.RowHeaderCell>
                    <Table.Cell>
                      <Link href={caseTabHref(v.caseId, 'follow-ups')}>{v.reference}</Link>
                    </Table.Cell>
                    <Table.Cell>{v.childName ?? t('caseload.nameHidden')}</Table.Cell>
                    <Table.Cell>{t(`values:followUpKind.${v.kind}`)}</Table.Cell>
                    <Table.Cell>
                      <DueBadge status={v.status} />
                    </Table.Cell>
                    <Table.Cell>{v.assignedToName ?? t('caseload.unassigned')}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table.Root>
            <Pagination page={page} pageSize={PAGE_SIZE} total={list.data.total} onPage={setPage} label={t(`followUps.range.${range}`)} />
          </div>
        )}
      </section>
    </Flex>
  );
}
