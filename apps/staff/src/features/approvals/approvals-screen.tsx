// The supervisor's approvals inbox: assessments, case plans and closures waiting in their communes, oldest
// first, each linking to the tab of its case where the decision is made; a family's assessment and plan link to
// the family page, shown with one of the children's cases.
import { Badge, Box, Heading, Table, Text } from '@radix-ui/themes';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { EmptyState, ErrorState, LoadingState, Pagination, formatDate, useLocale, usePageTitle } from '@kruosar/ui';
import { useTRPC } from '../../lib/trpc';
import { caseTabHref, type WorkflowTab } from '../case-workflow/case-links';
import type { ApprovalKind } from './decision-panel';
import { VoiceReviews } from '../feedback/voice-reviews';

const PAGE_SIZE = 25;
const tabOf: Record<ApprovalKind, WorkflowTab> = { assessment: 'assessment', case_plan: 'case-plan', closure: 'closure', tracing_closure: 'tracing', reintegration_assessment: 'tracing' };

export function ApprovalsScreen() {
  const { t } = useTranslation(['staff', 'values']);
  usePageTitle(t('approvals.title'));
  const locale = useLocale();
  const trpc = useTRPC();
  const [page, setPage] = useState(1);
  const pending = useQuery({ ...trpc.approvals.pending.queryOptions({ page, pageSize: PAGE_SIZE }), placeholderData: keepPreviousData });

  return (
    <>
      <Heading as="h1" size="7" mb="2">
        {t('approvals.heading')}
      </Heading>
      <Text as="p" color="gray" mb="4">
        {t('approvals.intro')}
      </Text>
      {pending.isPending ? (
        <LoadingState />
      ) : pending.isError ? (
        <ErrorState error={pending.error} onRetry={() => void pending.refetch()} />
      ) : pending.data.total === 0 ? (
        <EmptyState title={t('approvals.empty')} body={t('approvals.emptyBody')} />
      ) : (
        <div aria-busy={pending.isFetching}>
          <Table.Root variant="surface" data-testid="approvals-table">
            <caption className="kr-visually-hidden">{t('approvals.tableLabel')}</caption>
            <Table.Header>
              <Table.Row>
                <Table.ColumnHeaderCell>{t('approvals.columns.kind')}</Table.ColumnHeaderCell>
                <Table.ColumnHeaderCell>{t('caseload.columns.reference')}</Table.ColumnHeaderCell>
                <Table.ColumnHeaderCell>{t('caseload.columns.child')}</Table.ColumnHeaderCell>
                <Table.ColumnHeaderCell>{t('caseload.columns.risk')}</Table.ColumnHeaderCell>
                <Table.ColumnHeaderCell>{t('approvals.columns.submittedBy')}</Table.ColumnHeaderCell>
                <Table.ColumnHeaderCell>{t('approvals.columns.submittedAt')}</Table.ColumnHeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {pending.data.items.map((a) => (
                <Table.Row key={`${a.kind}-${a.id}`} data-testid="approval-row">
                  <Table.RowHeaderCell>
                    <Link href={a.kind === 'family_assessment' || a.kind === 'family_plan' ? `/households/${a.householdId}` : caseTabHref(a.caseId, tabOf[a.kind])}>{t(`values:approvalKind.${a.kind}`)}</Link>
                  </Table.RowHeaderCell>
                  <Table.Cell style={{ whiteSpace: 'nowrap' }}>{a.reference}</Table.Cell>
                  <Table.Cell>{a.childName ?? t('caseload.nameHidden')}</Table.Cell>
                  <Table.Cell>{t(`values:riskLevel.${a.riskLevel}`)}</Table.Cell>
                  <Table.Cell>
                    {a.submittedByName ?? ''}
                    {a.submittedByMe ? (
                      <Badge color="amber" highContrast ml="2">
                        {t('approvals.byYou')}
                      </Badge>
                    ) : null}
                  </Table.Cell>
                  <Table.Cell style={{ whiteSpace: 'nowrap' }}>{formatDate(a.submittedAt, locale)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table.Root>
          {pending.data.total > PAGE_SIZE ? <Pagination page={page} pageSize={PAGE_SIZE} total={pending.data.total} onPage={setPage} /> : null}
        </div>
      )}
      <Box mt="6">
        <VoiceReviews />
      </Box>
    </>
  );
}
