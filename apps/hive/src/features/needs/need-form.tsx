// "Register a need": native, labelled fields, checked with the domain schema, kept on the phone and sent through
// the outbox (features/outbox). Also where a need the server refused is fixed and saved again.
import { useEffect, useId, useState, type FormEvent, type ReactNode } from 'react';
import { describeError, errorMessage, type FieldMessage, fieldMessageKey, formatNumber, Spinner, useLocale, useTranslation } from '@kruosar/ui/hive-lite';
import { isReportedInFuture, NEED_DESCRIPTION_MAX, needCategories, needUrgencies, type GeoUnit } from '@kruosar/domain';
import { newNeedId } from './new-need-id';
import type { DraftCheck } from './check-draft';
import { draftOf, emptyDraft, sameDraft, type NeedDraft, type NeedField, type Stamp } from './need-draft';
import { loadOutbox } from '../outbox/use-outbox';
import { failureMessage, type QueuedNeed } from '../outbox/queued-need';
import { digitsFor } from '../../lib/digits';

// The schema check (zod) is a separate chunk, fetched once the form is on screen.
const loadChecker = () => import('./check-draft');

type Outcome =
  | { kind: 'sent' | 'alreadySent' | 'queued' }
  | { kind: 'refused'; text: string }
  | { kind: 'failed'; error: unknown }
  | null;

type Props = {
  villages: GeoUnit[];
  ownerId: string;
  /** A need the server refused, opened from "My reports" to be fixed; saving it replaces it. */
  fixing: QueuedNeed | null;
  onCancelFix: () => void;
  onSent: () => void;
  onError: (error: unknown) => void;
};

export function NeedForm({ villages, ownerId, fixing, onCancelFix, onSent, onError }: Props) {
  const { t, i18n } = useTranslation(['hive', 'common', 'errors', 'values']);
  const locale = useLocale();
  const [draft, setDraft] = useState<NeedDraft>(() => (fixing ? draftOf(fixing.input) : emptyDraft));
  const [errors, setErrors] = useState<Partial<Record<NeedField, FieldMessage | string>>>(() => fieldErrorsOf(fixing?.failure?.fieldErrors));
  const [pending, setPending] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  // The refused need on the phone that this draft will replace, and when it was first reported.
  const [replaces, setReplaces] = useState<{ id: string; reportedAt: string } | null>(fixing ? { id: fixing.id, reportedAt: fixing.input.reportedAt } : null);
  // Without a queue on the phone, a send that failed on the network may still have arrived: resend the same id.
  const [unconfirmed, setUnconfirmed] = useState<{ draft: NeedDraft; stamp: Stamp } | null>(null);

  useEffect(() => {
    void loadChecker().catch(() => undefined); // warm up; a failure shows on submit instead
    if (fixing) focusFirstError(fieldErrorsOf(fixing.failure?.fieldErrors), 'need-form-heading');
    // Only when the form opens (the screen gives it a new key for each need to fix).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const set = <K extends NeedField>(field: K, value: NeedDraft[K]) => setDraft((d) => ({ ...d, [field]: value }));

  async function send(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // A fixed need keeps when it was first reported, unless that was "in the future" (a phone clock set wrong).
    const firstReported = replaces && !isReportedInFuture(replaces.reportedAt, new Date()) ? replaces.reportedAt : null;
    const stamp = unconfirmed && sameDraft(unconfirmed.draft, draft) ? unconfirmed.stamp : { id: newNeedId(), reportedAt: firstReported ?? new Date().toISOString() };
    let check: DraftCheck;
    try {
      check = (await loadChecker()).checkDraft(draft, stamp);
    } catch (error) {
      setOutcome({ kind: 'failed', error }); // the chunk could not be fetched
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
      const village = villages.find((v) => v.code === check.input.villageCode);
      const villageName = village ? (locale === 'km' ? village.nameKm : village.nameLatin) : check.input.villageCode;
      const saved = await (await loadOutbox()).saveNeed(check.input, { ownerId, villageName, replaces: replaces?.id ?? null });
      setUnconfirmed(null);
      if (saved.kind === 'refused') {
        // Kept on the phone as refused (listed in My reports); this draft, fixed, replaces it.
        setReplaces({ id: saved.need.id, reportedAt: saved.need.input.reportedAt });
        setErrors(fieldErrorsOf(saved.need.failure?.fieldErrors));
        setOutcome({ kind: 'refused', text: saved.need.failure ? failureMessage(saved.need.failure, i18n) : t('errors:invalid') });
        focusFirstError(fieldErrorsOf(saved.need.failure?.fieldErrors));
        return;
      }
      setOutcome({ kind: saved.kind });
      setDraft(emptyDraft);
      setReplaces(null);
      if (saved.kind !== 'queued') onSent();
    } catch (error) {
      const described = describeError(error);
      setUnconfirmed(described.code === null ? { draft, stamp } : null);
      setErrors(fieldErrorsOf(described.fieldErrors));
      setOutcome({ kind: 'failed', error });
      onError(error);
    } finally {
      setPending(false);
    }
  }

  const errorText = (field: NeedField) => {
    const error = errors[field];
    if (!error) return null;
    if (typeof error !== 'string') return t(error.key, { max: error.max === undefined ? undefined : formatNumber(error.max, locale, { digits: digitsFor(locale) }) });
    const key = fieldMessageKey(error);
    return key ? t(key as 'errors:invalid') : error;
  };

  const villageName = (v: GeoUnit) => (locale === 'km' ? v.nameKm : v.nameLatin);

  return (
    <form className="kr-card kr-stack" onSubmit={send} noValidate aria-labelledby="need-form-heading" aria-busy={pending}>
      <h1 id="need-form-heading" tabIndex={-1} style={{ marginTop: 0 }}>
        {t('form.heading')}
      </h1>
      <p className="kr-muted">{t('form.intro')}</p>
      {replaces ? (
        <div className="kr-callout kr-callout-info">
          <p>{t('form.fixing')}</p>
          <button type="button" className="kr-button kr-button-quiet kr-button-small" onClick={onCancelFix}>
            {t('form.cancelFix')}
          </button>
        </div>
      ) : null}

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
            {t('form.counter', { count: formatNumber(draft.description.length, locale, { digits: digitsFor(locale) }), max: formatNumber(NEED_DESCRIPTION_MAX, locale, { digits: digitsFor(locale) }) })}
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

      <Field id="need-contact-phone" label={t('form.contactPhone')} optional={t('common:optional')} hint={t('form.contactPhoneHint')} error={errorText('contactPhone')}>
        {(props) => (
          <input {...props} className="kr-input" type="tel" inputMode="tel" autoComplete="off" value={draft.contactPhone} onChange={(e) => set('contactPhone', e.target.value)} />
        )}
      </Field>

      <label className="kr-choice">
        <input id="need-consent" type="checkbox" checked={draft.consentToContact} onChange={(e) => set('consentToContact', e.target.checked)} />
        {t('form.consent')}
      </label>

      <div role="status" aria-live="polite">
        {outcome?.kind === 'sent' || outcome?.kind === 'alreadySent' || outcome?.kind === 'queued' ? (
          <div className={`kr-callout ${outcome.kind === 'queued' ? 'kr-callout-info' : 'kr-callout-success'}`}>
            <p>{t(`form.${outcome.kind === 'queued' ? 'saved' : outcome.kind}`)}</p>
          </div>
        ) : null}
      </div>
      {outcome?.kind === 'failed' || outcome?.kind === 'refused' ? (
        <div className="kr-callout kr-callout-danger" role="alert">
          <p>{outcome.kind === 'refused' ? outcome.text : errorMessage(outcome.error, i18n)}</p>
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

/** Take the volunteer to the first field to fix, so a screen reader reads its message (else to `otherwise`). */
function focusFirstError(errors: Partial<Record<NeedField, unknown>>, otherwise?: string) {
  const first = (Object.keys(fieldIds) as NeedField[]).find((f) => errors[f]);
  if (first === 'urgency') document.querySelector<HTMLInputElement>('input[name="urgency"]')?.focus();
  else if (first) document.getElementById(fieldIds[first])?.focus();
  else if (otherwise) document.getElementById(otherwise)?.focus();
}

/** The server's field problems (keys or texts by field path), for the fields of this form. */
function fieldErrorsOf(fieldErrors: Record<string, string> | null | undefined): Partial<Record<NeedField, string>> {
  return Object.fromEntries(Object.entries(fieldErrors ?? {}).filter(([path]) => path in emptyDraft)) as Partial<Record<NeedField, string>>;
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
