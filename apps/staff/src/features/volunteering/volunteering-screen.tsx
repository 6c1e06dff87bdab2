// Volunteering for coordinators (supervisors, admins): shifts, safeguarding of volunteers, hours to approve,
// applications to volunteer.
import { Heading, Tabs, Text } from '@radix-ui/themes';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState, LoadingState, usePageTitle } from '@kruosar/ui';
import { ApplicationsPanel } from './applications-panel';
import { HoursPanel } from './hours-panel';
import { SafeguardingPanel } from './safeguarding-panel';
import { ShiftsPanel } from './shifts-panel';
import { useVolunteeringData, useVolunteeringSteps } from './use-volunteering';

export function VolunteeringScreen() {
  const { t } = useTranslation('staff');
  usePageTitle(t('volunteering.title'));
  const data = useVolunteeringData();
  const steps = useVolunteeringSteps();
  const panel = <T,>(query: { isPending: boolean; isError: boolean; error: unknown; data: T | undefined; refetch: () => unknown }, render: (data: T) => ReactNode) =>
    query.isPending ? <LoadingState /> : query.isError || query.data === undefined ? <ErrorState error={query.error} onRetry={() => void query.refetch()} /> : render(query.data);

  return (
    <>
      <Heading as="h1" size="7" mb="2">
        {t('volunteering.heading')}
      </Heading>
      <Text as="p" color="gray" mb="4" style={{ maxWidth: '48rem' }}>
        {t('volunteering.intro')}
      </Text>
      <Tabs.Root defaultValue="shifts">
        <Tabs.List aria-label={t('volunteering.tabsLabel')}>
          <Tabs.Trigger value="shifts">{t('volunteering.tabs.shifts')}</Tabs.Trigger>
          <Tabs.Trigger value="safeguarding">{t('volunteering.tabs.safeguarding')}</Tabs.Trigger>
          <Tabs.Trigger value="hours">
            {t('volunteering.tabs.hours', { count: data.hours.data?.length ?? 0 })}
          </Tabs.Trigger>
          <Tabs.Trigger value="applications">{t('volunteering.tabs.applications', { count: data.applications.data?.length ?? 0 })}</Tabs.Trigger>
        </Tabs.List>
        <Tabs.Content value="shifts" style={{ paddingTop: 'var(--space-4)' }}>
          {panel(data.opportunities, (shifts) => <ShiftsPanel shifts={shifts} steps={steps} />)}
        </Tabs.Content>
        <Tabs.Content value="safeguarding" style={{ paddingTop: 'var(--space-4)' }}>
          {panel(data.volunteers, (volunteers) => <SafeguardingPanel volunteers={volunteers} steps={steps} />)}
        </Tabs.Content>
        <Tabs.Content value="hours" style={{ paddingTop: 'var(--space-4)' }}>
          {panel(data.hours, (hours) => <HoursPanel hours={hours} steps={steps} />)}
        </Tabs.Content>
        <Tabs.Content value="applications" style={{ paddingTop: 'var(--space-4)' }}>
          {panel(data.applications, (applications) => <ApplicationsPanel applications={applications} steps={steps} />)}
        </Tabs.Content>
      </Tabs.Root>
    </>
  );
}
