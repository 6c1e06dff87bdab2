// The hive home: register a need, then follow "My reports" (the phone's queue and the server's list together).
import { Suspense, useEffect, useState } from 'react';
import type { CurrentUser } from '@kruosar/domain';
import { ErrorState, LoadingState, usePageTitle, useTranslation } from '@kruosar/ui/hive-lite';
import { hiveClient } from '../../lib/client';
import { lazyPart } from '../../lib/lazy-part';
import { useRemote } from '../../lib/use-remote';
import type { QueuedNeed } from '../outbox/queued-need';
import { loadOutbox, type Outbox } from '../outbox/use-outbox';
import { NeedForm } from './need-form';
import { keptVillages, loadVillages } from './villages';

const MyReports = lazyPart(() => import('./my-reports').then((m) => m.MyReports));

type Props = { user: CurrentUser; outbox: Outbox; onError: (error: unknown) => void };

export function NeedsScreen({ user, outbox, onError }: Props) {
  const { t } = useTranslation('hive');
  usePageTitle(t('home.title'));
  const villages = useRemote(() => loadVillages(user.id), keptVillages(user.id));
  const mine = useRemote(() => hiveClient.needs.mine.query());
  const [fixing, setFixing] = useState<{ need: QueuedNeed | null; key: number }>({ need: null, key: 0 });

  // A need went out from the phone's queue (just now, or when the network came back): ask for its status.
  const sentIds = (outbox.needs ?? []).filter((n) => n.delivery === 'sent').map((n) => n.id).join();
  const { reload } = mine;
  useEffect(() => {
    if (sentIds) reload();
  }, [sentIds, reload]);

  // Once the server lists a sent need, the phone's copy has done its job.
  const listed = mine.status === 'ready' ? mine.data : null;
  useEffect(() => {
    if (listed) void loadOutbox().then((o) => o.forgetDelivered(user.id, listed.map((n) => n.id)), () => undefined);
  }, [listed, user.id]);

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
        <h2 id="my-reports-heading">{t('reports.heading')}</h2>
        <Suspense fallback={<LoadingState />}>
          <MyReports server={mine} outbox={outbox} onFix={fix} />
        </Suspense>
      </section>
    </>
  );
}
