// Shifts a volunteer can take: where, when, places left. Near children, a sign-up waits for safeguarding.
import { Badge, Box, Button, Callout, Card, Flex, Grid, Heading, Text } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import { EmptyState, errorMessage, formatDate, formatNumber, useLocale } from '@kruosar/ui';
import { MissingSteps } from './missing-steps';
import { missingSafeguarding, type SafeguardingState } from './safeguarding';
import { useSignUp, type OpenShift } from './use-volunteering';
import { languageOfText, OneLanguageNote } from '../language/one-language';

export function OpenShifts({ shifts, safeguarding }: { shifts: OpenShift[]; safeguarding: SafeguardingState }) {
  const { t, i18n } = useTranslation(['supporters', 'values']);
  const signUp = useSignUp();
  const held = signUp.data?.status === 'pending_safeguarding';
  return (
    <Box asChild>
      <section aria-labelledby="shifts-heading">
        <Heading as="h2" id="shifts-heading" size="6" mb="3">
          {t('volunteer.shifts.heading')}
        </Heading>
        <div aria-live="polite">
          {signUp.isSuccess ? (
            <Callout.Root color={held ? 'amber' : 'green'} highContrast mb="3" data-testid="signup-result">
              <Callout.Text weight="bold">
                {held ? t('volunteer.shifts.held', { title: signUp.data.opportunity.title }) : t('volunteer.shifts.confirmed', { title: signUp.data.opportunity.title })}
              </Callout.Text>
              {held ? <MissingSteps state={safeguarding} /> : null}
            </Callout.Root>
          ) : null}
          {signUp.isError ? (
            <Callout.Root color="red" role="alert" mb="3">
              <Callout.Text>{errorMessage(signUp.error, i18n)}</Callout.Text>
            </Callout.Root>
          ) : null}
        </div>
        {shifts.length === 0 ? (
          <EmptyState headingLevel="h3" title={t('volunteer.shifts.empty.title')} body={t('volunteer.shifts.empty.body')} />
        ) : (
          <Grid columns={{ initial: '1', md: '2' }} gap="4" asChild>
            <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
              {shifts.map((shift) => (
                <ShiftCard key={shift.id} shift={shift} safeguarding={safeguarding} signUp={signUp} />
              ))}
            </ul>
          </Grid>
        )}
      </section>
    </Box>
  );
}

function ShiftCard({ shift, safeguarding, signUp }: { shift: OpenShift; safeguarding: SafeguardingState; signUp: ReturnType<typeof useSignUp> }) {
  const { t } = useTranslation(['supporters', 'values']);
  const locale = useLocale();
  const headingId = `shift-${shift.id}`;
  const willWait = shift.nearChildren && missingSafeguarding(safeguarding).length > 0;
  return (
    <Card asChild size="2">
      <li data-testid="shift">
        <Flex justify="between" gap="2" wrap="wrap" mb="1">
          <Heading as="h3" size="4" id={headingId} lang={languageOfText(shift.title)}>
            {shift.title}
          </Heading>
          {shift.nearChildren ? (
            <Badge color="amber" highContrast>
              {t('volunteer.shifts.nearChildren')}
            </Badge>
          ) : null}
        </Flex>
        <Text as="p" size="2">
          {t('volunteer.shifts.when', { date: formatDate(shift.shiftDate, locale), start: shift.startTime, end: shift.endTime })}
        </Text>
        <Text as="p" size="2">
          {t('volunteer.shifts.where', { commune: locale === 'km' ? shift.communeNameKm : shift.communeNameLatin })}
        </Text>
        <Text as="p" size="2" weight="bold" data-testid="places-left">
          {t('volunteer.shifts.placesLeft', { left: formatNumber(shift.placesLeft, locale), capacity: formatNumber(shift.capacity, locale) })}
        </Text>
        {shift.description ? (
          <Text as="p" size="2" color="gray" mt="1" lang={languageOfText(shift.description)}>
            {shift.description}
          </Text>
        ) : null}
        <OneLanguageNote written={languageOfText(`${shift.title} ${shift.description}`)} />
        <Box mt="3">
          {shift.mySignup ? (
            <Badge size="2" color={shift.mySignup.status === 'confirmed' ? 'green' : 'amber'} highContrast>
              {t(`values:signupStatus.${shift.mySignup.status}`)}
            </Badge>
          ) : (
            <Flex direction="column" gap="2" align="start">
              {willWait ? (
                <Text as="p" size="2" id={`${headingId}-wait`}>
                  {t('volunteer.shifts.willWait')}
                </Text>
              ) : null}
              <Button
                type="button"
                disabled={shift.placesLeft === 0 || shift.cancelled}
                loading={signUp.isPending && signUp.variables.opportunityId === shift.id}
                aria-describedby={`${headingId}${willWait ? ` ${headingId}-wait` : ''}`}
                onClick={() => signUp.mutate({ opportunityId: shift.id })}
              >
                {shift.placesLeft === 0 ? t('volunteer.shifts.full') : t('volunteer.shifts.signUp')}
              </Button>
            </Flex>
          )}
        </Box>
      </li>
    </Card>
  );
}
