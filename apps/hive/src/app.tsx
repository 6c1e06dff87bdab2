// The hive portal: sign in once (remembered on the phone), then register needs, follow them and see the commune's
// hive board. Khmer first; works offline once opened online (service worker + the outbox in IndexedDB).
// The first load is only what the sign-in form needs; the signed-in screens are a chunk of their own, fetched at
// once for a remembered account and while the sign-in form is on screen otherwise.
import { Suspense, useEffect, useState } from 'react';
import { AccountSummary, AppShell, I18nProvider, LoadingState, SignInScreen, type PortalI18n } from '@kruosar/ui/hive-lite';
import { lazyPart } from './lib/lazy-part';
import { useSession } from './features/session/use-session';
import { SignOutDialog } from './features/session/sign-out-dialog';
import { loadOutbox } from './features/outbox/use-outbox';

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
  const { session, signIn, submitSignIn, signOut, noticeError } = useSession();
  const signedIn = session.status === 'signedIn';
  const userId = signedIn ? session.user.id : null;
  // Reports not yet with the team, when signing out would leave them: the volunteer chooses.
  const [confirmingSignOut, setConfirmingSignOut] = useState<{ unsent: number } | null>(null);
  const [checkingOutbox, setCheckingOutbox] = useState(false);

  const finishSignOut = async (keepUnsent: boolean) => {
    setConfirmingSignOut(null);
    if (userId) await loadOutbox().then((o) => o.discardQueued(userId, { keepUnsent }), () => undefined);
    signOut();
  };
  const requestSignOut = async () => {
    if (!userId) return;
    setCheckingOutbox(true);
    const unsent = await loadOutbox().then((o) => o.countUnsent(userId), () => 0);
    setCheckingOutbox(false);
    if (unsent > 0) setConfirmingSignOut({ unsent });
    else await finishSignOut(false);
  };

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
    <AppShell portal="hive" account={<AccountSummary user={session.user} onSignOut={() => void requestSignOut()} signingOut={checkingOutbox} />}>
      <Suspense fallback={<LoadingState />}>
        <SignedInHive user={session.user} onError={noticeError} />
      </Suspense>
      {confirmingSignOut ? (
        <SignOutDialog
          unsent={confirmingSignOut.unsent}
          onKeep={() => void finishSignOut(true)}
          onDiscard={() => void finishSignOut(false)}
          onCancel={() => setConfirmingSignOut(null)}
        />
      ) : null}
    </AppShell>
  );
}
