// "My reports": the volunteer's needs, those still on the phone and those the team has, with their status, the
// team's message back, and what to do about one the server refused. Fetched after the first screen.
import { useState } from 'react';
import { formatDate, formatNumber, Spinner, useLocale, useTranslation } from '@kruosar/ui/hive-lite';
import type { GeoUnit, NeedStatus, VolunteerNeed } from '@kruosar/domain';
import { digitsFor } from '../../lib/digits';
import { KeptNotice } from '../../lib/kept-notice';
import type { KeptRemote } from '../../lib/use-kept-remote';
import type { Outbox } from '../outbox/use-outbox';
import { failureMessage, type Delivery, type QueuedNeed } from '../outbox/queued-need';
import { reportRows, type ReportRow } from './report-rows';
import { ReportChanges } from './report-changes';

const statusClass: Record<NeedStatus, string> = {
  received: 'kr-badge kr-badge-info',
  triaged: 'kr-badge kr-badge-warning',
  linked_to_case: 'kr-badge',
  referred: 'kr-badge',
  resolved: 'kr-badge kr-badge-success',
  not_actionable: 'kr-badge kr-badge-danger',
  withdrawn: 'kr-badge',
};

const deliveryClass: Record<Delivery, string> = {
  waiting: 'kr-badge kr-badge-warning',
  sending: 'kr-badge kr-badge-info',
  sent: 'kr-badge kr-badge-success',
  refused: 'kr-badge kr-badge-danger',
};

type Props = {
  server: KeptRemote<VolunteerNeed[]>;
  outbox: Outbox;
  /** The volunteer's villages, to name each report's village in the screen's language. */
  villages: readonly GeoUnit[];
  /** Needs with a reply from the team the volunteer has not seen yet. */
  unseen: ReadonlySet<string>;
  onFix: (need: QueuedNeed) => void;
  onError: (error: unknown) => void;
};

export function MyReports({ server, outbox, villages, unseen, onFix, onError }: Props) {
  const { t } = useTranslation(['hive', 'values', 'common']);
  const locale = useLocale();
  const phone = outbox.needs ?? [];
  const rows = reportRows(server.copy?.data ?? [], phone);
  const villageName = (row: ReportRow) => {
    const village = villages.find((v) => v.code === row.villageCode);
    return village ? (locale === 'km' ? village.nameKm : village.nameLatin) : row.villageName;
  };

  return (
    <>
      <WaitingBar outbox={outbox} />
      <KeptNotice remote={server} testId="reports-kept" />
      {rows.length === 0 && server.copy ? (
        <div className="kr-card kr-state">
          <h3 style={{ margin: 0 }}>{t('reports.empty.title')}</h3>
          <p className="kr-muted">{t('reports.empty.body')}</p>
        </div>
      ) : (
        <ul className="kr-list" data-testid="my-reports">
          {rows.map((row) => (
            <Report
              key={`${row.delivery ? 'phone' : 'server'}-${row.id}`}
              row={row}
              villageName={villageName(row)}
              newReply={unseen.has(row.id)}
              onFix={onFix}
              onDelete={outbox.remove}
              onChanged={server.reload}
              onError={onError}
            />
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
          <p>{t('reports.waitingCount', { count: formatNumber(waiting, locale, { digits: digitsFor(locale) }) })}</p>
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

/** Longer than this, a report's text is cut to a few lines with "Read all" to open it. */
const LONG_REPORT_CHARS = 160;

type ReportProps = {
  row: ReportRow;
  villageName: string;
  newReply: boolean;
  onFix: (need: QueuedNeed) => void;
  onDelete: (id: string) => Promise<void>;
  onChanged: () => void;
  onError: (error: unknown) => void;
};

function Report({ row, villageName, newReply, onFix, onDelete, onChanged, onError }: ReportProps) {
  const { t, i18n } = useTranslation(['hive', 'values', 'errors']);
  const locale = useLocale();
  const [expanded, setExpanded] = useState(false);
  const long = [...row.description].length > LONG_REPORT_CHARS;
  const textId = `report-text-${row.id}`;
  const queued = row.queued;
  const remove = () => {
    if (window.confirm(t('reports.confirmDelete'))) void onDelete(row.id);
  };
  return (
    <li data-testid="my-report" data-delivery={row.delivery ?? undefined}>
      <h3 style={{ margin: 0, fontSize: '1.05rem' }}>{t(`values:needCategory.${row.category}`)}</h3>
      <p className="kr-muted" style={{ margin: 0 }}>
        {villageName} · {t('reports.reported', { date: formatDate(row.reportedAt, locale, { digits: digitsFor(locale) }) })}
      </p>
      <p style={{ margin: 'var(--kr-space-1) 0' }}>
        <span className="kr-visually-hidden">{t('reports.status')}: </span>
        {row.delivery ? (
          <span className={deliveryClass[row.delivery]}>{t(`reports.delivery.${row.delivery}`)}</span>
        ) : row.status ? (
          <span className={statusClass[row.status]}>{t(`values:needStatus.${row.status}`)}</span>
        ) : null}
        {newReply ? <span className="kr-badge kr-badge-info">{t('reports.newReply')}</span> : null}
        {row.phonedIn ? <span className="kr-badge">{t('reports.phonedIn')}</span> : null}
      </p>
      <p id={textId} className={long && !expanded ? 'kr-clamp' : undefined} style={{ margin: 0, whiteSpace: 'pre-wrap' }} data-testid="report-text">
        {row.description}
      </p>
      {long ? (
        <button type="button" className="kr-button kr-button-quiet kr-button-small" aria-expanded={expanded} aria-controls={textId} onClick={() => setExpanded((e) => !e)}>
          {expanded ? t('reports.showLess') : t('reports.readAll')}
        </button>
      ) : null}
      {row.status === 'received' && row.version !== null ? <ReportChanges row={{ ...row, version: row.version }} onChanged={onChanged} onError={onError} /> : null}
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
