// Record a volunteer's safeguarding (background check and signed code of conduct): it confirms their held
// sign-ups near children. A clearance can be revoked with a reason; their sign-ups near children are held again.
import { Badge, Button, Callout, Flex, Table, Text, TextField } from '@radix-ui/themes';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState, describeError, errorMessage, formatDate, formatNumber, useLocale } from '@kruosar/ui';
import type { VolunteerSafeguarding, VolunteeringSteps } from './use-volunteering';

const colour = { pending: 'blue', cleared: 'green', not_recorded: 'amber', revoked: 'red' } as const;

export function SafeguardingPanel({ volunteers, steps }: { volunteers: VolunteerSafeguarding[]; steps: VolunteeringSteps }) {
  const { t, i18n } = useTranslation(['staff', 'values', 'common']);
  const locale = useLocale();
  const [open, setOpen] = useState<string | null>(null);
  const recorded = steps.recordSafeguarding.data;
  if (volunteers.length === 0) return <EmptyState headingLevel="h2" title={t('volunteering.safeguarding.empty')} />;
  return (
    <Flex direction="column" gap="3">
      <Text as="p" color="gray">
        {t('volunteering.safeguarding.intro')}
      </Text>
      <div aria-live="polite">
        {recorded && steps.recordSafeguarding.isSuccess ? (
          <Callout.Root color="green" highContrast data-testid="safeguarding-recorded">
            <Callout.Text>{t('volunteering.safeguarding.recorded', { count: recorded.confirmedSignups })}</Callout.Text>
          </Callout.Root>
        ) : null}
      </div>
      {steps.revokeSafeguarding.isError ? (
        <Callout.Root color="red" role="alert">
          <Callout.Text>{errorMessage(steps.revokeSafeguarding.error, i18n)}</Callout.Text>
        </Callout.Root>
      ) : null}
      <Table.Root variant="surface">
        <caption className="kr-visually-hidden">{t('volunteering.safeguarding.tableLabel')}</caption>
        <Table.Header>
          <Table.Row>
            <Table.ColumnHeaderCell>{t('volunteering.safeguarding.volunteer')}</Table.ColumnHeaderCell>
            <Table.ColumnHeaderCell>{t('volunteering.safeguarding.status')}</Table.ColumnHeaderCell>
            <Table.ColumnHeaderCell>{t('volunteering.safeguarding.backgroundCheck')}</Table.ColumnHeaderCell>
            <Table.ColumnHeaderCell>{t('volunteering.safeguarding.codeOfConduct')}</Table.ColumnHeaderCell>
            <Table.ColumnHeaderCell>{t('volunteering.safeguarding.held')}</Table.ColumnHeaderCell>
            <Table.ColumnHeaderCell>
              <span className="kr-visually-hidden">{t('volunteering.safeguarding.actions')}</span>
            </Table.ColumnHeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {volunteers.map((v) => (
            <Table.Row key={v.volunteerId} data-testid="volunteer-row">
              <Table.RowHeaderCell>
                {v.displayName}
                <Text as="div" size="1" color="gray">
                  {v.username}
                </Text>
              </Table.RowHeaderCell>
              <Table.Cell>
                <Badge color={colour[v.status]} highContrast>
                  {t(`values:safeguardingStatus.${v.status}`)}
                </Badge>
              </Table.Cell>
              <Table.Cell>{v.backgroundCheckOn ? formatDate(v.backgroundCheckOn, locale) : t('common:none')}</Table.Cell>
              <Table.Cell>{v.codeOfConductSignedOn ? formatDate(v.codeOfConductSignedOn, locale) : t('common:none')}</Table.Cell>
              <Table.Cell>{formatNumber(v.pendingSignups, locale)}</Table.Cell>
              <Table.Cell>
                {open === v.volunteerId ? (
                  <ClearanceForm volunteer={v} steps={steps} onDone={() => setOpen(null)} />
                ) : (
                  <Flex gap="2" wrap="wrap">
                    <Button type="button" size="1" onClick={() => setOpen(v.volunteerId)} aria-label={t('volunteering.safeguarding.recordFor', { name: v.displayName })}>
                      {t('volunteering.safeguarding.record')}
                    </Button>
                    {v.status === 'cleared' ? <RevokeButton volunteer={v} steps={steps} /> : null}
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

function ClearanceForm({ volunteer, steps, onDone }: { volunteer: VolunteerSafeguarding; steps: VolunteeringSteps; onDone: () => void }) {
  const { t, i18n } = useTranslation('staff');
  const [check, setCheck] = useState(volunteer.backgroundCheckOn ?? '');
  const [conduct, setConduct] = useState(volunteer.codeOfConductSignedOn ?? '');
  const record = steps.recordSafeguarding;
  const fields = record.error ? (describeError(record.error).fieldErrors ?? {}) : {};
  const id = `clearance-${volunteer.volunteerId}`;
  return (
    <form
      aria-label={t('volunteering.safeguarding.recordFor', { name: volunteer.displayName })}
      onSubmit={(e) => {
        e.preventDefault();
        if (check && conduct) record.mutate({ volunteerId: volunteer.volunteerId, backgroundCheckOn: check, codeOfConductSignedOn: conduct }, { onSuccess: onDone });
      }}
    >
      <Flex direction="column" gap="2">
        <Text as="label" htmlFor={`${id}-check`} size="1" weight="bold">
          {t('volunteering.safeguarding.backgroundCheckOn')}
        </Text>
        <TextField.Root id={`${id}-check`} type="date" size="1" required value={check} onChange={(e) => setCheck(e.target.value)} aria-invalid={fields.backgroundCheckOn ? true : undefined} />
        <Text as="label" htmlFor={`${id}-conduct`} size="1" weight="bold">
          {t('volunteering.safeguarding.codeOfConductSignedOn')}
        </Text>
        <TextField.Root id={`${id}-conduct`} type="date" size="1" required value={conduct} onChange={(e) => setConduct(e.target.value)} aria-invalid={fields.codeOfConductSignedOn ? true : undefined} />
        {record.isError ? (
          <Text as="p" size="1" color="red" role="alert">
            {errorMessage(record.error, i18n)}
          </Text>
        ) : null}
        <Flex gap="2">
          <Button type="submit" size="1" disabled={!check || !conduct} loading={record.isPending}>
            {t('volunteering.safeguarding.save')}
          </Button>
          <Button type="button" size="1" variant="soft" color="gray" onClick={onDone}>
            {t('volunteering.form.cancel')}
          </Button>
        </Flex>
      </Flex>
    </form>
  );
}

function RevokeButton({ volunteer, steps }: { volunteer: VolunteerSafeguarding; steps: VolunteeringSteps }) {
  const { t } = useTranslation('staff');
  const [reason, setReason] = useState<string | null>(null);
  const id = `revoke-${volunteer.volunteerId}`;
  if (reason === null)
    return (
      <Button type="button" size="1" variant="soft" color="red" onClick={() => setReason('')} aria-label={t('volunteering.safeguarding.revokeFor', { name: volunteer.displayName })}>
        {t('volunteering.safeguarding.revoke')}
      </Button>
    );
  return (
    <Flex direction="column" gap="1">
      <Text as="label" htmlFor={id} size="1" weight="bold">
        {t('volunteering.safeguarding.revokeReason')}
      </Text>
      <TextField.Root id={id} size="1" value={reason} onChange={(e) => setReason(e.target.value)} />
      <Flex gap="2">
        <Button
          type="button"
          size="1"
          color="red"
          disabled={reason.trim() === ''}
          loading={steps.revokeSafeguarding.isPending}
          onClick={() => steps.revokeSafeguarding.mutate({ volunteerId: volunteer.volunteerId, reason: reason.trim() }, { onSuccess: () => setReason(null) })}
        >
          {t('volunteering.safeguarding.confirmRevoke')}
        </Button>
        <Button type="button" size="1" variant="soft" color="gray" onClick={() => setReason(null)}>
          {t('volunteering.form.cancel')}
        </Button>
      </Flex>
    </Flex>
  );
}
