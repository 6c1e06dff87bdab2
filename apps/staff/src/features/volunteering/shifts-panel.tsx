// Upcoming shifts with who signed up and whether they wait for safeguarding; offer a new one or cancel one.
import { Badge, Box, Button, Callout, Card, Flex, Heading, Text } from '@radix-ui/themes';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState, errorMessage, formatDate, formatNumber, useLocale } from '@kruosar/ui';
import { OpportunityForm } from './opportunity-form';
import type { StaffOpportunity, VolunteeringSteps } from './use-volunteering';

const signupColour = { pending_safeguarding: 'amber', confirmed: 'green', cancelled: 'gray' } as const;

export function ShiftsPanel({ shifts, steps }: { shifts: StaffOpportunity[]; steps: VolunteeringSteps }) {
  const { t, i18n } = useTranslation(['staff', 'values']);
  const [adding, setAdding] = useState(false);
  return (
    <Flex direction="column" gap="4">
      {adding ? (
        <OpportunityForm steps={steps} onDone={() => setAdding(false)} />
      ) : (
        <Box>
          <Button type="button" onClick={() => setAdding(true)}>
            {t('volunteering.shifts.add')}
          </Button>
        </Box>
      )}
      {steps.cancelOpportunity.isError ? (
        <Callout.Root color="red" role="alert">
          <Callout.Text>{errorMessage(steps.cancelOpportunity.error, i18n)}</Callout.Text>
        </Callout.Root>
      ) : null}
      {shifts.length === 0 ? (
        <EmptyState headingLevel="h2" title={t('volunteering.shifts.empty')} />
      ) : (
        <Flex direction="column" gap="3" asChild>
          <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {shifts.map((shift) => (
              <ShiftCard key={shift.id} shift={shift} steps={steps} />
            ))}
          </ul>
        </Flex>
      )}
    </Flex>
  );
}

function ShiftCard({ shift, steps }: { shift: StaffOpportunity; steps: VolunteeringSteps }) {
  const { t } = useTranslation(['staff', 'values']);
  const locale = useLocale();
  const live = shift.signups.filter((s) => s.status !== 'cancelled');
  return (
    <Card asChild size="2">
      <li data-testid="staff-shift">
        <Flex justify="between" gap="3" wrap="wrap" align="start">
          <Box>
            <Heading as="h2" size="4">
              {shift.title}
            </Heading>
            <Text as="p" size="2" color="gray">
              {formatDate(shift.shiftDate, locale)}, {shift.startTime}–{shift.endTime} · {locale === 'km' ? shift.communeNameKm : shift.communeNameLatin}
            </Text>
          </Box>
          <Flex gap="2" wrap="wrap">
            {shift.nearChildren ? (
              <Badge color="amber" highContrast>
                {t('volunteering.shifts.nearChildren')}
              </Badge>
            ) : null}
            {shift.cancelled ? (
              <Badge color="red" highContrast>
                {t('volunteering.shifts.cancelled')}
              </Badge>
            ) : null}
            <Badge color="gray" highContrast>
              {t('volunteering.shifts.places', { taken: formatNumber(shift.placesTaken, locale), capacity: formatNumber(shift.capacity, locale) })}
            </Badge>
          </Flex>
        </Flex>
        {live.length > 0 ? (
          <Box asChild mt="2">
            <ul style={{ margin: 0, paddingLeft: '1.25rem' }}>
              {live.map((s) => (
                <li key={s.id}>
                  <Text size="2">{s.displayName} </Text>
                  <Badge color={signupColour[s.status]} highContrast>
                    {t(`values:signupStatus.${s.status}`)}
                  </Badge>
                </li>
              ))}
            </ul>
          </Box>
        ) : (
          <Text as="p" size="2" mt="2" color="gray">
            {t('volunteering.shifts.noSignups')}
          </Text>
        )}
        {!shift.cancelled ? <CancelShift shift={shift} steps={steps} /> : null}
      </li>
    </Card>
  );
}

/** Cancelling takes the places of everyone signed up, so it asks first. */
function CancelShift({ shift, steps }: { shift: StaffOpportunity; steps: VolunteeringSteps }) {
  const { t } = useTranslation('staff');
  const [confirming, setConfirming] = useState(false);
  const cancel = steps.cancelOpportunity;
  if (!confirming)
    return (
      <Button type="button" size="1" variant="soft" color="red" mt="3" aria-label={t('volunteering.shifts.cancel', { title: shift.title })} onClick={() => setConfirming(true)}>
        {t('volunteering.shifts.cancelShort')}
      </Button>
    );
  return (
    <Flex direction="column" gap="2" mt="3" role="group" aria-labelledby={`cancel-${shift.id}`}>
      <Text as="p" size="2" weight="bold" id={`cancel-${shift.id}`}>
        {t('volunteering.shifts.confirmCancel', { title: shift.title })}
      </Text>
      <Flex gap="2">
        <Button type="button" size="1" color="red" loading={cancel.isPending} onClick={() => cancel.mutate({ id: shift.id, expectedVersion: shift.version }, { onSuccess: () => setConfirming(false) })}>
          {t('volunteering.shifts.confirmCancelYes')}
        </Button>
        <Button type="button" size="1" variant="soft" color="gray" onClick={() => setConfirming(false)}>
          {t('volunteering.shifts.keep')}
        </Button>
      </Flex>
    </Flex>
  );
}
