// Asked before signing out when reports have not reached the team: keep them on the phone (sent when the same
// volunteer signs in again) or delete them. A native modal <dialog>: focus stays inside, Escape cancels.
import { useEffect, useRef } from 'react';
import { formatNumber, useLocale, useTranslation } from '@kruosar/ui/hive-lite';

type Props = { unsent: number; onKeep: () => void; onDiscard: () => void; onCancel: () => void };

export function SignOutDialog({ unsent, onKeep, onDiscard, onCancel }: Props) {
  const { t } = useTranslation('hive');
  const locale = useLocale();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);
  return (
    <dialog ref={dialog} className="kr-card hive-dialog" aria-labelledby="sign-out-title" aria-describedby="sign-out-body" onCancel={onCancel} data-testid="sign-out-dialog">
      <h2 id="sign-out-title" style={{ marginTop: 0 }}>
        {t('signOut.title', { count: formatNumber(unsent, locale, { digits: locale === 'km' ? 'khmer' : 'latin' }) })}
      </h2>
      <p id="sign-out-body">{t('signOut.body')}</p>
      <div className="kr-stack">
        <button type="button" className="kr-button" onClick={onKeep}>
          {t('signOut.keep')}
        </button>
        <button type="button" className="kr-button kr-button-danger" onClick={onDiscard}>
          {t('signOut.discard')}
        </button>
        <button type="button" className="kr-button kr-button-quiet" onClick={onCancel}>
          {t('signOut.cancel')}
        </button>
      </div>
    </dialog>
  );
}
