// A commune's independence index: where it stands out of 100, whether its pace reaches 100 by 2032, its history.
import type { HiveBoardCommune } from '@kruosar/domain';
import { formatDate, formatNumber, useLocale, useTranslation } from '@kruosar/ui/hive-lite';
import { Bar } from './bar';
import { digitsFor } from '../../lib/digits';

const statusClass = { not_enough_history: 'kr-badge', reached: 'kr-badge kr-badge-success', on_track: 'kr-badge kr-badge-success', behind: 'kr-badge kr-badge-warning' } as const;

export function IndexPanel({ commune }: { commune: Pick<HiveBoardCommune, 'latestIndex' | 'progress' | 'history' | 'communeCode'> }) {
  const { t } = useTranslation('hive');
  const locale = useLocale();
  const { latestIndex, progress } = commune;
  const value = latestIndex === null ? t('board.noIndex') : formatNumber(latestIndex, locale, { digits: digitsFor(locale), maximumFractionDigits: 1 });
  return (
    <div className="hive-index" data-testid="independence-index">
      <h3>{t('board.index')}</h3>
      <p className="hive-index-figure">{t('board.indexValue', { value })}</p>
      <Bar value={latestIndex ?? 0} max={100} label={t('board.goal')} />
      <p>
        <span className={statusClass[progress.status]}>{t(`board.progress.${progress.status}`)}</span>
        {progress.status === 'on_track' || progress.status === 'behind' ? (
          <> {t('board.projected', { value: formatNumber(Math.round(progress.projectedIndexAtDeadline), locale, { digits: digitsFor(locale) }) })}</>
        ) : null}
      </p>
      {commune.history.length > 0 ? (
        <details>
          <summary>{t('board.history')}</summary>
          <table className="hive-bars">
            <caption className="kr-visually-hidden">{t('board.history')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('board.date')}</th>
                <th scope="col">{t('board.index')}</th>
              </tr>
            </thead>
            <tbody>
              {[...commune.history].reverse().map((point) => (
                <tr key={point.date}>
                  <th scope="row">{formatDate(point.date, locale, { digits: digitsFor(locale) })}</th>
                  <td>
                    <Bar value={point.index} max={100} label={formatNumber(point.index, locale, { digits: digitsFor(locale), maximumFractionDigits: 1 })} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      ) : null}
    </div>
  );
}
