// Username and password in native inputs; Enter submits; refusal shown in the user's language.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SignInInput, type Portal } from '@kruosar/domain';
import { describeError } from '../client/errors';
import { fieldMessagesOf, type FieldMessage } from '../forms/zod-issues';
import { usePageTitle } from '../page-title';
import { Spinner } from './states';

export type SignInScreenProps = {
  portal: Portal;
  onSignIn: (input: SignInInput) => void;
  pending: boolean;
  error: unknown;
};

export function SignInScreen({ portal, onSignIn, pending, error }: SignInScreenProps) {
  const { t } = useTranslation(['common', 'errors']);
  usePageTitle(t('signIn.title'));
  const [fieldErrors, setFieldErrors] = useState<Record<string, FieldMessage>>({});

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const parsed = SignInInput.safeParse({ username: data.get('username') ?? '', password: data.get('password') ?? '' });
    setFieldErrors(parsed.success ? {} : fieldMessagesOf(parsed.error));
    if (parsed.success) onSignIn(parsed.data);
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
          <p>{t(describeError(error).messageKey)}</p>
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
