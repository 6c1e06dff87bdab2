// Everything after sign-in: the section links, the offline notice, the needs screen (form and My reports) and the
// hive board. Its own chunk: a phone's first visit shows the sign-in form without waiting for it, and afterwards
// the service worker serves it from the phone.
import { Suspense } from 'react';
import type { CurrentUser } from '@kruosar/domain';
import { LoadingState, useTranslation } from '@kruosar/ui/hive-lite';
import { lazyPart } from './lib/lazy-part';
import { HiveNav, screenOf } from './features/navigation/hive-nav';
import { useOnline, usePath } from './features/navigation/use-path';
import { NeedsScreen } from './features/needs/needs-screen';
import { useOutbox } from './features/outbox/use-outbox';
import { NotFound } from './not-found';

const VoiceForm = lazyPart(() => import('./features/voice/voice-form').then((m) => m.VoiceForm));
const BoardScreen = lazyPart(() => import('./features/board/board-screen').then((m) => m.BoardScreen));

export function SignedInHive({ user, onError }: { user: CurrentUser; onError: (error: unknown) => void }) {
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
          <BoardScreen ownerId={user.id} onError={onError} />
        </Suspense>
      ) : screen === 'voice' ? (
        <Suspense fallback={<LoadingState />}>
          <VoiceForm onError={onError} />
        </Suspense>
      ) : (
        <NotFound />
      )}
    </>
  );
}
