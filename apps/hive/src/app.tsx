// The hive portal: sign in once (remembered on the phone), then register needs, follow them and see the commune's
// hive board. Khmer first; works offline once opened online (service worker + the outbox in IndexedDB).
import { Suspense } from 'react';
import type { CurrentUser } from '@kruosar/domain';
import { AccountSummary, AppShell, ErrorState, I18nProvider, LoadingState, SignInScreen, useTranslation, type PortalI18n } from '@kruosar/ui/hive-lite';
import { lazyPart } from './lib/lazy-part';
import { HiveNav, screenOf } from './features/navigation/hive-nav';
import { useOnline, usePath } from './features/navigation/use-path';
import { NeedsScreen } from './features/needs/needs-screen';
import { useOutbox } from './features/outbox/use-outbox';
import { useSession } from './features/session/use-session';
import { NotFound } from './not-found';

const BoardScreen = lazyPart(() => import('./features/board/board-screen').then((m) => m.BoardScreen));

export function App({ i18n }: { i18n: PortalI18n }) {
  return (
    <I18nProvider i18n={i18n}>
      <SignedInGate />
    </I18nProvider>
  );
}

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
          <SignedInHive user={session.user} onError={noticeError} />
        </AppShell>
      );
  }
}

function SignedInHive({ user, onError }: { user: CurrentUser; onError: (error: unknown) => void }) {
  const { t } = useTranslation('hive');
  // The outbox sends what waits whichever screen is open.
  const outbox = useOutbox(user.id, onError);
  const screen = screenOf(usePath());
  const online = useOnline();
  return (
    <>
      <HiveNav current={screen} />
      <div role="status">
        {online ? null : (
          <div className="kr-callout kr-callout-info" data-testid="offline-banner">
            <p>{t('offline')}</p>
          </div>
        )}
      </div>
      {screen === 'home' ? (
        <NeedsScreen user={user} outbox={outbox} onError={onError} />
      ) : screen === 'board' ? (
        <Suspense fallback={<LoadingState />}>
          <BoardScreen onError={onError} />
        </Suspense>
      ) : (
        <NotFound />
      )}
    </>
  );
}
