// Changing a report the team has not looked at yet: correct what it is about, how urgent and its words, or take
// it back. Straight to the server (never queued): it must still be "received" there when the change arrives.
import { useState, type FormEvent } from 'react';
import { describeError, errorMessage, fieldMessageKey, Spinner, useTranslation } from '@kruosar/ui/hive-lite';
import { needCategories, needUrgencies, type NeedCategory, type NeedUrgency } from '@kruosar/domain';
import { hiveClient } from '../../lib/client';
import type { ReportRow } from './report-rows';

type Props = { row: ReportRow & { version: number }; onChanged: () => void; onError: (error: unknown) => void };

export function ReportChanges({ row, onChanged, onError }: Props) {
  const { t, i18n } = useTranslation(['hive', 'values', 'errors']);
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState<{ category: NeedCategory; urgency: NeedUrgency; description: string }>({
    category: row.category,
    urgency: row.urgency,
    description: row.description,
  });
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const ids = { category: `edit-category-${row.id}`, description: `edit-description-${row.id}`, error: `edit-error-${row.id}` };

  const run = async (call: () => Promise<unknown>) => {
    setPending(true);
    setFailure(null);
    try {
      await call();
      setEditing(false);
      onChanged();
    } catch (error) {
      setFailure(error);
      onError(error);
    } finally {
      setPending(false);
    }
  };
  const save = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void run(() => hiveClient.needs.edit.mutate({ needId: row.id, version: row.version, ...draft }));
  };
  const withdraw = () => {
    if (window.confirm(t('reports.confirmWithdraw'))) void run(() => hiveClient.needs.withdraw.mutate({ needId: row.id, version: row.version }));
  };
  const descriptionError = failure ? describeError(failure).fieldErrors?.description : undefined;
  const descriptionKey = descriptionError ? fieldMessageKey(descriptionError) : null;
  const problem = failure ? (
    <p className="kr-field-error" id={ids.error} role="alert">
      {descriptionError ? (descriptionKey ? t(descriptionKey as 'errors:invalid') : descriptionError) : errorMessage(failure, i18n)}
    </p>
  ) : null;

  if (!editing) {
    return (
      <>
        <p style={{ display: 'flex', gap: 'var(--kr-space-2)', flexWrap: 'wrap', margin: 'var(--kr-space-1) 0 0' }}>
          <button type="button" className="kr-button kr-button-quiet kr-button-small" onClick={() => setEditing(true)} disabled={pending}>
            {t('reports.edit')}
          </button>
          <button type="button" className="kr-button kr-button-quiet kr-button-small" onClick={withdraw} disabled={pending}>
            {pending ? <Spinner /> : null}
            {t('reports.withdraw')}
          </button>
        </p>
        {problem}
      </>
    );
  }
  return (
    <form className="kr-stack" onSubmit={save} noValidate aria-label={t('reports.editHeading')} aria-busy={pending} data-testid="edit-report">
      <div className="kr-field">
        <label htmlFor={ids.category}>{t('form.category')}</label>
        <select id={ids.category} className="kr-select" value={draft.category} onChange={(e) => setDraft((d) => ({ ...d, category: e.target.value as NeedCategory }))}>
          {needCategories.map((c) => (
            <option key={c} value={c}>
              {t(`values:needCategory.${c}`)}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="kr-field">
        <legend>{t('form.urgency')}</legend>
        {needUrgencies.map((u) => (
          <label key={u} className="kr-choice">
            <input type="radio" name={`edit-urgency-${row.id}`} value={u} checked={draft.urgency === u} onChange={() => setDraft((d) => ({ ...d, urgency: u }))} />
            {t(`values:needUrgency.${u}`)}
          </label>
        ))}
      </fieldset>
      <div className="kr-field">
        <label htmlFor={ids.description}>{t('form.description')}</label>
        <textarea
          id={ids.description}
          className="kr-textarea"
          rows={5}
          value={draft.description}
          aria-invalid={descriptionError ? true : undefined}
          aria-describedby={failure ? ids.error : undefined}
          onChange={(e) => setDraft((d) => ({ ...d, description: e.target.value }))}
        />
      </div>
      {problem}
      <p style={{ display: 'flex', gap: 'var(--kr-space-2)', flexWrap: 'wrap', margin: 0 }}>
        <button type="submit" className="kr-button kr-button-small" disabled={pending}>
          {pending ? <Spinner /> : null}
          {t('reports.saveChanges')}
        </button>
        <button type="button" className="kr-button kr-button-quiet kr-button-small" onClick={() => (setEditing(false), setFailure(null))}>
          {t('reports.cancelEdit')}
        </button>
      </p>
    </form>
  );
}
