// Username and password, Enter submits; the server's refusal shown in the user's language.
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Callout, Card, Container, Flex, Heading, Text, TextField } from '@radix-ui/themes';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { SignInInput, type Portal } from '@kruosar/domain';
import { describeError, errorMessage } from '../client/errors';
import { usePageTitle } from '../page-title';
import { FieldError } from './field-error';

export type SignInScreenProps = {
  portal: Portal;
  onSignIn: (input: SignInInput) => void;
  pending: boolean;
  /** The last sign-in failure, if any. */
  error: unknown;
};

export function SignInScreen({ portal, onSignIn, pending, error }: SignInScreenProps) {
  const { t, i18n } = useTranslation(['common', 'errors', 'values']);
  usePageTitle(t('signIn.title'));
  const { register, handleSubmit, formState, setFocus } = useForm({ resolver: zodResolver(SignInInput) });
  const { errors } = formState;
  // Two-factor sign-in: the server asks for the code after the right password; the form then sends both again.
  const codeAsked = ['errors:twoFactorCodeNeeded', 'errors:wrongTwoFactorCode'].includes(error ? describeError(error).messageKey : '');
  const [askCode, setAskCode] = useState(false);
  // Kept once asked (state adjusted while rendering, not in an effect): a later error still shows the field.
  if (codeAsked && !askCode) setAskCode(true);
  // Focus moves to the code once its field is there (and again after a wrong code).
  useEffect(() => {
    if (askCode && codeAsked) setFocus('code');
  }, [askCode, codeAsked, error, setFocus]);
  return (
    <Container size="1">
      <Card size="3">
        <form onSubmit={handleSubmit(onSignIn)} noValidate aria-busy={pending}>
          <Flex direction="column" gap="4">
            <Heading as="h1" size="6">
              {t('signIn.heading', { portal: t(`portals.${portal}`) })}
            </Heading>
            {error ? (
              <Callout.Root color="red" role="alert">
                <Callout.Text>{errorMessage(error, i18n)}</Callout.Text>
              </Callout.Root>
            ) : null}
            <Flex direction="column" gap="1">
              <Text as="label" htmlFor="sign-in-username" weight="bold" size="2">
                {t('signIn.username')}
              </Text>
              <TextField.Root
                id="sign-in-username"
                size="3"
                autoComplete="username"
                autoCapitalize="none"
                spellCheck={false}
                aria-invalid={errors.username ? true : undefined}
                aria-describedby={errors.username ? 'sign-in-username-error' : undefined}
                {...register('username')}
              />
              <FieldError id="sign-in-username-error" error={errors.username} />
            </Flex>
            <Flex direction="column" gap="1">
              <Text as="label" htmlFor="sign-in-password" weight="bold" size="2">
                {t('signIn.password')}
              </Text>
              <TextField.Root
                id="sign-in-password"
                size="3"
                type="password"
                autoComplete="current-password"
                aria-invalid={errors.password ? true : undefined}
                aria-describedby={errors.password ? 'sign-in-password-error' : undefined}
                {...register('password')}
              />
              <FieldError id="sign-in-password-error" error={errors.password} />
            </Flex>
            {askCode ? (
              <Flex direction="column" gap="1">
                <Text as="label" htmlFor="sign-in-code" weight="bold" size="2">
                  {t('signIn.code')}
                </Text>
                <TextField.Root
                  id="sign-in-code"
                  size="3"
                  autoFocus
                  autoComplete="one-time-code"
                  inputMode="text"
                  autoCapitalize="none"
                  spellCheck={false}
                  aria-describedby="sign-in-code-hint"
                  {...register('code')}
                />
                <Text as="p" id="sign-in-code-hint" size="1" color="gray" style={{ margin: 0 }}>
                  {t('signIn.codeHint')}
                </Text>
              </Flex>
            ) : null}
            <Button type="submit" size="3" loading={pending} disabled={pending}>
              {pending ? t('signIn.pending') : t('signIn.submit')}
            </Button>
          </Flex>
        </form>
      </Card>
    </Container>
  );
}
