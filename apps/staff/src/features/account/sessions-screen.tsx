// "My account": where this person is signed in, with a way to end any other session (a lost phone, a shared
// computer). Signing in again does not end the older sessions; this screen does.
import { Badge, Button, Callout, Flex, Heading, Table, Text } from '@radix-ui/themes';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { EmptyState, ErrorState, LoadingState, formatDate, useLocale, usePageTitle } from '@kruosar/ui';
import { useTRPC } from '../../lib/trpc';
import { TwoFactorSetup } from './two-factor-setup';

export function SessionsScreen() {
  const { t } = useTranslation('staff');
  usePageTitle(t('account.title'));
  const locale = useLocale();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const sessions = useQuery(trpc.sessions.mine.queryOptions());
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.sessions.mine.queryKey() });
  const endOne = useMutation(trpc.sessions.end.mutationOptions({ onSuccess: refresh }));
  const endOthers = useMutation(trpc.sessions.endOthers.mutationOptions({ onSuccess: refresh }));
  const failed = endOne.error ?? endOthers.error;
  const when = (iso: string) => formatDate(iso, locale, { withTime: true });

  return (
    <>
      <Heading as="h1" size="7" mb="2">
        {t('account.heading')}
      </Heading>
      <Text as="p" color="gray" mb="4">
        {t('account.intro')}
      </Text>
      {failed ? (
        <Callout.Root color="red" role="alert" mb="3">
          <Callout.Text>{t('account.endFailed')}</Callout.Text>
        </Callout.Root>
      ) : null}
      {sessions.isPending ? (
        <LoadingState />
      ) : sessions.isError ? (
        <ErrorState error={sessions.error} onRetry={() => void sessions.refetch()} />
      ) : sessions.data.length === 0 ? (
        <EmptyState title={t('account.empty')} />
      ) : (
        <>
          <Table.Root variant="surface" data-testid="sessions-table">
            <caption className="kr-visually-hidden">{t('account.tableLabel')}</caption>
            <Table.Header>
              <Table.Row>
                <Table.ColumnHeaderCell>{t('account.columns.signedIn')}</Table.ColumnHeaderCell>
                <Table.ColumnHeaderCell>{t('account.columns.expires')}</Table.ColumnHeaderCell>
                <Table.ColumnHeaderCell>
                  <span className="kr-visually-hidden">{t('account.columns.action')}</span>
                </Table.ColumnHeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {sessions.data.map((s) => (
                <Table.Row key={s.id} data-testid="session-row">
                  <Table.RowHeaderCell>
                    {when(s.createdAt)}
                    {s.current ? (
                      <Badge color="green" highContrast ml="2">
                        {t('account.thisBrowser')}
                      </Badge>
                    ) : null}
                  </Table.RowHeaderCell>
                  <Table.Cell>{when(s.expiresAt)}</Table.Cell>
                  <Table.Cell>
                    {s.current ? null : (
                      <Button variant="soft" color="red" disabled={endOne.isPending} onClick={() => endOne.mutate({ sessionId: s.id })} aria-label={t('account.endOneLabel', { when: when(s.createdAt) })}>
                        {t('account.endOne')}
                      </Button>
                    )}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table.Root>
          {sessions.data.some((s) => !s.current) ? (
            <Flex mt="4">
              <Button color="red" disabled={endOthers.isPending} onClick={() => endOthers.mutate()}>
                {t('account.endOthers')}
              </Button>
            </Flex>
          ) : (
            <Text as="p" mt="4" data-testid="only-this-session">
              {t('account.onlyThis')}
            </Text>
          )}
        </>
      )}
      <Flex direction="column" mt="6" style={{ maxWidth: '34rem' }}>
        <TwoFactorSetup />
      </Flex>
    </>
  );
}
