// /programmes: every programme with its sites and sessions, a supervisor's form for a new one, and the way to the
// children who come and to the reach report.
import { Button, Card, Flex, Heading, Link as RadixLink, Table, Text, TextArea } from '@radix-ui/themes';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { programmeKinds, type CurrentUser, type ProgrammeKind } from '@kruosar/domain';
import { EmptyState, ErrorState, LoadingState, formatDate, useLocale, usePageTitle } from '@kruosar/ui';
import { useTRPC } from '../../lib/trpc';
import { SaveError } from '../case-workflow/save-error';
import { ChoiceField, InputField } from '../families/fields';
import { mayManageProgrammes, mayTakeAttendance } from './programme-permissions';
import { useHealthStrings } from './health-strings';

export function ProgrammesScreen({ user }: { user: CurrentUser }) {
  useHealthStrings();
  const { t } = useTranslation(['programmes', 'health']);
  usePageTitle(t('list.title'));
  const locale = useLocale();
  const trpc = useTRPC();
  const list = useQuery(trpc.programmes.list.queryOptions({}));
  const [adding, setAdding] = useState(false);
  return (
    <Flex direction="column" gap="4">
      <Flex justify="between" align="center" wrap="wrap" gap="2">
        <Heading as="h1" size="7">{t('list.title')}</Heading>
        <Flex gap="3" align="center" wrap="wrap">
          <RadixLink asChild><Link href="/programmes/participants">{t('list.participants')}</Link></RadixLink>
          <RadixLink asChild><Link href="/programmes/reach">{t('list.reach')}</Link></RadixLink>
          <RadixLink asChild><Link href="/programmes/health-report">{t('health:links.healthReport')}</Link></RadixLink>
          {mayTakeAttendance(user.role) ? <RadixLink asChild><Link href="/programmes/referrals">{t('health:links.referrals')}</Link></RadixLink> : null}
          {mayManageProgrammes(user.role) && !adding ? <Button onClick={() => setAdding(true)}>{t('list.add')}</Button> : null}
        </Flex>
      </Flex>
      <Text as="p" size="2" color="gray">{t('list.intro')}</Text>
      {adding ? <ProgrammeForm onDone={() => { setAdding(false); void list.refetch(); }} /> : null}
      {list.isPending ? (
        <LoadingState />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.length === 0 ? (
        <EmptyState title={t('list.empty')} body={t('list.emptyBody')} />
      ) : (
        <Table.Root variant="surface" data-testid="programme-list">
          <Table.Header>
            <Table.Row>
              <Table.ColumnHeaderCell>{t('list.name')}</Table.ColumnHeaderCell>
              <Table.ColumnHeaderCell>{t('list.kind')}</Table.ColumnHeaderCell>
              <Table.ColumnHeaderCell>{t('list.sites')}</Table.ColumnHeaderCell>
              <Table.ColumnHeaderCell>{t('list.sessions')}</Table.ColumnHeaderCell>
              <Table.ColumnHeaderCell>{t('list.lastSession')}</Table.ColumnHeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {list.data.map((p) => (
              <Table.Row key={p.id}>
                <Table.RowHeaderCell><RadixLink asChild><Link href={`/programmes/${p.id}`}>{p.name}</Link></RadixLink></Table.RowHeaderCell>
                <Table.Cell>{t(`kind.${p.kind}`)}</Table.Cell>
                <Table.Cell>{p.sites}</Table.Cell>
                <Table.Cell>{p.sessions}</Table.Cell>
                <Table.Cell>{p.lastSessionOn ? formatDate(p.lastSessionOn, locale) : t('list.never')}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table.Root>
      )}
    </Flex>
  );
}

function ProgrammeForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation('programmes');
  const trpc = useTRPC();
  const create = useMutation(trpc.programmes.create.mutationOptions({ onSuccess: onDone }));
  const [kind, setKind] = useState<ProgrammeKind | ''>('');
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  return (
    <Card>
      <form aria-labelledby="programme-form-heading" onSubmit={(e) => { e.preventDefault(); create.mutate({ kind: kind as ProgrammeKind, name, description }); }}>
        <Flex direction="column" gap="3">
          <Heading as="h2" size="4" id="programme-form-heading">{t('form.heading')}</Heading>
          <InputField id="programme-name" label={t('form.name')} value={name} onChange={setName} required />
          <ChoiceField id="programme-kind" label={t('form.kind')} value={kind} onChange={setKind} options={programmeKinds.map((k) => ({ value: k, label: t(`kind.${k}`) }))} />
          <Flex direction="column" gap="1">
            <Text as="label" htmlFor="programme-description" size="2" weight="medium">{t('form.description')}</Text>
            <TextArea id="programme-description" value={description} onChange={(e) => setDescription(e.target.value)} />
          </Flex>
          <SaveError error={create.error} onReload={() => create.reset()} />
          <Flex gap="2">
            <Button type="submit" loading={create.isPending}>{t('form.save')}</Button>
            <Button type="button" variant="soft" color="gray" onClick={onDone}>{t('form.cancel')}</Button>
          </Flex>
        </Flex>
      </form>
    </Card>
  );
}
