// The hive board: for each of the volunteer's communes, its open needs by kind (counts only, no names), meetings,
// milestones, and the independence index with its progress towards 2032. CSS bars, no chart library (budget).
import type { HiveBoardCommune } from '@kruosar/domain';
import { formatDate, formatNumber, usePageTitle, useLocale, useTranslation } from '@kruosar/ui/hive-lite';
import { hiveClient } from '../../lib/client';
import { digitsFor } from '../../lib/digits';
import { KeptNotice } from '../../lib/kept-notice';
import { rememberedKeys } from '../../lib/remembered';
import { useKeptRemote } from '../../lib/use-kept-remote';
import { IndexPanel } from './index-panel';
import { MilestoneList } from './milestone-list';
import { Bar } from './bar';
import { CommitteeIssues } from './committee-issues';

/** The board, with its last copy kept on the phone: offline it shows that copy and its date, not an error. */
export function BoardScreen({ ownerId, onError }: { ownerId: string; onError: (error: unknown) => void }) {
  const { t } = useTranslation('hive');
  usePageTitle(t('board.title'));
  const board = useKeptRemote(rememberedKeys.board, ownerId, () =>
    hiveClient.needs.board.query().catch((error: unknown) => {
      onError(error);
      throw error;
    }),
  );
  return (
    <>
      <h1>{t('board.title')}</h1>
      <p className="kr-muted">{t('board.intro')}</p>
      <KeptNotice remote={board} testId="board-kept" />
      {!board.copy ? null : board.copy.data.communes.length === 0 ? (
        <div className="kr-callout kr-callout-info">
          <p>{t('board.noCommune')}</p>
        </div>
      ) : (
        board.copy.data.communes.map((commune) => <CommuneBoard key={commune.communeCode} commune={commune} />)
      )}
      <CommitteeIssues ownerId={ownerId} onError={onError} />
    </>
  );
}

function CommuneBoard({ commune }: { commune: HiveBoardCommune }) {
  const { t } = useTranslation(['hive', 'values']);
  const locale = useLocale();
  const headingId = `board-${commune.communeCode}`;
  const most = Math.max(1, ...commune.needs.byCategory.map((c) => c.count));
  return (
    <section className="kr-card" aria-labelledby={headingId} data-testid="commune-board">
      <h2 id={headingId} style={{ marginTop: 0 }}>
        {locale === 'km' ? commune.communeNameKm : commune.communeName}
      </h2>

      <IndexPanel commune={commune} />

      <h3>{t('board.openNeeds', { count: formatNumber(commune.needs.total, locale, { digits: digitsFor(locale) }) })}</h3>
      <table className="hive-bars" data-testid="open-needs">
        <caption className="kr-visually-hidden">{t('board.openNeedsCaption')}</caption>
        <thead className="kr-visually-hidden">
          <tr>
            <th scope="col">{t('board.kind')}</th>
            <th scope="col">{t('board.count')}</th>
          </tr>
        </thead>
        <tbody>
          {commune.needs.byCategory.map(({ category, count }) => (
            <tr key={category}>
              <th scope="row">{t(`values:needCategory.${category}`)}</th>
              <td>
                <Bar value={count} max={most} label={formatNumber(count, locale, { digits: digitsFor(locale) })} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <h3>{t('board.milestones')}</h3>
      <MilestoneList milestones={commune.milestones} />

      <h3>{t('board.meetings')}</h3>
      {commune.meetings.length === 0 ? (
        <p className="kr-muted">{t('board.noMeetings')}</p>
      ) : (
        <ul className="kr-list">
          {commune.meetings.map((m, i) => (
            <li key={`${m.heldOn}-${i}`}>
              {formatDate(m.heldOn, locale, { digits: digitsFor(locale) })} · {t('board.attendees', { count: formatNumber(m.attendeesCount, locale, { digits: digitsFor(locale) }) })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
