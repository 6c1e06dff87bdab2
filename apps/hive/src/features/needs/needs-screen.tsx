// The hive home: register a need, then follow "My reports".
import { ErrorState, LoadingState, usePageTitle, useTranslation } from '@kruosar/ui/hive-lite';
import { useRemote } from '../../lib/use-remote';
import { MyReports } from './my-reports';
import { NeedForm } from './need-form';
import { listMyNeeds, listMyVillages } from './submit-need';

export function NeedsScreen({ onError }: { onError: (error: unknown) => void }) {
  const { t } = useTranslation('hive');
  usePageTitle(t('home.title'));
  const villages = useRemote(listMyVillages);
  const mine = useRemote(listMyNeeds);

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
        <NeedForm villages={villages.data} onSent={mine.reload} onError={onError} />
      )}

      <section aria-labelledby="my-reports-heading">
        <h2 id="my-reports-heading">{t('reports.heading')}</h2>
        {mine.status === 'loading' ? (
          <LoadingState />
        ) : mine.status === 'error' ? (
          <ErrorState error={mine.error} onRetry={mine.reload} />
        ) : (
          <MyReports needs={mine.data} />
        )}
      </section>
    </>
  );
}
