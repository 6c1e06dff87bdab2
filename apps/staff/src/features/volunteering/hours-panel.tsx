// Hours volunteers logged, waiting for a decision: approve, or reject with the reason they will read.
import { Button, Callout, Flex, Table, Text, TextField } from '@radix-ui/themes';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState, errorMessage, formatDate, formatNumber, useLocale } from '@kruosar/ui';
import type { StaffHours, VolunteeringSteps } from './use-volunteering';

export function HoursPanel({ hours, steps }: { hours: StaffHours[]; steps: VolunteeringSteps }) {
  const { t, i18n } = useTranslation('staff');
  const locale = useLocale();
  const [rejecting, setRejecting] = useState<{ id: string; reason: string } | null>(null);
  const decide = steps.decideHours;
  if (hours.length === 0) return <EmptyState headingLevel="h2" title={t('volunteering.hours.empty')} />;
  return (
    <Flex direction="column" gap="3">
      {decide.isError ? (
        <Callout.Root color="red" role="alert">
          <Callout.Text>{errorMessage(decide.error, i18n)}</Callout.Text>
        </Callout.Root>
      ) : null}
      <Table.Root variant="surface">
        <caption className="kr-visually-hidden">{t('volunteering.hours.tableLabel')}</caption>
        <Table.Header>
          <Table.Row>
            <Table.ColumnHeaderCell>{t('volunteering.hours.volunteer')}</Table.ColumnHeaderCell>
            <Table.ColumnHeaderCell>{t('volunteering.hours.shift')}</Table.ColumnHeaderCell>
            <Table.ColumnHeaderCell>{t('volunteering.hours.date')}</Table.ColumnHeaderCell>
            <Table.ColumnHeaderCell>{t('volunteering.hours.hours')}</Table.ColumnHeaderCell>
            <Table.ColumnHeaderCell>{t('volunteering.hours.note')}</Table.ColumnHeaderCell>
            <Table.ColumnHeaderCell>
              <span className="kr-visually-hidden">{t('volunteering.hours.decision')}</span>
            </Table.ColumnHeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {hours.map((h) => (
            <Table.Row key={h.id} data-testid="hours-row">
              <Table.RowHeaderCell>{h.volunteerName}</Table.RowHeaderCell>
              <Table.Cell>{h.opportunityTitle}</Table.Cell>
              <Table.Cell>{formatDate(h.workedOn, locale)}</Table.Cell>
              <Table.Cell>{formatNumber(h.hours, locale)}</Table.Cell>
              <Table.Cell>{h.note}</Table.Cell>
              <Table.Cell>
                {rejecting?.id === h.id ? (
                  <Flex direction="column" gap="1">
                    <Text as="label" htmlFor={`reject-${h.id}`} size="1" weight="bold">
                      {t('volunteering.hours.reason')}
                    </Text>
                    <TextField.Root id={`reject-${h.id}`} size="1" value={rejecting.reason} onChange={(e) => setRejecting({ id: h.id, reason: e.target.value })} />
                    <Flex gap="2">
                      <Button
                        type="button"
                        size="1"
                        color="red"
                        disabled={rejecting.reason.trim() === ''}
                        loading={decide.isPending}
                        onClick={() => decide.mutate({ id: h.id, expectedVersion: h.version, decision: 'reject', reason: rejecting.reason.trim() }, { onSuccess: () => setRejecting(null) })}
                      >
                        {t('volunteering.hours.confirmReject')}
                      </Button>
                      <Button type="button" size="1" variant="soft" color="gray" onClick={() => setRejecting(null)}>
                        {t('volunteering.form.cancel')}
                      </Button>
                    </Flex>
                  </Flex>
                ) : (
                  <Flex gap="2">
                    <Button
                      type="button"
                      size="1"
                      color="green"
                      loading={decide.isPending && decide.variables.id === h.id}
                      aria-label={t('volunteering.hours.approveFor', { name: h.volunteerName, shift: h.opportunityTitle })}
                      onClick={() => decide.mutate({ id: h.id, expectedVersion: h.version, decision: 'approve', reason: '' })}
                    >
                      {t('volunteering.hours.approve')}
                    </Button>
                    <Button
                      type="button"
                      size="1"
                      variant="soft"
                      color="red"
                      aria-label={t('volunteering.hours.rejectFor', { name: h.volunteerName, shift: h.opportunityTitle })}
                      onClick={() => setRejecting({ id: h.id, reason: '' })}
                    >
                      {t('volunteering.hours.reject')}
                    </Button>
                  </Flex>
                )}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table.Root>
    </Flex>
  );
}
