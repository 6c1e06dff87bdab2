// The hive portal: sign in once, then register needs and follow them. Khmer first.
// One screen, so no router library (wouter costs 2.5 KB of the 100 KB budget): an unknown
// address under /hive/ shows "page not found" with a link home.
import { AccountSummary, AppShell, ErrorState, I18nProvider, LoadingState, SignInScreen, type PortalI18n } from '@kruosar/ui/hive-lite';
import { NeedsScreen } from './features/needs/needs-screen';
import { useSession } from './features/session/use-session';
import { NotFound } from './not-found';

export function App({ i18n }: { i18n: PortalI18n }) {
  return (
    <I18nProvider i18n={i18n}>
      <SignedInGate />
    </I18nProvider>
  );
}

const base = import.meta.env.BASE_URL; // "/hive/"
const isHome = (pathname: string) => pathname === base || `${pathname}/` === base || pathname === `${base}index.html`;

function SignedInGate() {
  const { session, retry, signIn, submitSignIn, signOut, signingOut, noticeError } = useSession();
  switch (session.status) {
    case 'loading':
      return (
        <AppShell portal="hive">
          <LoadingState />
        </AppShell>
      );
    case 'error':
      return (
        <AppShell portal="hive">
          <ErrorState error={session.error} onRetry={retry} />
        </AppShell>
      );
    case 'signedOut':
      return (
        <AppShell portal="hive">
          <SignInScreen portal="hive" onSignIn={submitSignIn} pending={signIn.pending} error={signIn.error} />
        </AppShell>
      );
    case 'signedIn':
      return (
        <AppShell portal="hive" account={<AccountSummary user={session.user} onSignOut={signOut} signingOut={signingOut} />}>
          {isHome(window.location.pathname) ? <NeedsScreen onError={noticeError} /> : <NotFound />}
        </AppShell>
      );
  }
}
