// /users (administrators): staff accounts with search and filters; create, edit, deactivate, reactivate, reset a password.
import { Badge, Button, Callout, Code, Flex, Heading, Table, Text, TextField } from '@radix-ui/themes';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { accountStatuses, staffRoles, type AccountStatus, type StaffRole, type TemporaryPassword, type UserAccount } from '@kruosar/domain';
import { EmptyState, ErrorState, FieldLabel, LoadingState, Pagination, errorMessage, useLocale, usePageTitle } from '@kruosar/ui';
import { useTRPC } from '../../lib/trpc';
import { AccountForm, type AccountValues } from './account-form';
import { useFeedbackStrings } from '../feedback/feedback-strings';

const PAGE_SIZE = 25;
const selectStyle = { padding: 'var(--space-1) var(--space-2)', minHeight: 'var(--space-6)', fontSize: 'var(--font-size-2)' };

export function UsersScreen() {
  useFeedbackStrings();
  const { t, i18n } = useTranslation(['staff', 'values', 'feedback']);
  usePageTitle(t('users.title'));
  const locale = useLocale();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [search, setSearch] = useState('');
  const [role, setRole] = useState<StaffRole | null>(null);
  const [status, setStatus] = useState<AccountStatus | null>(null);
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<UserAccount | 'new' | null>(null);
  const [issued, setIssued] = useState<TemporaryPassword | null>(null);
  const list = useQuery({ ...trpc.users.list.queryOptions({ search, role, status, page, pageSize: PAGE_SIZE }), placeholderData: keepPreviousData });
  const communes = useQuery(trpc.geography.communes.queryOptions());
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.users.list.queryKey() });
  const create = useMutation(trpc.users.create.mutationOptions({ onSuccess: (r) => { setIssued(r); setEditing(null); void refresh(); } }));
  const update = useMutation(trpc.users.update.mutationOptions({ onSuccess: () => { setEditing(null); void refresh(); } }));
  const deactivate = useMutation(trpc.users.deactivate.mutationOptions({ onSuccess: () => void refresh() }));
  const reactivate = useMutation(trpc.users.reactivate.mutationOptions({ onSuccess: () => void refresh() }));
  const reset = useMutation(trpc.users.resetPassword.mutationOptions({ onSuccess: (r) => { setIssued(r); void refresh(); } }));
  const resetTwoFactor = useMutation(trpc.users.resetTwoFactor.mutationOptions({ onSuccess: () => void refresh() }));
  const actionError = deactivate.error ?? reactivate.error ?? reset.error ?? resetTwoFactor.error;
  const communeName = (code: string) => {
    const unit = communes.data?.find((c) => c.code === code);
    return unit ? (locale === 'km' ? unit.nameKm : unit.nameLatin) : code;
  };

  const save = (values: AccountValues) => {
    if (editing === 'new') create.mutate(values);
    else if (editing) update.mutate({ id: editing.id, expectedVersion: editing.version, displayName: values.displayName, role: values.role, locale: values.locale, communeCodes: values.communeCodes, safeguardingLead: values.role !== 'analyst' && values.safeguardingLead });
  };

  return (
    <Flex direction="column" gap="5">
      <Flex justify="between" align="center" wrap="wrap" gap="3">
        <Heading as="h1" size="7">
          {t('users.heading')}
        </Heading>
        <Button onClick={() => { setIssued(null); create.reset(); setEditing('new'); }}>{t('users.create')}</Button>
      </Flex>
      {issued ? (
        <Callout.Root color="green" highContrast role="status" data-testid="temporary-password">
          <Callout.Text>
            {t('users.temporaryPassword', { username: issued.account.username })} <Code size="3" color="gray" highContrast data-testid="temporary-password-value">{issued.temporaryPassword}</Code>
          </Callout.Text>
          <Callout.Text size="1">{t('users.temporaryPasswordHint')}</Callout.Text>
        </Callout.Root>
      ) : null}
      {editing ? (
        <AccountForm
          key={editing === 'new' ? 'new' : editing.id}
          account={editing === 'new' ? null : editing}
          communes={communes.data ?? []}
          pending={create.isPending || update.isPending}
          error={editing === 'new' ? create.error : update.error}
          onSave={save}
          onCancel={() => setEditing(null)}
        />
      ) : null}
      <Flex gap="4" wrap="wrap" align="end" role="search" aria-label={t('users.filters')}>
        <Flex direction="column" gap="1">
          <FieldLabel htmlFor="users-search" label={t('users.search')} />
          <TextField.Root id="users-search" value={search} onChange={(e) => { setSearch(e.target.value); setPage(1); }} />
        </Flex>
        <Flex direction="column" gap="1">
          <FieldLabel htmlFor="users-role" label={t('users.form.role')} />
          <select id="users-role" style={selectStyle} value={role ?? ''} onChange={(e) => { setRole((e.target.value || null) as StaffRole | null); setPage(1); }}>
            <option value="">{t('users.all')}</option>
            {staffRoles.map((r) => <option key={r} value={r}>{t(`values:role.${r}`)}</option>)}
          </select>
        </Flex>
        <Flex direction="column" gap="1">
          <FieldLabel htmlFor="users-status" label={t('users.statusLabel')} />
          <select id="users-status" style={selectStyle} value={status ?? ''} onChange={(e) => { setStatus((e.target.value || null) as AccountStatus | null); setPage(1); }}>
            <option value="">{t('users.all')}</option>
            {accountStatuses.map((s) => <option key={s} value={s}>{t(`users.status.${s}`)}</option>)}
          </select>
        </Flex>
      </Flex>
      {actionError ? (
        <Callout.Root color="red" role="alert">
          <Callout.Text>{errorMessage(actionError, i18n)}</Callout.Text>
        </Callout.Root>
      ) : null}
      {list.isPending ? (
        <LoadingState />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.total === 0 ? (
        <EmptyState headingLevel="h2" title={t('users.empty')} />
      ) : (
        <div aria-busy={list.isFetching}>
          <Table.Root variant="surface">
            <caption className="kr-visually-hidden">{t('users.heading')}</caption>
            <Table.Header>
              <Table.Row>
                <Table.ColumnHeaderCell>{t('users.form.username')}</Table.ColumnHeaderCell>
                <Table.ColumnHeaderCell>{t('users.form.name')}</Table.ColumnHeaderCell>
                <Table.ColumnHeaderCell>{t('users.form.role')}</Table.ColumnHeaderCell>
                <Table.ColumnHeaderCell>{t('users.form.communes')}</Table.ColumnHeaderCell>
                <Table.ColumnHeaderCell>{t('users.statusLabel')}</Table.ColumnHeaderCell>
                <Table.ColumnHeaderCell>{t('users.actions')}</Table.ColumnHeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {list.data.items.map((u) => (
                <Table.Row key={u.id} data-testid="user-row">
                  <Table.RowHeaderCell>{u.username}</Table.RowHeaderCell>
                  <Table.Cell>{u.displayName}</Table.Cell>
                  <Table.Cell>
                    {t(`values:role.${u.role}`)}
                    {u.safeguardingLead ? <Text as="div" size="1" color="gray" data-testid="safeguarding-lead">{t('feedback:users.leadBadge')}</Text> : null}
                  </Table.Cell>
                  <Table.Cell>{u.communeCodes.map(communeName).join(', ') || '—'}</Table.Cell>
                  <Table.Cell>
                    <Flex direction="column" gap="1" align="start">
                      <Badge color={u.status === 'active' ? 'green' : 'gray'} highContrast>{t(`users.status.${u.status}`)}</Badge>
                      {u.mustChangePassword ? <Text size="1" color="gray">{t('users.mustChange')}</Text> : null}
                      <Text size="1" color="gray" data-testid="two-factor-state">{u.twoFactorEnabled ? t('users.twoFactorOn') : t('users.twoFactorOff')}</Text>
                    </Flex>
                  </Table.Cell>
                  <Table.Cell>
                    <Flex gap="2" wrap="wrap">
                      <Button size="1" variant="soft" aria-label={t('users.editOne', { username: u.username })} onClick={() => { update.reset(); setEditing(u); }}>
                        {t('users.edit')}
                      </Button>
                      {u.status === 'active' ? (
                        <Button size="1" variant="soft" color="red" aria-label={t('users.deactivateOne', { username: u.username })}
                          onClick={() => { if (window.confirm(t('users.deactivateConfirm', { username: u.username }))) deactivate.mutate({ id: u.id, expectedVersion: u.version }); }}>
                          {t('users.deactivate')}
                        </Button>
                      ) : (
                        <Button size="1" variant="soft" aria-label={t('users.reactivateOne', { username: u.username })} onClick={() => reactivate.mutate({ id: u.id, expectedVersion: u.version })}>
                          {t('users.reactivate')}
                        </Button>
                      )}
                      <Button size="1" variant="soft" color="gray" aria-label={t('users.resetOne', { username: u.username })}
                        onClick={() => { if (window.confirm(t('users.resetConfirm', { username: u.username }))) reset.mutate({ id: u.id, expectedVersion: u.version }); }}>
                        {t('users.reset')}
                      </Button>
                      {u.twoFactorEnabled ? (
                        <Button size="1" variant="soft" color="gray" aria-label={t('users.resetTwoFactorOne', { username: u.username })}
                          onClick={() => { if (window.confirm(t('users.resetTwoFactorConfirm', { username: u.username }))) resetTwoFactor.mutate({ id: u.id, expectedVersion: u.version }); }}>
                          {t('users.resetTwoFactor')}
                        </Button>
                      ) : null}
                    </Flex>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table.Root>
          <Pagination page={page} pageSize={PAGE_SIZE} total={list.data.total} onPage={setPage} label={t('users.heading')} />
        </div>
      )}
    </Flex>
  );
}
