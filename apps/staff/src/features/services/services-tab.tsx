// The case page's services tab: services delivered to the child or family, newest first, and a new one.
import { Button, Flex, Heading, Table, Text } from '@radix-ui/themes';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState, ErrorState, LoadingState, formatDate, useLocale } from '@kruosar/ui';
import { useWorkflowOverview, type CaseTabProps } from '../case-workflow/workflow-data';
import { ServiceForm } from './service-form';

export function ServicesTab({ detail }: CaseTabProps) {
  const caseId = detail.case.id;
  const { t } = useTranslation(['staff', 'values']);
  const locale = useLocale();
  const overview = useWorkflowOverview(caseId);
  const [adding, setAdding] = useState(false);
  const [saved, setSaved] = useState(false);

  if (overview.isPending) return <LoadingState />;
  if (overview.isError) return <ErrorState error={overview.error} onRetry={() => void overview.refetch()} />;
  const { state, services } = overview.data;
  const ordered = [...services].sort((a, b) => b.deliveredOn.localeCompare(a.deliveredOn));

  return (
    <Flex direction="column" gap="4">
      <Flex justify="between" align="center" gap="3" wrap="wrap">
        <Heading as="h2" size="5">
          {t('services.heading')}
        </Heading>
        {state.status === 'open' && !adding ? (
          <Button type="button" onClick={() => { setAdding(true); setSaved(false); }}>
            {t('services.add')}
          </Button>
        ) : null}
      </Flex>
      {saved ? (
        <Text role="status" color="green" weight="medium">
          {t('services.saved')}
        </Text>
      ) : null}
      {adding ? <ServiceForm caseId={caseId} onDone={(ok) => { setAdding(false); setSaved(ok); }} /> : null}
      {ordered.length === 0 ? (
        <EmptyState title={t('services.empty')} />
      ) : (
        <Table.Root variant="surface" data-testid="services-table">
          <caption className="kr-visually-hidden">{t('services.heading')}</caption>
          <Table.Header>
            <Table.Row>
              <Table.ColumnHeaderCell>{t('services.date')}</Table.ColumnHeaderCell>
              <Table.ColumnHeaderCell>{t('services.type')}</Table.ColumnHeaderCell>
              <Table.ColumnHeaderCell>{t('services.provider')}</Table.ColumnHeaderCell>
              <Table.ColumnHeaderCell>{t('services.outcome')}</Table.ColumnHeaderCell>
              <Table.ColumnHeaderCell>{t('services.notes')}</Table.ColumnHeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {ordered.map((s) => (
              <Table.Row key={s.id} data-testid="service-row">
                <Table.RowHeaderCell style={{ whiteSpace: 'nowrap' }}>{formatDate(s.deliveredOn, locale)}</Table.RowHeaderCell>
                <Table.Cell>{s.type === 'other' ? s.typeOther : t(`values:serviceType.${s.type}`)}</Table.Cell>
                <Table.Cell>{s.provider}</Table.Cell>
                <Table.Cell>{t(`values:serviceOutcome.${s.outcome}`)}</Table.Cell>
                <Table.Cell>{s.notes}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table.Root>
      )}
    </Flex>
  );
}
