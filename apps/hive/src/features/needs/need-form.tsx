// "Register a need": native, labelled fields, checked with the domain schema, sent via submitNeed.
import { useEffect, useId, useState, type FormEvent, type ReactNode } from 'react';
import { describeError, errorMessage, type FieldMessage, fieldMessageKey, formatNumber, Spinner, useLocale, useTranslation } from '@kruosar/ui/hive-lite';
import type { GeoUnit } from '@kruosar/domain';
import { newNeedId } from './new-need-id';
import type { DraftCheck } from './check-draft';
import { emptyDraft, sameDraft, type NeedDraft, type NeedField, type Stamp } from './need-draft';
import { NEED_DESCRIPTION_MAX, needCategories, needUrgencies } from './need-values';
import { submitNeed } from './submit-need';

// The schema check (zod) is a separate chunk, fetched once the form is on screen.
const loadChecker = () => import('./check-draft');

type Outcome = { kind: 'sent' | 'alreadySent' } | { kind: 'failed'; error: unknown } | null;

export function NeedForm({ villages, onSent, onError }: { villages: GeoUnit[]; onSent: () => void; onError: (error: unknown) => void }) {
  const { t, i18n } = useTranslation(['hive', 'common', 'errors', 'values']);
  const locale = useLocale();
  const [draft, setDraft] = useState<NeedDraft>(emptyDraft);
  const [errors, setErrors] = useState<Partial<Record<NeedField, FieldMessage | string>>>({});
  const [pending, setPending] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  // A send that failed on the network may still have arrived: resend the same id and time, not a new need.
  const [unconfirmed, setUnconfirmed] = useState<{ draft: NeedDraft; stamp: Stamp } | null>(null);

  useEffect(() => {
    void loadChecker().catch(() => undefined); // warm up; a failure shows on submit instead
  }, []);

  const set = <K extends NeedField>(field: K, value: NeedDraft[K]) => setDraft((d) => ({ ...d, [field]: value }));

  async function send(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const stamp = unconfirmed && sameDraft(unconfirmed.draft, draft) ? unconfirmed.stamp : { id: newNeedId(), reportedAt: new Date().toISOString() };
    let check: DraftCheck;
    try {
      check = (await loadChecker()).checkDraft(draft, stamp);
    } catch (error) {
      setOutcome({ kind: 'failed', error }); // the chunk could not be fetched: offline
      return;
    }
    setErrors(check.ok ? {} : check.errors);
    setOutcome(null);
    if (!check.ok) {
      focusFirstError(check.errors);
      return;
    }
    setPending(true);
    try {
      const result = await submitNeed(check.input);
      setOutcome({ kind: result.alreadyReceived ? 'alreadySent' : 'sent' });
      setDraft(emptyDraft);
      setUnconfirmed(null);
      onSent();
    } catch (error) {
      const described = describeError(error);
      setUnconfirmed(described.code === null ? { draft, stamp } : null);
      setErrors((described.fieldErrors ?? {}) as Partial<Record<NeedField, string>>);
      setOutcome({ kind: 'failed', error });
      onError(error);
    } finally {
      setPending(false);
    }
  }

  const errorText = (field: NeedField) => {
    const error = errors[field];
    if (!error) return null;
    if (typeof error !== 'string') return t(error.key, { max: error.max === undefined ? undefined : formatNumber(error.max, locale) });
    const key = fieldMessageKey(error);
    return key ? t(key as 'errors:invalid') : error;
  };

  const villageName = (v: GeoUnit) => (locale === 'km' ? v.nameKm : v.nameLatin);

  return (
    <form className="kr-card kr-stack" onSubmit={send} noValidate aria-labelledby="need-form-heading" aria-busy={pending}>
      <h1 id="need-form-heading" style={{ marginTop: 0 }}>
        {t('form.heading')}
      </h1>
      <p className="kr-muted">{t('form.intro')}</p>

      <Field id="need-village" label={t('form.village')} error={errorText('villageCode')}>
        {(props) => (
          <select {...props} className="kr-select" value={draft.villageCode} onChange={(e) => set('villageCode', e.target.value)}>
            <option value="">{t('form.chooseVillage')}</option>
            {villages.map((v) => (
              <option key={v.code} value={v.code}>
                {villageName(v)}
              </option>
            ))}
          </select>
        )}
      </Field>

      <Field id="need-category" label={t('form.category')} error={errorText('category')}>
        {(props) => (
          <select {...props} className="kr-select" value={draft.category} onChange={(e) => set('category', e.target.value as NeedDraft['category'])}>
            <option value="">{t('form.chooseCategory')}</option>
            {needCategories.map((c) => (
              <option key={c} value={c}>
                {t(`values:needCategory.${c}`)}
              </option>
            ))}
          </select>
        )}
      </Field>

      <fieldset className="kr-field" aria-describedby={errors.urgency ? 'need-urgency-error' : undefined}>
        <legend>{t('form.urgency')}</legend>
        {needUrgencies.map((u) => (
          <label key={u} className="kr-choice">
            <input type="radio" name="urgency" value={u} checked={draft.urgency === u} onChange={() => set('urgency', u)} />
            {t(`values:needUrgency.${u}`)}
          </label>
        ))}
        {errors.urgency ? (
          <p className="kr-field-error" id="need-urgency-error">
            {errorText('urgency')}
          </p>
        ) : null}
      </fieldset>

      <Field
        id="need-description"
        label={t('form.description')}
        hint={t('form.descriptionHint')}
        error={errorText('description')}
        after={
          <p className="kr-hint" id="need-description-count">
            {t('form.counter', { count: formatNumber(draft.description.length, locale), max: formatNumber(NEED_DESCRIPTION_MAX, locale) })}
          </p>
        }
        describedBy="need-description-count"
      >
        {(props) => (
          <textarea {...props} className="kr-textarea" rows={5} value={draft.description} onChange={(e) => set('description', e.target.value)} />
        )}
      </Field>

      <Field id="need-contact-name" label={t('form.contactName')} optional={t('common:optional')} error={errorText('contactName')}>
        {(props) => <input {...props} className="kr-input" autoComplete="off" value={draft.contactName} onChange={(e) => set('contactName', e.target.value)} />}
      </Field>

      <Field id="need-contact-phone" label={t('form.contactPhone')} optional={t('common:optional')} error={errorText('contactPhone')}>
        {(props) => (
          <input {...props} className="kr-input" type="tel" inputMode="tel" autoComplete="off" value={draft.contactPhone} onChange={(e) => set('contactPhone', e.target.value)} />
        )}
      </Field>

      <label className="kr-choice">
        <input id="need-consent" type="checkbox" checked={draft.consentToContact} onChange={(e) => set('consentToContact', e.target.checked)} />
        {t('form.consent')}
      </label>

      <div role="status" aria-live="polite">
        {outcome?.kind === 'sent' || outcome?.kind === 'alreadySent' ? (
          <div className="kr-callout kr-callout-success">
            <p>{t(outcome.kind === 'sent' ? 'form.sent' : 'form.alreadySent')}</p>
          </div>
        ) : null}
      </div>
      {outcome?.kind === 'failed' ? (
        <div className="kr-callout kr-callout-danger" role="alert">
          <p>{errorMessage(outcome.error, i18n)}</p>
        </div>
      ) : null}

      <button type="submit" className="kr-button" disabled={pending}>
        {pending ? <Spinner /> : null}
        {pending ? t('form.sending') : t('form.submit')}
      </button>
    </form>
  );
}

const fieldIds: Record<NeedField, string> = {
  villageCode: 'need-village',
  category: 'need-category',
  urgency: 'need-urgency-error',
  description: 'need-description',
  contactName: 'need-contact-name',
  contactPhone: 'need-contact-phone',
  consentToContact: 'need-consent',
};

/** Take the volunteer to the first field to fix, so a screen reader reads its message. */
function focusFirstError(errors: Partial<Record<NeedField, unknown>>) {
  const first = (Object.keys(fieldIds) as NeedField[]).find((f) => errors[f]);
  if (first === 'urgency') document.querySelector<HTMLInputElement>('input[name="urgency"]')?.focus();
  else if (first) document.getElementById(fieldIds[first])?.focus();
}

type ControlProps = { id: string; 'aria-invalid'?: true; 'aria-describedby'?: string };

function Field(props: {
  id: string;
  label: string;
  hint?: string;
  optional?: string;
  error: string | null;
  after?: ReactNode;
  describedBy?: string;
  children: (control: ControlProps) => ReactNode;
}) {
  const hintId = useId();
  const errorId = `${props.id}-error`;
  const describedBy = [props.hint ? hintId : null, props.describedBy ?? null, props.error ? errorId : null].filter(Boolean).join(' ');
  return (
    <div className="kr-field">
      <label htmlFor={props.id}>
        {props.label}
        {props.optional ? <span className="kr-muted"> ({props.optional})</span> : null}
      </label>
      {props.hint ? (
        <p className="kr-hint" id={hintId} style={{ margin: 0 }}>
          {props.hint}
        </p>
      ) : null}
      {props.children({ id: props.id, 'aria-invalid': props.error ? true : undefined, 'aria-describedby': describedBy || undefined })}
      {props.after}
      {props.error ? (
        <p className="kr-field-error" id={errorId}>
          {props.error}
        </p>
      ) : null}
    </div>
  );
}
