// Username and password in native inputs; Enter submits; refusal shown in the user's language.
import { useState, type FormEvent } from 'react';
import { useTranslation } from './i18n';
import type { Portal, SignInInput } from '@kruosar/domain';
import { errorMessage } from '../client/errors';
import type { FieldMessage } from '../forms/zod-issues';
import { usePageTitle } from '../page-title';
import { Spinner } from './states';

export type SignInScreenProps = {
  portal: Portal;
  onSignIn: (input: SignInInput) => void;
  pending: boolean;
  error: unknown;
};

/**
 * Only "is it filled in": the server checks SignInInput itself. Kept free of zod so the hive's
 * first screen does not download the validation library (bundle budget).
 */
export function checkSignIn(input: SignInInput): Record<string, FieldMessage> {
  const errors: Record<string, FieldMessage> = {};
  if (!input.username) errors.username = { key: 'errors:field.required' };
  if (!input.password) errors.password = { key: 'errors:field.required' };
  return errors;
}

export function SignInScreen({ portal, onSignIn, pending, error }: SignInScreenProps) {
  const { t, i18n } = useTranslation(['common', 'errors']);
  usePageTitle(t('signIn.title'));
  const [fieldErrors, setFieldErrors] = useState<Record<string, FieldMessage>>({});

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const input = { username: String(data.get('username') ?? '').trim().toLowerCase(), password: String(data.get('password') ?? '') };
    const errors = checkSignIn(input);
    setFieldErrors(errors);
    if (Object.keys(errors).length === 0) onSignIn(input);
  }

  const fieldError = (name: 'username' | 'password') => {
    const message = fieldErrors[name];
    return message ? (
      <p className="kr-field-error" id={`sign-in-${name}-error`}>
        {t(message.key, { max: message.max })}
      </p>
    ) : null;
  };

  return (
    <form className="kr-card kr-stack" onSubmit={submit} noValidate aria-busy={pending}>
      <h1 style={{ marginTop: 0 }}>{t('signIn.heading', { portal: t(`portals.${portal}`) })}</h1>
      {error ? (
        <div className="kr-callout kr-callout-danger" role="alert">
          <p>{errorMessage(error, i18n)}</p>
        </div>
      ) : null}
      <div className="kr-field">
        <label htmlFor="sign-in-username">{t('signIn.username')}</label>
        <input
          id="sign-in-username"
          name="username"
          className="kr-input"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          aria-invalid={fieldErrors.username ? true : undefined}
          aria-describedby={fieldErrors.username ? 'sign-in-username-error' : undefined}
        />
        {fieldError('username')}
      </div>
      <div className="kr-field">
        <label htmlFor="sign-in-password">{t('signIn.password')}</label>
        <input
          id="sign-in-password"
          name="password"
          type="password"
          className="kr-input"
          autoComplete="current-password"
          aria-invalid={fieldErrors.password ? true : undefined}
          aria-describedby={fieldErrors.password ? 'sign-in-password-error' : undefined}
        />
        {fieldError('password')}
      </div>
      <button type="submit" className="kr-button" disabled={pending}>
        {pending ? <Spinner /> : null}
        {pending ? t('signIn.pending') : t('signIn.submit')}
      </button>
    </form>
  );
}
