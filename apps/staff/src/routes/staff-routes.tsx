// The staff sections: caseload and the hive triage queue (not for analysts, who see no needs).
import { Heading, TabNav, Text } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import { Link, Route, Switch, useLocation } from 'wouter';
import type { CurrentUser, Role } from '@kruosar/domain';
import { usePageTitle } from '@kruosar/ui';
import { CaseloadScreen } from '../features/caseload/caseload-screen';
import { TriageQueueScreen } from '../features/needs/triage-queue-screen';

const mayTriageNeeds = (role: Role) => role === 'admin' || role === 'supervisor' || role === 'caseworker';

export function StaffNav({ user }: { user: CurrentUser }) {
  const { t } = useTranslation('staff');
  const [location] = useLocation();
  return (
    <TabNav.Root aria-label={t('nav.label')}>
      <TabNav.Link asChild active={location === '/'}>
        <Link href="/" aria-current={location === '/' ? 'page' : undefined}>
          {t('nav.caseload')}
        </Link>
      </TabNav.Link>
      {mayTriageNeeds(user.role) ? (
        <TabNav.Link asChild active={location === '/needs'}>
          <Link href="/needs" aria-current={location === '/needs' ? 'page' : undefined}>
            {t('nav.needs')}
          </Link>
        </TabNav.Link>
      ) : null}
    </TabNav.Root>
  );
}

export function StaffRoutes({ user }: { user: CurrentUser }) {
  return (
    <Switch>
      <Route path="/">
        <CaseloadScreen user={user} />
      </Route>
      {mayTriageNeeds(user.role) ? (
        <Route path="/needs">
          <TriageQueueScreen />
        </Route>
      ) : null}
      <Route>
        <NotFound />
      </Route>
    </Switch>
  );
}

function NotFound() {
  const { t } = useTranslation();
  usePageTitle(t('notFound.title'));
  return (
    <>
      <Heading as="h1" size="6" mb="2">
        {t('notFound.title')}
      </Heading>
      <Text as="p" mb="3">
        {t('notFound.body')}
      </Text>
      <Link href="/">{t('notFound.home')}</Link>
    </>
  );
}
