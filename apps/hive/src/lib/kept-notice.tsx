// What a screen says about a kept copy: shown from the phone (dated) when the server cannot be reached, an error
// only when the server answered with one, and "Refresh" either way.
import { describeError, ErrorState, formatDate, LoadingState, Spinner, useLocale, useTranslation } from '@kruosar/ui/hive-lite';
import type { KeptRemote } from './use-kept-remote';
import { digitsFor } from './digits';

/** No tRPC answer at all: the phone is offline (or the server unreachable). */
export const isNetworkFailure = (error: unknown) => describeError(error).messageKey === 'errors:network';

export function KeptNotice<T>({ remote, testId }: { remote: KeptRemote<T>; testId: string }) {
  const { t } = useTranslation(['hive', 'common']);
  const locale = useLocale();
  const { copy, error, refreshing, reload } = remote;
  if (!copy && refreshing) return <LoadingState />;
  if (error && !isNetworkFailure(error)) return <ErrorState error={error} onRetry={reload} />;
  const refresh = (
    <button type="button" className="kr-button kr-button-quiet kr-button-small" onClick={reload} disabled={refreshing}>
      {refreshing ? <Spinner /> : null}
      {t('kept.refresh')}
    </button>
  );
  if (error) {
    return (
      <div className="kr-callout kr-callout-info" data-testid={testId}>
        <p>{copy ? t('kept.offlineCopy', { date: formatDate(copy.keptAt, locale, { withTime: true, digits: digitsFor(locale) }) }) : t('kept.offlineNone')}</p>
        {refresh}
      </div>
    );
  }
  return (
    <p className="hive-kept" data-testid={testId}>
      <span className="kr-muted">{copy ? t('kept.updated', { date: formatDate(copy.keptAt, locale, { withTime: true, digits: digitsFor(locale) }) }) : null}</span>
      {refresh}
    </p>
  );
}
