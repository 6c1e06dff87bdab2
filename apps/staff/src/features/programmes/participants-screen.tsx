// /programmes/participants: the children who come to programmes, by name or code, and a light registration with the
// duplicate check. Analysts see codes, never names, and search by code only.
import { Button, Callout, Flex, Heading, Link as RadixLink, Table, Text, TextField } from '@radix-ui/themes';
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { CurrentUser } from '@kruosar/domain';
import { EmptyState, ErrorState, LoadingState, Pagination, usePageTitle, useLocale } from '@kruosar/ui';
import { useTRPC } from '../../lib/trpc';
import { SaveError } from '../case-workflow/save-error';
import { ChildBadges, NewcomerForm, type NewcomerOutcome } from './newcomer-form';
import { mayTakeAttendance } from './programme-permissions';

const PAGE_SIZE = 25;

export function ParticipantsScreen({ user }: { user: CurrentUser }) {
  const { t } = useTranslation(['programmes', 'values']);
  usePageTitle(t('participants.title'));
  const locale = useLocale();
  const trpc = useTRPC();
  const [typed, setTyped] = useState('');
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(1);
  const [registering, setRegistering] = useState(false);
  const [registered, setRegistered] = useState<string | null>(null);
  const list = useQuery({ ...trpc.participants.list.queryOptions({ search: search || undefined, page, pageSize: PAGE_SIZE }), placeholderData: keepPreviousData });
  const register = useMutation(trpc.participants.register.mutationOptions());
  const communes = useQuery({ ...trpc.geography.communes.queryOptions(), enabled: registering });
  const named = user.role !== 'analyst';
  const resolved = (outcome: NewcomerOutcome) => {
    setRegistering(false);
    if (outcome.kind === 'tick') return setRegistered(outcome.child.name ?? outcome.child.code);
    register.mutate(outcome.newcomer, { onSuccess: (p) => { setRegistered(p.name ?? p.code); void list.refetch(); } });
  };
  const commune = communes.data?.[0]?.code;
  return (
    <Flex direction="column" gap="4">
      <RadixLink asChild size="2"><Link href="/programmes">{t('list.title')}</Link></RadixLink>
      <Flex justify="between" align="center" wrap="wrap" gap="2">
        <Heading as="h1" size="7">{t('participants.title')}</Heading>
        {mayTakeAttendance(user.role) && !registering ? <Button onClick={() => { setRegistered(null); setRegistering(true); }}>{t('participants.register')}</Button> : null}
      </Flex>
      <Text as="p" size="2" color="gray">{t('participants.intro')}</Text>
      {registering && commune ? <NewcomerForm communeCode={commune} defaultVillageCode="" onResolved={resolved} onCancel={() => setRegistering(false)} /> : null}
      <SaveError error={register.error} onReload={() => register.reset()} />
      {registered ? <Callout.Root color="green" highContrast role="status"><Callout.Text>{t('participants.registered', { name: registered })}</Callout.Text></Callout.Root> : null}
      <form role="search" onSubmit={(e) => { e.preventDefault(); setSearch(typed.trim()); setPage(1); }}>
        <Flex gap="2" align="end">
          <Flex direction="column" gap="1" flexGrow="1">
            <Text as="label" htmlFor="participant-search" size="2" weight="medium">{named ? t('participants.search') : t('participants.searchAnalyst')}</Text>
            <TextField.Root id="participant-search" value={typed} onChange={(e) => setTyped(e.target.value)} />
          </Flex>
          <Button type="submit">{t('participants.submit')}</Button>
        </Flex>
      </form>
      {list.isPending ? (
        <LoadingState />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <EmptyState title={t('participants.empty')} />
      ) : (
        <>
          <Table.Root variant="surface" data-testid="participant-list">
            <Table.Header>
              <Table.Row>
                <Table.ColumnHeaderCell>{t('participants.code')}</Table.ColumnHeaderCell>
                {named ? <Table.ColumnHeaderCell>{t('participants.name')}</Table.ColumnHeaderCell> : null}
                <Table.ColumnHeaderCell>{t('participants.sex')}</Table.ColumnHeaderCell>
                <Table.ColumnHeaderCell>{t('participants.birthYear')}</Table.ColumnHeaderCell>
                <Table.ColumnHeaderCell>{t('participants.caseReference')}</Table.ColumnHeaderCell>
                <Table.ColumnHeaderCell>{t('participants.sessions')}</Table.ColumnHeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {list.data.items.map((p) => (
                <Table.Row key={p.id}>
                  <Table.RowHeaderCell>{p.code}</Table.RowHeaderCell>
                  {named ? <Table.Cell>{(locale === 'km' ? p.nameKm : p.name) ?? ''}</Table.Cell> : null}
                  <Table.Cell>{t(`values:sex.${p.sex}`)}</Table.Cell>
                  <Table.Cell>{p.birthYear}</Table.Cell>
                  <Table.Cell><ChildBadges child={p} isNew={false} /></Table.Cell>
                  <Table.Cell>{p.sessionsAttended}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table.Root>
          <Pagination page={page} pageSize={PAGE_SIZE} total={list.data.total} onPage={setPage} label={t('participants.pages')} />
        </>
      )}
    </Flex>
  );
}
