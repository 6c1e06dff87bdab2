// The hive home: register a need, then follow "My reports" (the phone's queue and the server's list together).
// The server's list is asked again when the app comes back to the front, when the network returns and on
// "Refresh"; its last copy stays on the phone (dated) for offline use.
import { Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import type { CurrentUser, VolunteerNeed } from '@kruosar/domain';
import { describeError, ErrorState, formatNumber, LoadingState, usePageTitle, useLocale, useTranslation } from '@kruosar/ui/hive-lite';
import { hiveClient } from '../../lib/client';
import { digitsFor } from '../../lib/digits';
import { lazyPart } from '../../lib/lazy-part';
import { keep, keptCopy, rememberedKeys } from '../../lib/remembered';
import { useKeptRemote } from '../../lib/use-kept-remote';
import { useRemote } from '../../lib/use-remote';
import type { QueuedNeed } from '../outbox/queued-need';
import { loadOutbox, type Outbox } from '../outbox/use-outbox';
import { NeedForm } from './need-form';
import { seenNow, unseenReplies, type SeenReplies } from './replies';
import { keptVillages, loadVillages } from './villages';

const MyReports = lazyPart(() => import('./my-reports').then((m) => m.MyReports));

type Props = { user: CurrentUser; outbox: Outbox; onError: (error: unknown) => void };

export function NeedsScreen({ user, outbox, onError }: Props) {
  const { t } = useTranslation('hive');
  const locale = useLocale();
  usePageTitle(t('home.title'));
  const villages = useRemote(() => loadVillages(user.id), keptVillages(user.id));
  const mine = useKeptRemote(rememberedKeys.reports, user.id, () =>
    hiveClient.needs.mine.query().catch((error: unknown) => {
      if (describeError(error).code === 'UNAUTHORIZED') onError(error);
      throw error;
    }),
  );
  const [fixing, setFixing] = useState<{ need: QueuedNeed | null; key: number }>({ need: null, key: 0 });
  const { reload } = mine;

  // A need went out from the phone's queue (just now, or when the network came back): ask for its status.
  const sentIds = (outbox.needs ?? []).filter((n) => n.delivery === 'sent').map((n) => n.id).join();
  useEffect(() => {
    if (sentIds) reload();
  }, [sentIds, reload]);

  // The team's replies: asked again whenever the volunteer comes back to the app or the network returns.
  useEffect(() => {
    const onVisible = () => document.visibilityState === 'visible' && reload();
    document.addEventListener('visibilitychange', onVisible);
    window.addEventListener('online', reload);
    return () => {
      document.removeEventListener('visibilitychange', onVisible);
      window.removeEventListener('online', reload);
    };
  }, [reload]);

  // Once the server lists a sent need, the phone's copy has done its job.
  const listed = mine.copy?.fresh ? mine.copy.data : null;
  useEffect(() => {
    if (listed) void loadOutbox().then((o) => o.forgetDelivered(user.id, listed.map((n) => n.id)), () => undefined);
  }, [listed, user.id]);

  const { unseen, markRead } = useUnseenReplies(user.id, mine.copy?.data ?? null);
  const fix = (need: QueuedNeed | null) => setFixing((f) => ({ need, key: f.key + 1 }));

  return (
    <>
      {villages.status === 'loading' ? (
        <LoadingState />
      ) : villages.status === 'error' ? (
        <ErrorState error={villages.error} onRetry={villages.reload} />
      ) : villages.data.length === 0 ? (
        <div className="kr-callout kr-callout-info">
          <p>{t('form.noVillages')}</p>
        </div>
      ) : (
        <NeedForm
          key={fixing.key}
          villages={villages.data}
          ownerId={user.id}
          fixing={fixing.need}
          onCancelFix={() => fix(null)}
          onSent={reload}
          onError={onError}
        />
      )}

      <section aria-labelledby="my-reports-heading">
        <h2 id="my-reports-heading">
          {t('reports.heading')}
          {unseen.size > 0 ? (
            <>
              {' '}
              <span className="kr-badge kr-badge-info" data-testid="new-replies">
                {t('reports.newReplies', { count: formatNumber(unseen.size, locale, { digits: digitsFor(locale) }) })}
              </span>
            </>
          ) : null}
        </h2>
        {unseen.size > 0 ? (
          <button type="button" className="kr-button kr-button-quiet kr-button-small" onClick={markRead}>
            {t('reports.markRead')}
          </button>
        ) : null}
        <Suspense fallback={<LoadingState />}>
          <MyReports server={mine} outbox={outbox} villages={villages.status === 'ready' ? villages.data : []} unseen={unseen} onFix={fix} onError={onError} />
        </Suspense>
      </section>
    </>
  );
}

/** The replies not yet seen; the first list the phone ever gets is the baseline, so only later replies count. */
function useUnseenReplies(ownerId: string, needs: VolunteerNeed[] | null) {
  const [seen, setSeen] = useState<SeenReplies | null>(() => keptCopy<SeenReplies>(rememberedKeys.seenReplies, ownerId)?.data ?? null);
  // The first list is the baseline (set while rendering, so no render shows its replies as new).
  if (needs && seen === null) setSeen(seenNow(needs));
  useEffect(() => {
    if (seen !== null) keep(rememberedKeys.seenReplies, ownerId, seen);
  }, [seen, ownerId]);
  const unseen = useMemo(() => unseenReplies(needs ?? [], seen), [needs, seen]);
  const markRead = useCallback(() => needs && setSeen(seenNow(needs)), [needs]);
  return { unseen, markRead };
}
