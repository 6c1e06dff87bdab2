// The quarterly update: a box to tick and the address to send it to. Turning it off keeps the address.
import { Box, Button, Checkbox, Flex, Heading, Text, TextField } from '@radix-ui/themes';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState, FieldError, LoadingState, describeError, errorMessage } from '@kruosar/ui';
import { useDonorUpdates, useSaveDonorUpdates } from './use-giving';

export function UpdatesForm() {
  const { t } = useTranslation('supporters');
  const current = useDonorUpdates();
  let body;
  if (current.isPending) body = <LoadingState />;
  else if (current.isError) body = <ErrorState error={current.error} onRetry={() => void current.refetch()} />;
  else body = <UpdatesFields current={current.data} />;
  return (
    <section aria-labelledby="updates-heading">
      <Heading as="h2" id="updates-heading" size="6" mb="2">
        {t('giving.updates.heading')}
      </Heading>
      <Text as="p" mb="3" style={{ maxWidth: '48rem' }}>
        {t('giving.updates.intro')}
      </Text>
      {body}
    </section>
  );
}

function UpdatesFields({ current }: { current: { quarterlyUpdates: boolean; email: string } }) {
  const { t, i18n } = useTranslation('supporters');
  const id = useId();
  const save = useSaveDonorUpdates();
  const [optIn, setOptIn] = useState(current.quarterlyUpdates);
  const [email, setEmail] = useState(current.email);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(optIn ? { quarterlyUpdates: true, email } : { quarterlyUpdates: false, email });
  };
  const emailError = save.error ? describeError(save.error).fieldErrors?.email : undefined;

  return (
      <form onSubmit={submit} noValidate aria-labelledby="updates-heading">
        <Text as="p" mb="3" data-testid="updates-status">
          {current.quarterlyUpdates ? t('giving.updates.on', { email: current.email }) : t('giving.updates.off')}
        </Text>
        <Flex direction="column" gap="3" style={{ maxWidth: '28rem' }}>
          <Text as="label" size="2">
            <Flex gap="2" align="center">
              <Checkbox checked={optIn} onCheckedChange={(v) => setOptIn(v === true)} />
              {t('giving.updates.optIn')}
            </Flex>
          </Text>
          <Flex direction="column" gap="1">
            <Text as="label" htmlFor={`${id}-email`} size="2" weight="bold">
              {t('giving.updates.email')}
            </Text>
            <TextField.Root
              id={`${id}-email`}
              type="email"
              autoComplete="email"
              value={email}
              onChange={(e) => setEmail(e.target.value)}
              aria-invalid={emailError ? true : undefined}
              aria-describedby={emailError ? `${id}-email-error` : undefined}
            />
            {emailError ? <FieldError id={`${id}-email-error`} serverMessage={emailError} /> : null}
          </Flex>
          <Box>
            <Button type="submit" loading={save.isPending}>
              {t('giving.updates.save')}
            </Button>
          </Box>
          <div aria-live="polite">
            {save.isSuccess ? <Text size="2">{t('giving.updates.saved')}</Text> : null}
            {save.isError && !emailError ? (
              <Text as="p" color="red" role="alert" size="2">
                {errorMessage(save.error, i18n)}
              </Text>
            ) : null}
          </div>
        </Flex>
      </form>
  );
}
