// The volunteer's own sign-ups: status (and what safeguarding still needs), cancel, and hours once a shift is done.
import { Badge, Box, Button, Card, Flex, Heading, Text } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import { EmptyState, errorMessage, formatDate, useLocale } from '@kruosar/ui';
import { HoursForm } from './hours-form';
import { MissingSteps } from './missing-steps';
import { cambodiaToday, type SafeguardingState } from './safeguarding';
import { useCancelSignUp, type HoursEntry, type MySignup } from './use-volunteering';

const statusColour = { pending_safeguarding: 'amber', confirmed: 'green', cancelled: 'gray' } as const;

export function MySignups({ signups, hours, safeguarding }: { signups: MySignup[]; hours: HoursEntry[]; safeguarding: SafeguardingState }) {
  const { t, i18n } = useTranslation(['supporters', 'values']);
  const locale = useLocale();
  const cancel = useCancelSignUp();
  const today = cambodiaToday();
  const logged = new Set(hours.map((h) => h.signupId));
  return (
    <Box asChild>
      <section aria-labelledby="signups-heading">
        <Heading as="h2" id="signups-heading" size="6" mb="3">
          {t('volunteer.signups.heading')}
        </Heading>
        {cancel.isError ? (
          <Text as="p" color="red" role="alert" mb="2">
            {errorMessage(cancel.error, i18n)}
          </Text>
        ) : null}
        {signups.length === 0 ? (
          <EmptyState headingLevel="h3" title={t('volunteer.signups.empty')} />
        ) : (
          <Flex direction="column" gap="3" asChild>
            <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
              {signups.map((s) => {
                const shift = s.opportunity;
                const done = shift.shiftDate <= today;
                return (
                  <Card asChild key={s.id} size="2">
                    <li data-testid="my-signup">
                      <Flex justify="between" gap="2" wrap="wrap" align="start">
                        <Box>
                          <Heading as="h3" size="3">
                            {shift.title}
                          </Heading>
                          <Text as="p" size="2" color="gray">
                            {t('volunteer.shifts.when', { date: formatDate(shift.shiftDate, locale), start: shift.startTime, end: shift.endTime })} ·{' '}
                            {locale === 'km' ? shift.communeNameKm : shift.communeNameLatin}
                          </Text>
                        </Box>
                        <Badge size="2" color={statusColour[s.status]} highContrast data-testid="signup-status">
                          {t(`values:signupStatus.${s.status}`)}
                        </Badge>
                      </Flex>
                      {s.status === 'pending_safeguarding' ? (
                        <Box mt="2">
                          <MissingSteps state={safeguarding} />
                        </Box>
                      ) : null}
                      {shift.cancelled ? (
                        <Text as="p" size="2" mt="2" color="red">
                          {t('volunteer.signups.shiftCancelled')}
                        </Text>
                      ) : null}
                      {s.status !== 'cancelled' && !done && !shift.cancelled ? (
                        <Button
                          type="button"
                          variant="soft"
                          color="gray"
                          mt="3"
                          loading={cancel.isPending && cancel.variables.signupId === s.id}
                          onClick={() => cancel.mutate({ signupId: s.id, expectedVersion: s.version })}
                        >
                          {t('volunteer.signups.cancel', { title: shift.title })}
                        </Button>
                      ) : null}
                      {s.status === 'confirmed' && done && !shift.cancelled && !logged.has(s.id) ? <HoursForm signupId={s.id} title={shift.title} shift={shift} /> : null}
                    </li>
                  </Card>
                );
              })}
            </ul>
          </Flex>
        )}
      </section>
    </Box>
  );
}
