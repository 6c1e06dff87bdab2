// Applications to volunteer waiting for review: accept (the account is made and its temporary password shown
// here once) or decline with a reason. Only coordinators reach this screen, so contact details are shown.
import { Button, Callout, Code, Flex, Table, Text, TextField } from '@radix-ui/themes';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState, errorMessage, formatDate, useLocale } from '@kruosar/ui';
import type { VolunteerApplication, VolunteeringSteps } from './use-volunteering';

type Issued = { name: string; username: string; temporaryPassword: string };

export function ApplicationsPanel({ applications, steps }: { applications: VolunteerApplication[]; steps: VolunteeringSteps }) {
  const { t, i18n } = useTranslation(['staff', 'values']);
  const locale = useLocale();
  const [declining, setDeclining] = useState<{ id: string; reason: string } | null>(null);
  const [issued, setIssued] = useState<Issued | null>(null);
  const [declined, setDeclined] = useState<string | null>(null);
  const { acceptApplication: accept, declineApplication: decline } = steps;
  const failed = accept.error ?? decline.error;

  return (
    <Flex direction="column" gap="3">
      {issued ? (
        <Callout.Root color="green" highContrast role="status" data-testid="temporary-password">
          <Callout.Text>
            {t('volunteering.applications.accepted', { name: issued.name, username: issued.username })}{' '}
            <Code size="3" color="gray" highContrast data-testid="temporary-password-value">
              {issued.temporaryPassword}
            </Code>
          </Callout.Text>
          <Callout.Text size="1">{t('volunteering.applications.acceptedHint')}</Callout.Text>
        </Callout.Root>
      ) : null}
      {declined ? (
        <Callout.Root color="gray" role="status">
          <Callout.Text>{t('volunteering.applications.declined', { name: declined })}</Callout.Text>
        </Callout.Root>
      ) : null}
      {failed ? (
        <Callout.Root color="red" role="alert">
          <Callout.Text>{errorMessage(failed, i18n)}</Callout.Text>
        </Callout.Root>
      ) : null}
      {applications.length === 0 ? (
        <EmptyState headingLevel="h2" title={t('volunteering.applications.empty')} />
      ) : (
        <Table.Root variant="surface">
          <caption className="kr-visually-hidden">{t('volunteering.applications.tableLabel')}</caption>
          <Table.Header>
            <Table.Row>
              <Table.ColumnHeaderCell>{t('volunteering.applications.name')}</Table.ColumnHeaderCell>
              <Table.ColumnHeaderCell>{t('volunteering.applications.contact')}</Table.ColumnHeaderCell>
              <Table.ColumnHeaderCell>{t('volunteering.applications.skills')}</Table.ColumnHeaderCell>
              <Table.ColumnHeaderCell>{t('volunteering.applications.availability')}</Table.ColumnHeaderCell>
              <Table.ColumnHeaderCell>{t('volunteering.applications.languages')}</Table.ColumnHeaderCell>
              <Table.ColumnHeaderCell>{t('volunteering.applications.appliedOn')}</Table.ColumnHeaderCell>
              <Table.ColumnHeaderCell>
                <span className="kr-visually-hidden">{t('volunteering.applications.decision')}</span>
              </Table.ColumnHeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {applications.map((a) => (
              <Table.Row key={a.id} data-testid="application-row">
                <Table.RowHeaderCell>
                  {a.name}
                  <Text as="div" size="1" color="gray">
                    {t('volunteering.applications.accountLanguage', { language: t(`values:volunteerLanguage.${a.locale}`) })}
                  </Text>
                </Table.RowHeaderCell>
                <Table.Cell>
                  <Text as="div" size="1" color="gray">
                    {t(`volunteering.applications.${a.contactKind}`)}
                  </Text>
                  {a.contact}
                </Table.Cell>
                <Table.Cell style={{ maxWidth: '16rem' }}>{a.skills}</Table.Cell>
                <Table.Cell>{a.availability.map((s) => t(`values:availabilitySlot.${s}`)).join(', ')}</Table.Cell>
                <Table.Cell>{a.languages.map((l) => t(`values:volunteerLanguage.${l}`)).join(', ')}</Table.Cell>
                <Table.Cell>{formatDate(a.createdAt.slice(0, 10), locale)}</Table.Cell>
                <Table.Cell>
                  {declining?.id === a.id ? (
                    <Flex direction="column" gap="1">
                      <Text as="label" htmlFor={`decline-${a.id}`} size="1" weight="bold">
                        {t('volunteering.applications.reason')}
                      </Text>
                      <TextField.Root id={`decline-${a.id}`} size="1" value={declining.reason} maxLength={1000} onChange={(e) => setDeclining({ id: a.id, reason: e.target.value })} />
                      <Flex gap="2">
                        <Button
                          type="button"
                          size="1"
                          color="red"
                          disabled={declining.reason.trim() === ''}
                          loading={decline.isPending}
                          onClick={() =>
                            decline.mutate(
                              { id: a.id, expectedVersion: a.version, reason: declining.reason.trim() },
                              { onSuccess: () => { setDeclining(null); setIssued(null); setDeclined(a.name); } },
                            )
                          }
                        >
                          {t('volunteering.applications.confirmDecline')}
                        </Button>
                        <Button type="button" size="1" variant="soft" color="gray" onClick={() => setDeclining(null)}>
                          {t('volunteering.form.cancel')}
                        </Button>
                      </Flex>
                    </Flex>
                  ) : (
                    <Flex gap="2">
                      <Button
                        type="button"
                        size="1"
                        loading={accept.isPending && accept.variables.id === a.id}
                        aria-label={t('volunteering.applications.acceptFor', { name: a.name })}
                        onClick={() =>
                          accept.mutate(
                            { id: a.id, expectedVersion: a.version },
                            { onSuccess: (r) => { setDeclined(null); setIssued({ name: a.name, username: r.username, temporaryPassword: r.temporaryPassword }); } },
                          )
                        }
                      >
                        {t('volunteering.applications.accept')}
                      </Button>
                      <Button type="button" size="1" variant="soft" color="red" aria-label={t('volunteering.applications.declineFor', { name: a.name })} onClick={() => setDeclining({ id: a.id, reason: '' })}>
                        {t('volunteering.applications.decline')}
                      </Button>
                    </Flex>
                  )}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table.Root>
      )}
    </Flex>
  );
}
