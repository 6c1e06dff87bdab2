// The public impact page, the sign-in page, and the header that knows who (if anyone) is signed in.
import { Button, Heading, Text } from '@radix-ui/themes';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Redirect, Route, Switch, useLocation } from 'wouter';
import { AccountSummary, AppShell, SignInScreen, usePageTitle } from '@kruosar/ui';
import { ImpactScreen } from '../features/impact/impact-screen';
import { useCurrentUser, useSignIn, useSignOut } from '../lib/auth';

export function SupportersRoutes() {
  return (
    <Switch>
      <Route path="/">
        <Shell>
          <ImpactScreen />
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
    <AppShell portal="supporters" account={account}>
      {children}
    </AppShell>
  );
}

function SignInPage() {
  const { t } = useTranslation('supporters');
  const me = useCurrentUser();
  const signIn = useSignIn();
  const [, navigate] = useLocation();
  if (me.data) return <Redirect to="/" />;
  return (
    <>
      <SignInScreen
        portal="supporters"
        onSignIn={(input) => signIn.mutate(input, { onSuccess: () => navigate('/') })}
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
