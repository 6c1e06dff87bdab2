// The case page's follow-up tab: every visit in date order with where it stands; record, reschedule or add one.
import { Button, Flex, Heading, Table, Text } from '@radix-ui/themes';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState, ErrorState, LoadingState, formatDate, useLocale } from '@kruosar/ui';
import { DueBadge } from '../case-workflow/due-badge';
import { useWorkflowOverview, type CaseTabProps } from '../case-workflow/workflow-data';
import { AddVisitForm, CancelVisitForm, RecordVisitForm, RescheduleForm } from './visit-forms';

type Active = { mode: 'record' | 'move' | 'cancel'; visitId: string } | { mode: 'add' } | null;

export function FollowUpsTab({ detail }: CaseTabProps) {
  const caseId = detail.case.id;
  const { t } = useTranslation(['staff', 'values']);
  const locale = useLocale();
  const overview = useWorkflowOverview(caseId);
  const [active, setActive] = useState<Active>(null);

  if (overview.isPending) return <LoadingState />;
  if (overview.isError) return <ErrorState error={overview.error} onRetry={() => void overview.refetch()} />;
  const { followUps } = overview.data;
  const activeVisit = active && active.mode !== 'add' ? followUps.find((f) => f.id === active.visitId) : undefined;
  const close = () => setActive(null);
  const reload = () => void overview.refetch();
  const overdue = followUps.filter((f) => f.status === 'overdue').length;
  const due = followUps.filter((f) => f.status === 'due').length;

  return (
    <Flex direction="column" gap="4">
      <Flex justify="between" align="center" gap="3" wrap="wrap">
        <Heading as="h2" size="5">
          {t('followUps.heading')}
        </Heading>
        {active === null ? (
          <Button type="button" variant="soft" onClick={() => setActive({ mode: 'add' })}>
            {t('followUps.add')}
          </Button>
        ) : null}
      </Flex>
      {followUps.length > 0 ? (
        <Text as="p" size="2" style={{ margin: 0 }} data-testid="follow-up-counts">
          {t('followUps.counts', { total: followUps.length, due, overdue })}
        </Text>
      ) : null}
      {active?.mode === 'add' ? <AddVisitForm caseId={caseId} onDone={close} /> : null}
      {activeVisit && active?.mode === 'record' ? <RecordVisitForm visit={activeVisit} onDone={close} onReload={reload} /> : null}
      {activeVisit && active?.mode === 'move' ? <RescheduleForm visit={activeVisit} onDone={close} onReload={reload} /> : null}
      {activeVisit && active?.mode === 'cancel' ? <CancelVisitForm visit={activeVisit} onDone={close} onReload={reload} /> : null}
      {followUps.length === 0 ? (
        <EmptyState title={t('followUps.empty')} body={t('followUps.emptyBody')} />
      ) : (
        <Table.Root variant="surface" data-testid="follow-ups-table">
          <caption className="kr-visually-hidden">{t('followUps.heading')}</caption>
          <Table.Header>
            <Table.Row>
              <Table.ColumnHeaderCell>{t('followUps.dueDate')}</Table.ColumnHeaderCell>
              <Table.ColumnHeaderCell>{t('followUps.kind')}</Table.ColumnHeaderCell>
              <Table.ColumnHeaderCell>{t('followUps.status')}</Table.ColumnHeaderCell>
              <Table.ColumnHeaderCell>{t('followUps.details')}</Table.ColumnHeaderCell>
              <Table.ColumnHeaderCell>
                <span className="kr-visually-hidden">{t('followUps.actions')}</span>
              </Table.ColumnHeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {followUps.map((f) => {
              const date = formatDate(f.dueDate, locale);
              const openVisit = f.status !== 'done' && f.status !== 'cancelled';
              return (
                <Table.Row key={f.id} data-testid="follow-up-row">
                  <Table.RowHeaderCell style={{ whiteSpace: 'nowrap' }}>{date}</Table.RowHeaderCell>
                  <Table.Cell>{t(`values:followUpKind.${f.kind}`)}</Table.Cell>
                  <Table.Cell>
                    <DueBadge status={f.status} />
                  </Table.Cell>
                  <Table.Cell>
                    <Flex direction="column" gap="1">
                      {f.purpose ? <Text size="2">{f.purpose}</Text> : null}
                      {f.doneOn ? (
                        <Text size="2">
                          {t('followUps.visited', { date: formatDate(f.doneOn, locale) })}
                          {f.wellbeing ? ` · ${t(`values:followUpWellbeing.${f.wellbeing}`)}` : ''}
                          {f.childSeen === false ? ` · ${t('followUps.childNotSeen')}` : ''}
                        </Text>
                      ) : null}
                      {f.notes ? <Text size="2" color="gray">{f.notes}</Text> : null}
                      {f.rescheduleReason ? <Text size="2" color="gray">{t('followUps.moved', { reason: f.rescheduleReason })}</Text> : null}
                      {f.cancelReason ? <Text size="2" color="gray">{f.cancelReason}</Text> : null}
                    </Flex>
                  </Table.Cell>
                  <Table.Cell>
                    {openVisit && active === null ? (
                      <Flex gap="2" wrap="wrap">
                        <Button type="button" size="1" onClick={() => setActive({ mode: 'record', visitId: f.id })}>
                          {t('followUps.record')}
                          <span className="kr-visually-hidden">: {date}</span>
                        </Button>
                        <Button type="button" size="1" variant="soft" onClick={() => setActive({ mode: 'move', visitId: f.id })}>
                          {t('followUps.reschedule')}
                          <span className="kr-visually-hidden">: {date}</span>
                        </Button>
                        <Button type="button" size="1" variant="soft" color="red" onClick={() => setActive({ mode: 'cancel', visitId: f.id })}>
                          {t('recordActions.cancelVisit')}
                          <span className="kr-visually-hidden">: {date}</span>
                        </Button>
                      </Flex>
                    ) : null}
                  </Table.Cell>
                </Table.Row>
              );
            })}
          </Table.Body>
        </Table.Root>
      )}
    </Flex>
  );
}
