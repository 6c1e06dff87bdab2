// The committees' open issues on the hive board: what the children's and parents' committees of the volunteer's
// communes asked for, in their own words, with the team's answer so far. Never a member's name (the server sends
// none). Kept on the phone like the board, so it still shows, dated, offline.
import type { HiveCommitteeIssues } from '@kruosar/domain';
import { ErrorState, formatDate, formatNumber, LoadingState, useLocale, useTranslation } from '@kruosar/ui/hive-lite';
import { hiveClient } from '../../lib/client';
import { digitsFor } from '../../lib/digits';
import { isNetworkFailure } from '../../lib/kept-notice';
import { rememberedKeys } from '../../lib/remembered';
import { useKeptRemote } from '../../lib/use-kept-remote';

export function CommitteeIssues({ ownerId, onError }: { ownerId: string; onError: (error: unknown) => void }) {
  const { t } = useTranslation('hive');
  const remote = useKeptRemote(rememberedKeys.committeeIssues, ownerId, () =>
    hiveClient.committees.board.query().catch((error: unknown) => {
      onError(error);
      throw error;
    }),
  );
  const { copy, error, refreshing, reload } = remote;
  const communes = copy?.data.communes ?? [];
  return (
    <section className="kr-card" aria-labelledby="committee-issues-heading" data-testid="committee-issues">
      <h2 id="committee-issues-heading" style={{ marginTop: 0 }}>
        {t('board.committees.heading')}
      </h2>
      <p className="kr-muted">{t('board.committees.intro')}</p>
      {!copy && refreshing ? (
        <LoadingState />
      ) : !copy && error && !isNetworkFailure(error) ? (
        <ErrorState error={error} onRetry={reload} />
      ) : communes.length === 0 ? (
        <p className="kr-muted">{t('board.committees.none')}</p>
      ) : (
        communes.map((commune) => <CommuneCommittees key={commune.communeCode} commune={commune} showCommune={communes.length > 1} />)
      )}
    </section>
  );
}

function CommuneCommittees({ commune, showCommune }: { commune: HiveCommitteeIssues['communes'][number]; showCommune: boolean }) {
  const { t } = useTranslation('hive');
  const locale = useLocale();
  const n = (value: number) => formatNumber(value, locale, { digits: digitsFor(locale) });
  return (
    <>
      {showCommune ? <h3>{locale === 'km' ? commune.communeNameKm : commune.communeName}</h3> : null}
      {commune.committees.map((committee) => (
        <div key={committee.id} data-testid="committee-board">
          <h3>{committee.name}</h3>
          <p>
            {t(`board.committees.kind.${committee.kind}`)} · {t('board.committees.open', { count: n(committee.openIssues) })}
          </p>
          {committee.issues.length === 0 ? null : (
            <ul className="kr-list">
              {committee.issues.map((issue) => (
                <li key={issue.id} data-testid="committee-issue">
                  <p lang={issue.language} style={{ margin: 0 }}>
                    {issue.text}
                  </p>
                  <p className="kr-muted" style={{ margin: 0 }}>
                    {t(`board.committees.status.${issue.status}`)} · {t('board.committees.raisedOn', { date: formatDate(issue.raisedOn, locale, { digits: digitsFor(locale) }) })}
                  </p>
                  {issue.answer ? (
                    <p style={{ margin: 0 }}>
                      {t('board.committees.answer')}: {issue.answer}
                    </p>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
        </div>
      ))}
    </>
  );
}
