// The volunteer's page: safeguarding status, open shifts, own sign-ups and hours. Other people see why not.
import { Flex, Heading, Link as RadixLink, Text } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { ErrorState, LoadingState, usePageTitle } from '@kruosar/ui';
import { useCurrentUser } from '../../lib/auth';
import { MyHours } from './my-hours';
import { MySignups } from './my-signups';
import { OpenShifts } from './open-shifts';
import { SafeguardingCard } from './safeguarding-card';
import { ChangePasswordCard } from './change-password';
import { useVolunteerData } from './use-volunteering';

export function VolunteerScreen() {
  const { t } = useTranslation('supporters');
  usePageTitle(t('volunteer.title'));
  const me = useCurrentUser();
  const user = me.data ?? null;

  let body;
  if (me.isPending) body = <LoadingState />;
  else if (!user)
    body = (
      <Text as="p">
        {t('volunteer.signInFirst')}{' '}
        <RadixLink asChild underline="always">
          <Link href="/sign-in">{t('account.signIn')}</Link>
        </RadixLink>{' '}
        <RadixLink asChild underline="always">
          <Link href="/volunteer/apply">{t('apply.link')}</Link>
        </RadixLink>
      </Text>
    );
  else if (user.role !== 'volunteer') body = <Text as="p">{t('volunteer.notVolunteer')}</Text>;
  else if (user.mustChangePassword) body = <ChangePasswordCard />;
  else body = <VolunteerArea />;

  return (
    <>
      <Heading as="h1" size="8" mb="2">
        {t('volunteer.heading')}
      </Heading>
      <Text as="p" size="3" mb="4" style={{ maxWidth: '48rem' }}>
        {t('volunteer.intro')}
      </Text>
      {body}
    </>
  );
}

function VolunteerArea() {
  const data = useVolunteerData();
  const failed = [data.opportunities, data.signups, data.safeguarding, data.hours].find((q) => q.isError);
  if (failed) return <ErrorState error={failed.error} onRetry={() => void failed.refetch()} />;
  if (!data.opportunities.data || !data.signups.data || !data.safeguarding.data || !data.hours.data) return <LoadingState />;
  const safeguarding = data.safeguarding.data;
  return (
    <Flex direction="column" gap="6">
      <SafeguardingCard state={safeguarding} />
      <OpenShifts shifts={data.opportunities.data} safeguarding={safeguarding} />
      <MySignups signups={data.signups.data} hours={data.hours.data.entries} safeguarding={safeguarding} />
      <MyHours entries={data.hours.data.entries} approvedHours={data.hours.data.approvedHours} />
    </Flex>
  );
}
