// The staff portal: providers, then sign-in or the signed-in sections.
import { QueryClientProvider } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { Router } from 'wouter';
import {
  AccountSummary,
  AppShell,
  ErrorState,
  KruosarTheme,
  LoadingState,
  applyAccountLocale,
  createPortalQueryClient,
  type PortalI18n,
} from '@kruosar/ui';
import { useCurrentUser, useSignIn, useSignOut } from './lib/auth';
import { TRPCProvider, trpcClient } from './lib/trpc';
import { StaffNav, StaffRoutes } from './routes/staff-routes';
import { NotificationsLink } from './features/notifications/notifications-link';

// The sign-in and password screens carry the form and validation code (react-hook-form, zod): fetched only by
// whoever sees them, so a signed-in first load does without.
const SignInScreen = lazy(() => import('@kruosar/ui/sign-in-screen').then((m) => ({ default: m.SignInScreen })));
const ChangePasswordScreen = lazy(() => import('./features/users/change-password-screen').then((m) => ({ default: m.ChangePasswordScreen })));
// Loaded only for an admin or supervisor who must set up two-factor sign-in (it carries the QR code maker).
const TwoFactorEnrolScreen = lazy(() => import('./features/account/two-factor-setup').then((m) => ({ default: m.TwoFactorEnrolScreen })));

export function App({ i18n }: { i18n: PortalI18n }) {
  const [queryClient] = useState(createPortalQueryClient);
  return (
    <I18nextProvider i18n={i18n}>
      <KruosarTheme>
        <QueryClientProvider client={queryClient}>
          <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
            {/* BASE_URL is "/staff/"; wouter wants it without the trailing slash. */}
            <Router base={import.meta.env.BASE_URL.replace(/\/$/, '')}>
              <SignedInGate i18n={i18n} />
            </Router>
          </TRPCProvider>
        </QueryClientProvider>
      </KruosarTheme>
    </I18nextProvider>
  );
}

function SignedInGate({ i18n }: { i18n: PortalI18n }) {
  const me = useCurrentUser();
  const signIn = useSignIn();
  const signOut = useSignOut();
  const user = me.data ?? null;

  // The account's language may have to be fetched first; the signed-in screens wait for it, so they never
  // appear in one language and then switch under the person's hands.
  const accountKey = user ? `${user.id}:${user.locale}` : null;
  const [localeAppliedFor, setLocaleAppliedFor] = useState<string | null>(null);
  useEffect(() => {
    if (!user || accountKey === null) return;
    let current = true;
    void applyAccountLocale(i18n, user.locale).finally(() => {
      if (current) setLocaleAppliedFor(accountKey);
    });
    return () => {
      current = false;
    };
  }, [i18n, user, accountKey]);

  if (me.isPending || (user !== null && localeAppliedFor !== accountKey)) {
    return (
      <AppShell portal="staff">
        <LoadingState />
      </AppShell>
    );
  }
  if (me.isError) {
    return (
      <AppShell portal="staff">
        <ErrorState error={me.error} onRetry={() => void me.refetch()} />
      </AppShell>
    );
  }
  if (!user) {
    return (
      <AppShell portal="staff">
        <Suspense fallback={<LoadingState />}>
          <SignInScreen portal="staff" onSignIn={(input) => signIn.mutate(input)} pending={signIn.isPending} error={signIn.error} />
        </Suspense>
      </AppShell>
    );
  }
  const summary = <AccountSummary user={user} onSignOut={() => signOut.mutate()} signingOut={signOut.isPending} />;
  const account = user.mustChangePassword ? (
    summary
  ) : (
    <>
      <NotificationsLink />
      {summary}
    </>
  );
  // A temporary password opens only this screen: the server refuses everything else until it is changed.
  if (user.mustChangePassword) {
    return (
      <AppShell portal="staff" account={account}>
        <Suspense fallback={<LoadingState />}>
          <ChangePasswordScreen />
        </Suspense>
      </AppShell>
    );
  }
  // Admins and supervisors: the server refuses everything but setting up two-factor sign-in until it is on.
  if (user.mustEnrolTwoFactor) {
    return (
      <AppShell portal="staff" account={account}>
        <Suspense fallback={<LoadingState />}>
          <TwoFactorEnrolScreen />
        </Suspense>
      </AppShell>
    );
  }
  return (
    <AppShell portal="staff" account={account} nav={<StaffNav user={user} />}>
      <StaffRoutes user={user} />
    </AppShell>
  );
}
