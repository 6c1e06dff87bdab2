// "My reports": the volunteer's needs, those still on the phone and those the team has, with their status, the
// team's message back, and what to do about one the server refused. Fetched after the first screen.
import { useState } from 'react';
import { describeError, ErrorState, formatDate, formatNumber, Spinner, useLocale, useTranslation } from '@kruosar/ui/hive-lite';
import type { NeedStatus, VolunteerNeed } from '@kruosar/domain';
import type { Remote } from '../../lib/use-remote';
import type { Outbox } from '../outbox/use-outbox';
import { failureMessage, type Delivery, type QueuedNeed } from '../outbox/queued-need';
import { reportRows, type ReportRow } from './report-rows';

const statusClass: Record<NeedStatus, string> = {
  received: 'kr-badge kr-badge-info',
  triaged: 'kr-badge kr-badge-warning',
  linked_to_case: 'kr-badge',
  referred: 'kr-badge',
  resolved: 'kr-badge kr-badge-success',
  not_actionable: 'kr-badge kr-badge-danger',
};

const deliveryClass: Record<Delivery, string> = {
  waiting: 'kr-badge kr-badge-warning',
  sending: 'kr-badge kr-badge-info',
  sent: 'kr-badge kr-badge-success',
  refused: 'kr-badge kr-badge-danger',
};

type Props = {
  server: Remote<VolunteerNeed[]> & { reload: () => void };
  outbox: Outbox;
  onFix: (need: QueuedNeed) => void;
};

export function MyReports({ server, outbox, onFix }: Props) {
  const { t } = useTranslation(['hive', 'values', 'common']);
  const phone = outbox.needs ?? [];
  const rows = reportRows(server.status === 'ready' ? server.data : [], phone);
  const offline = server.status === 'error' && isNetworkFailure(server.error);

  return (
    <>
      <WaitingBar outbox={outbox} />
      {server.status === 'loading' ? (
        <p role="status" className="kr-muted">
          <Spinner /> {t('common:state.loading')}
        </p>
      ) : server.status === 'error' && !offline ? (
        <ErrorState error={server.error} onRetry={server.reload} />
      ) : offline ? (
        <div className="kr-callout kr-callout-info">
          <p>{t('reports.offline')}</p>
          <button type="button" className="kr-button kr-button-quiet kr-button-small" onClick={server.reload}>
            {t('common:state.retry')}
          </button>
        </div>
      ) : null}
      {rows.length === 0 && server.status === 'ready' ? (
        <div className="kr-card kr-state">
          <h3 style={{ margin: 0 }}>{t('reports.empty.title')}</h3>
          <p className="kr-muted">{t('reports.empty.body')}</p>
        </div>
      ) : (
        <ul className="kr-list" data-testid="my-reports">
          {rows.map((row) => (
            <Report key={`${row.delivery ? 'phone' : 'server'}-${row.id}`} row={row} onFix={onFix} onDelete={outbox.remove} />
          ))}
        </ul>
      )}
    </>
  );
}

/** How many needs wait on the phone, and "Send now". */
function WaitingBar({ outbox }: { outbox: Outbox }) {
  const { t } = useTranslation('hive');
  const locale = useLocale();
  const [sending, setSending] = useState(false);
  const [result, setResult] = useState<'sent' | 'stillWaiting' | null>(null);
  const waiting = (outbox.needs ?? []).filter((n) => n.delivery === 'waiting' || n.delivery === 'sending').length;

  const sendNow = async () => {
    setSending(true);
    setResult(null);
    const round = await outbox.sendNow();
    setSending(false);
    setResult(round && !round.stoppedBy ? 'sent' : 'stillWaiting');
  };

  return (
    <div role="status" aria-live="polite">
      {waiting > 0 ? (
        <div className="kr-callout kr-callout-info" data-testid="waiting-bar">
          <p>{t('reports.waitingCount', { count: formatNumber(waiting, locale) })}</p>
          <button type="button" className="kr-button kr-button-small" onClick={() => void sendNow()} disabled={sending}>
            {sending ? <Spinner /> : null}
            {t('reports.sendNow')}
          </button>
        </div>
      ) : null}
      {result === 'stillWaiting' && waiting > 0 ? <p className="kr-muted">{t('reports.stillWaiting')}</p> : null}
      {result === 'sent' && waiting === 0 ? <p className="kr-muted">{t('reports.allSent')}</p> : null}
    </div>
  );
}

function Report({ row, onFix, onDelete }: { row: ReportRow; onFix: (need: QueuedNeed) => void; onDelete: (id: string) => Promise<void> }) {
  const { t, i18n } = useTranslation(['hive', 'values', 'errors']);
  const locale = useLocale();
  const queued = row.queued;
  const remove = () => {
    if (window.confirm(t('reports.confirmDelete'))) void onDelete(row.id);
  };
  return (
    <li data-testid="my-report" data-delivery={row.delivery ?? undefined}>
      <h3 style={{ margin: 0, fontSize: '1.05rem' }}>{t(`values:needCategory.${row.category}`)}</h3>
      <p className="kr-muted" style={{ margin: 0 }}>
        {row.villageName} · {t('reports.reported', { date: formatDate(row.reportedAt, locale) })}
      </p>
      <p style={{ margin: 'var(--kr-space-1) 0' }}>
        <span className="kr-visually-hidden">{t('reports.status')}: </span>
        {row.delivery ? (
          <span className={deliveryClass[row.delivery]}>{t(`reports.delivery.${row.delivery}`)}</span>
        ) : row.status ? (
          <span className={statusClass[row.status]}>{t(`values:needStatus.${row.status}`)}</span>
        ) : null}
      </p>
      <p className="kr-clamp" style={{ margin: 0 }}>
        {row.description}
      </p>
      {row.messageToVolunteer ? (
        <div className="kr-callout kr-callout-info">
          <p>
            <strong>{t('reports.messageFromTeam')}:</strong> {row.messageToVolunteer}
          </p>
        </div>
      ) : null}
      {row.delivery === 'refused' && queued ? (
        <div className="kr-callout kr-callout-danger">
          <p>
            <strong>{t('reports.refused')}</strong> {row.failure ? failureMessage(row.failure, i18n) : null}
          </p>
          <p className="kr-hint">{t('reports.refusedHelp')}</p>
          <p style={{ display: 'flex', gap: 'var(--kr-space-2)', flexWrap: 'wrap' }}>
            <button type="button" className="kr-button kr-button-small" onClick={() => onFix(queued)}>
              {t('reports.fix')}
            </button>
            <button type="button" className="kr-button kr-button-quiet kr-button-small" onClick={remove}>
              {t('reports.delete')}
            </button>
          </p>
        </div>
      ) : null}
    </li>
  );
}

/** No tRPC answer at all: the phone is offline (or the server unreachable). */
const isNetworkFailure = (error: unknown) => describeError(error).messageKey === 'errors:network';
