// "Tell us": a child-friendly feedback and complaints form, Khmer first, big choices, few words. Sent straight to
// the server with a phone-made id, so pressing Send again after a lost answer stores it once. A complaint about
// staff goes to the safeguarding lead only (the server decides who sees it).
import { useState, type FormEvent, type ReactNode } from 'react';
import { HiveFeedbackInput, answerWays, feedbackFroms, feedbackKinds, type AnswerWay, type FeedbackFrom, type FeedbackKind } from '@kruosar/domain';
import { describeError, errorMessage, Spinner, useTranslation } from '@kruosar/ui/hive-lite';
import { hiveClient } from '../../lib/client';
import { newNeedId } from '../needs/new-need-id';

type Draft = { kind: FeedbackKind | ''; from: FeedbackFrom | ''; words: string; concerns: string; answerWay: AnswerWay | ''; contactConsent: boolean; contact: string };
type Field = 'kind' | 'from' | 'words' | 'concerns' | 'answerWay' | 'contact';
const empty: Draft = { kind: '', from: '', words: '', concerns: '', answerWay: '', contactConsent: false, contact: '' };
const fields: Field[] = ['kind', 'from', 'words', 'concerns', 'answerWay', 'contact'];

export function VoiceForm({ onError }: { onError: (error: unknown) => void }) {
  const { t, i18n } = useTranslation(['hive', 'errors']);
  const [draft, setDraft] = useState<Draft>(empty);
  const [errors, setErrors] = useState<Partial<Record<Field, true>>>({});
  const [pending, setPending] = useState(false);
  const [sent, setSent] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  // The id of a send whose answer was lost: the same words are sent again under it.
  const [unconfirmed, setUnconfirmed] = useState<{ id: string; draft: Draft } | null>(null);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  async function send(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const id = unconfirmed && JSON.stringify(unconfirmed.draft) === JSON.stringify(draft) ? unconfirmed.id : newNeedId();
    const parsed = HiveFeedbackInput.safeParse({ ...draft, id, contact: draft.contactConsent ? draft.contact : '' });
    if (!parsed.success) {
      const found: Partial<Record<Field, true>> = {};
      for (const issue of parsed.error.issues) {
        const field = issue.path[0] as Field;
        if (fields.includes(field)) found[field] = true;
      }
      setErrors(found);
      const first = fields.find((f) => found[f]);
      if (first) document.getElementById(`voice-${first}`)?.focus();
      return;
    }
    setErrors({});
    setFailure(null);
    setPending(true);
    try {
      await hiveClient.feedback.submit.mutate(parsed.data);
      setUnconfirmed(null);
      setSent(true);
      setDraft(empty);
    } catch (error) {
      setUnconfirmed(describeError(error).code === null ? { id, draft } : null);
      setFailure(error);
      onError(error);
    } finally {
      setPending(false);
    }
  }

  if (sent) {
    return (
      <div className="kr-card kr-stack">
        <div className="kr-callout kr-callout-success" role="status">
          <p data-testid="voice-sent">{t('voice.sent')}</p>
        </div>
        <button type="button" className="kr-button" onClick={() => setSent(false)}>
          {t('voice.again')}
        </button>
      </div>
    );
  }

  const error = (field: Field) => (errors[field] ? t(`voice.required.${field}`) : null);

  return (
    <form className="kr-card kr-stack" onSubmit={send} noValidate aria-labelledby="voice-heading" aria-busy={pending}>
      <h1 id="voice-heading" style={{ marginTop: 0 }}>
        {t('voice.heading')}
      </h1>
      <p className="kr-muted">{t('voice.intro')}</p>

      <Choices id="voice-kind" legend={t('voice.kind')} error={error('kind')}>
        {feedbackKinds.map((k, i) => (
          <label key={k} className="kr-choice">
            <input id={i === 0 ? 'voice-kind' : undefined} type="radio" name="voice-kind" checked={draft.kind === k} onChange={() => set('kind', k)} />
            {t(`voice.kindValue.${k}`)}
          </label>
        ))}
      </Choices>
      {draft.kind === 'complaint_about_staff' ? <p className="kr-callout kr-callout-info">{t('voice.aboutStaffNote')}</p> : null}

      <Choices id="voice-from" legend={t('voice.from')} error={error('from')}>
        {feedbackFroms.map((f, i) => (
          <label key={f} className="kr-choice">
            <input id={i === 0 ? 'voice-from' : undefined} type="radio" name="voice-from" checked={draft.from === f} onChange={() => set('from', f)} />
            {t(`voice.fromValue.${f}`)}
          </label>
        ))}
      </Choices>

      <TextField id="voice-words" label={t('voice.words')} error={error('words')}>
        {(props) => <textarea {...props} className="kr-textarea" rows={5} value={draft.words} onChange={(e) => set('words', e.target.value)} />}
      </TextField>

      <TextField id="voice-concerns" label={t('voice.concerns')} error={error('concerns')}>
        {(props) => <input {...props} className="kr-input" autoComplete="off" value={draft.concerns} onChange={(e) => set('concerns', e.target.value)} />}
      </TextField>

      <Choices id="voice-answerWay" legend={t('voice.answerWay')} error={error('answerWay')}>
        {answerWays.map((a, i) => (
          <label key={a} className="kr-choice">
            <input id={i === 0 ? 'voice-answerWay' : undefined} type="radio" name="voice-answer" checked={draft.answerWay === a} onChange={() => set('answerWay', a)} />
            {t(`voice.answerWayValue.${a}`)}
          </label>
        ))}
      </Choices>

      <label className="kr-choice">
        <input type="checkbox" checked={draft.contactConsent} onChange={(e) => set('contactConsent', e.target.checked)} />
        {t('voice.consent')}
      </label>
      {draft.contactConsent ? (
        <TextField id="voice-contact" label={t('voice.contact')} error={error('contact')}>
          {(props) => <input {...props} className="kr-input" type="tel" inputMode="tel" autoComplete="off" value={draft.contact} onChange={(e) => set('contact', e.target.value)} />}
        </TextField>
      ) : errors.contact ? (
        <p className="kr-field-error" id="voice-contact" tabIndex={-1}>
          {t('voice.required.contact')}
        </p>
      ) : null}

      {failure ? (
        <div className="kr-callout kr-callout-danger" role="alert">
          <p>{errorMessage(failure, i18n)}</p>
        </div>
      ) : null}
      <button type="submit" className="kr-button" disabled={pending}>
        {pending ? <Spinner /> : null}
        {pending ? t('voice.sending') : t('voice.submit')}
      </button>
    </form>
  );
}

function Choices({ id, legend, error, children }: { id: string; legend: string; error: string | null; children: ReactNode }) {
  return (
    <fieldset className="kr-field" aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{legend}</legend>
      {children}
      {error ? (
        <p className="kr-field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

type ControlProps = { id: string; 'aria-invalid'?: true; 'aria-describedby'?: string };

function TextField({ id, label, error, children }: { id: string; label: string; error: string | null; children: (p: ControlProps) => ReactNode }) {
  return (
    <div className="kr-field">
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': error ? `${id}-error` : undefined })}
      {error ? (
        <p className="kr-field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
