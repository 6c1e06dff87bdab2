// The hive portal: sign in once (remembered on the phone), then register needs, follow them and see the commune's
// hive board. Khmer first; works offline once opened online (service worker + the outbox in IndexedDB).
// The first load is only what the sign-in form needs; the signed-in screens are a chunk of their own, fetched at
// once for a remembered account and while the sign-in form is on screen otherwise.
import { Suspense, useEffect } from 'react';
import { AccountSummary, AppShell, I18nProvider, LoadingState, SignInScreen, type PortalI18n } from '@kruosar/ui/hive-lite';
import { lazyPart } from './lib/lazy-part';
import { useSession } from './features/session/use-session';

const loadSignedIn = () => import('./signed-in-hive').then((m) => m.SignedInHive);
const SignedInHive = lazyPart(loadSignedIn);

export function App({ i18n }: { i18n: PortalI18n }) {
  return (
    <I18nProvider i18n={i18n}>
      <SignedInGate />
    </I18nProvider>
  );
}

function SignedInGate() {
  const { session, signIn, submitSignIn, signOut, signingOut, noticeError } = useSession();
  const signedIn = session.status === 'signedIn';

  useEffect(() => {
    if (signedIn) return;
    // Fetch the signed-in screens while the person types, so signing in shows them at once.
    const prefetch = () => void loadSignedIn().catch(() => undefined);
    const idle = window.requestIdleCallback?.(prefetch) ?? window.setTimeout(prefetch, 1000);
    return () => (window.cancelIdleCallback ?? window.clearTimeout)(idle);
  }, [signedIn]);

  if (session.status === 'signedOut') {
    return (
      <AppShell portal="hive">
        <SignInScreen portal="hive" onSignIn={submitSignIn} pending={signIn.pending} error={signIn.error} />
      </AppShell>
    );
  }
  return (
    <AppShell portal="hive" account={<AccountSummary user={session.user} onSignOut={signOut} signingOut={signingOut} />}>
      <Suspense fallback={<LoadingState />}>
        <SignedInHive user={session.user} onError={noticeError} />
      </Suspense>
    </AppShell>
  );
}
