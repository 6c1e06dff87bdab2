// A new volunteer's first sign-in: the temporary password from the coordinator opens only this form.
import { Button, Callout, Card, Flex, Heading, Text, TextField } from '@radix-ui/themes';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PasswordChangeInput } from '@kruosar/domain';
import { FieldLabel, errorMessage } from '@kruosar/ui';
import { useTRPC } from '../../lib/trpc';

export function ChangePasswordCard() {
  const { t, i18n } = useTranslation(['supporters', 'errors']);
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const change = useMutation(trpc.account.changePassword.mutationOptions({ onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.auth.me.queryKey() }) }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (next !== repeat) return setProblem(t('password.mismatch'));
    const parsed = PasswordChangeInput.safeParse({ currentPassword: current, newPassword: next });
    if (!parsed.success) return setProblem(t('password.rules'));
    setProblem(null);
    change.mutate(parsed.data);
  };

  return (
    <Card size="3" style={{ maxWidth: '28rem' }}>
      <form onSubmit={submit} noValidate aria-labelledby="password-heading">
        <Flex direction="column" gap="3">
          <Heading as="h2" size="5" id="password-heading">
            {t('password.heading')}
          </Heading>
          <Text as="p" color="gray" size="2">
            {t('password.intro')}
          </Text>
          <Flex direction="column" gap="1">
            <FieldLabel htmlFor="password-current" label={t('password.current')} />
            <TextField.Root id="password-current" type="password" autoComplete="current-password" value={current} onChange={(e) => setCurrent(e.target.value)} />
          </Flex>
          <Flex direction="column" gap="1">
            <FieldLabel htmlFor="password-new" label={t('password.new')} />
            <TextField.Root id="password-new" type="password" autoComplete="new-password" value={next} onChange={(e) => setNext(e.target.value)} aria-describedby="password-rules" />
            <Text as="p" id="password-rules" size="1" color="gray" style={{ margin: 0 }}>
              {t('password.rules')}
            </Text>
          </Flex>
          <Flex direction="column" gap="1">
            <FieldLabel htmlFor="password-repeat" label={t('password.repeat')} />
            <TextField.Root id="password-repeat" type="password" autoComplete="new-password" value={repeat} onChange={(e) => setRepeat(e.target.value)} />
          </Flex>
          {problem || change.error ? (
            <Callout.Root color="red" role="alert">
              <Callout.Text>{problem ?? errorMessage(change.error, i18n)}</Callout.Text>
            </Callout.Root>
          ) : null}
          <Flex>
            <Button type="submit" loading={change.isPending}>
              {t('password.save')}
            </Button>
          </Flex>
        </Flex>
      </form>
    </Card>
  );
}
