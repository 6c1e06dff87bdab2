// The public impact page, stories, the annual summary, volunteering, sign-in, and the header that knows who is signed in.
import { Button, Heading, TabNav, Text } from '@radix-ui/themes';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Redirect, Route, Switch, useLocation } from 'wouter';
import { AccountSummary, AppShell, SignInScreen, usePageTitle } from '@kruosar/ui';
import { AnnualSummaryScreen } from '../features/annual/annual-summary-screen';
import { GivingScreen } from '../features/giving/giving-screen';
import { ReceiptScreen } from '../features/giving/receipt-screen';
import { UnsubscribeScreen } from '../features/giving/unsubscribe-screen';
import { ImpactScreen } from '../features/impact/impact-screen';
import { StoriesScreen } from '../features/stories/stories-screen';
import { StoryScreen } from '../features/stories/story-screen';
import { VolunteerScreen } from '../features/volunteering/volunteer-screen';
import { ApplyScreen } from '../features/volunteering/apply-screen';
import { useCurrentUser, useSignIn, useSignOut } from '../lib/auth';

export function SupportersRoutes() {
  return (
    <Switch>
      <Route path="/">
        <Shell>
          <ImpactScreen />
        </Shell>
      </Route>
      <Route path="/annual/:year">
        {(params) => (
          <Shell>
            <AnnualSummaryScreen year={Number(params.year)} />
          </Shell>
        )}
      </Route>
      <Route path="/stories">
        <Shell>
          <StoriesScreen />
        </Shell>
      </Route>
      <Route path="/stories/:id">
        {(params) => (
          <Shell>
            <StoryScreen id={params.id} />
          </Shell>
        )}
      </Route>
      <Route path="/volunteer">
        <Shell>
          <VolunteerScreen />
        </Shell>
      </Route>
      <Route path="/giving">
        <Shell>
          <GivingScreen />
        </Shell>
      </Route>
      <Route path="/giving/receipts/:id">
        {(params) => (
          <Shell>
            <ReceiptScreen giftId={params.id} />
          </Shell>
        )}
      </Route>
      <Route path="/unsubscribe">
        <Shell>
          <UnsubscribeScreen token={new URLSearchParams(window.location.search).get('token') ?? ''} />
        </Shell>
      </Route>
      <Route path="/volunteer/apply">
        <Shell>
          <ApplyScreen />
        </Shell>
      </Route>
      <Route path="/sign-in">
        <Shell hideSignInLink>
          <SignInPage />
        </Shell>
      </Route>
      <Route>
        <Shell>
          <NotFound />
        </Shell>
      </Route>
    </Switch>
  );
}

function Shell({ children, hideSignInLink = false }: { children: ReactNode; hideSignInLink?: boolean }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const signOut = useSignOut();
  const user = me.data ?? null;
  const account = user ? (
    <AccountSummary user={user} onSignOut={() => signOut.mutate()} signingOut={signOut.isPending} />
  ) : me.isPending || hideSignInLink ? null : (
    <Button asChild variant="soft">
      <Link href="/sign-in">{t('signIn.link')}</Link>
    </Button>
  );
  return (
    <AppShell portal="supporters" account={account} nav={<SupportersNav showVolunteering={user?.role === 'volunteer'} showGiving={user?.role === 'donor'} showApply={!user && !me.isPending} />}>
      {children}
    </AppShell>
  );
}

function SupportersNav({ showVolunteering, showGiving, showApply }: { showVolunteering: boolean; showGiving: boolean; showApply: boolean }) {
  const { t } = useTranslation('supporters');
  const [location] = useLocation();
  const sections = [
    { href: '/', label: t('nav.impact'), active: location === '/' || location.startsWith('/annual') },
    { href: '/stories', label: t('nav.stories'), active: location.startsWith('/stories') },
    ...(showVolunteering ? [{ href: '/volunteer', label: t('nav.volunteer'), active: location === '/volunteer' }] : []),
    ...(showGiving ? [{ href: '/giving', label: t('nav.giving'), active: location.startsWith('/giving') }] : []),
    ...(showApply ? [{ href: '/volunteer/apply', label: t('nav.apply'), active: location === '/volunteer/apply' }] : []),
  ];
  return (
    <TabNav.Root aria-label={t('nav.label')} className="kr-no-print">
      {sections.map((s) => (
        <TabNav.Link asChild active={s.active} key={s.href}>
          <Link href={s.href} aria-current={s.active ? 'page' : undefined}>
            {s.label}
          </Link>
        </TabNav.Link>
      ))}
    </TabNav.Root>
  );
}

function SignInPage() {
  const { t } = useTranslation('supporters');
  const me = useCurrentUser();
  const signIn = useSignIn();
  const [, navigate] = useLocation();
  if (me.data) return <Redirect to={me.data.role === 'volunteer' ? '/volunteer' : '/'} />;
  return (
    <>
      <SignInScreen
        portal="supporters"
        onSignIn={(input) => signIn.mutate(input, { onSuccess: (user) => navigate(user.role === 'volunteer' ? '/volunteer' : '/') })}
        pending={signIn.isPending}
        error={signIn.error}
      />
      <Text as="p" align="center" mt="4">
        <Link href="/">{t('account.backToImpact')}</Link>
      </Text>
    </>
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
