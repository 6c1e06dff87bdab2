// /committees: the children's and parents' committees of the person's communes, with their open issues; a
// supervisor adds one for a commune, a centre or a school.
import { Button, Card, Flex, Heading, Link as RadixLink, Table, Text } from '@radix-ui/themes';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { CommitteeInput, committeeKinds, type CommitteeKind, type CommitteeSummary, type CurrentUser } from '@kruosar/domain';
import { EmptyState, ErrorState, LoadingState, formatDate, formatNumber, useLocale, usePageTitle } from '@kruosar/ui';
import { useTRPC } from '../../lib/trpc';
import { SaveError } from '../case-workflow/save-error';
import { ChoiceField, InputField } from '../families/fields';
import { mayStartCommittees } from './committee-permissions';
import { useCommitteeStrings } from './committee-strings';

export const communeNameOf = (c: Pick<CommitteeSummary, 'communeName' | 'communeNameKm'>, locale: string) => (locale === 'km' ? c.communeNameKm : c.communeName);

export function CommitteesScreen({ user }: { user: CurrentUser }) {
  useCommitteeStrings();
  const { t } = useTranslation('committees');
  usePageTitle(t('title'));
  const trpc = useTRPC();
  const list = useQuery(trpc.committees.list.queryOptions({}));
  const [adding, setAdding] = useState(false);
  return (
    <Flex direction="column" gap="4">
      <Flex justify="between" align="center" wrap="wrap" gap="2">
        <Heading as="h1" size="7">
          {t('title')}
        </Heading>
        {mayStartCommittees(user.role) && !adding ? (
          <Button variant="soft" onClick={() => setAdding(true)}>
            {t('list.add')}
          </Button>
        ) : null}
      </Flex>
      <Text as="p" color="gray">
        {t('intro')}
      </Text>
      {adding ? <CommitteeForm onDone={() => setAdding(false)} /> : null}
      {list.isPending ? (
        <LoadingState />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.length === 0 ? (
        <EmptyState title={t('empty')} body={t('emptyBody')} headingLevel="h2" />
      ) : (
        <CommitteeTable committees={list.data} />
      )}
    </Flex>
  );
}

function CommitteeTable({ committees }: { committees: CommitteeSummary[] }) {
  const { t } = useTranslation('committees');
  const locale = useLocale();
  const n = (v: number) => formatNumber(v, locale);
  return (
    <Table.Root variant="surface" data-testid="committee-list">
      <caption className="kr-visually-hidden">{t('list.caption')}</caption>
      <Table.Header>
        <Table.Row>
          <Table.ColumnHeaderCell>{t('list.name')}</Table.ColumnHeaderCell>
          <Table.ColumnHeaderCell>{t('list.kind')}</Table.ColumnHeaderCell>
          <Table.ColumnHeaderCell>{t('list.commune')}</Table.ColumnHeaderCell>
          <Table.ColumnHeaderCell>{t('list.place')}</Table.ColumnHeaderCell>
          <Table.ColumnHeaderCell>{t('list.members')}</Table.ColumnHeaderCell>
          <Table.ColumnHeaderCell>{t('list.meetings')}</Table.ColumnHeaderCell>
          <Table.ColumnHeaderCell>{t('list.openIssues')}</Table.ColumnHeaderCell>
          <Table.ColumnHeaderCell>{t('list.lastMeeting')}</Table.ColumnHeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {committees.map((c) => (
          <Table.Row key={c.id} data-testid="committee-row">
            <Table.RowHeaderCell>
              <RadixLink asChild>
                <Link href={`/committees/${c.id}`}>{c.name}</Link>
              </RadixLink>
            </Table.RowHeaderCell>
            <Table.Cell>{t(`kind.${c.kind}`)}</Table.Cell>
            <Table.Cell>{communeNameOf(c, locale)}</Table.Cell>
            <Table.Cell>{c.place || t('list.wholeCommune')}</Table.Cell>
            <Table.Cell>{n(c.members)}</Table.Cell>
            <Table.Cell>{n(c.meetings)}</Table.Cell>
            <Table.Cell>{n(c.openIssues)}</Table.Cell>
            <Table.Cell style={{ whiteSpace: 'nowrap' }}>{c.lastMeetingOn ? formatDate(c.lastMeetingOn, locale) : t('list.never')}</Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table.Root>
  );
}

function CommitteeForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation('committees');
  const locale = useLocale();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const communes = useQuery(trpc.geography.communes.queryOptions());
  const create = useMutation(
    trpc.committees.create.mutationOptions({
      onSuccess: () => {
        void queryClient.invalidateQueries({ queryKey: trpc.committees.pathKey() });
        onDone();
      },
    }),
  );
  const [communeCode, setCommuneCode] = useState('');
  const [kind, setKind] = useState<CommitteeKind | ''>('');
  const [name, setName] = useState('');
  const [place, setPlace] = useState('');
  const [missing, setMissing] = useState(false);
  const save = () => {
    const parsed = CommitteeInput.safeParse({ communeCode, kind, name, place });
    setMissing(!parsed.success);
    if (parsed.success) create.mutate(parsed.data);
  };
  return (
    <Card>
      <form
        aria-labelledby="committee-form-heading"
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
      >
        <Flex direction="column" gap="3">
          <Heading as="h2" size="4" id="committee-form-heading">
            {t('form.heading')}
          </Heading>
          <ChoiceField id="committee-commune" label={t('form.commune')} value={communeCode} onChange={setCommuneCode} options={(communes.data ?? []).map((c) => ({ value: c.code, label: locale === 'km' ? c.nameKm : c.nameLatin }))} />
          <ChoiceField id="committee-kind" label={t('form.kind')} value={kind} onChange={setKind} options={committeeKinds.map((k) => ({ value: k, label: t(`kind.${k}`) }))} />
          <InputField id="committee-name" label={t('form.name')} value={name} onChange={setName} required />
          <InputField id="committee-place" label={t('form.place')} value={place} onChange={setPlace} />
          {missing ? (
            <Text as="p" color="red" role="alert">
              {t('form.missing')}
            </Text>
          ) : null}
          <SaveError error={create.error} onReload={() => create.reset()} />
          <Flex gap="2">
            <Button type="submit" loading={create.isPending}>
              {t('form.save')}
            </Button>
            <Button type="button" variant="soft" color="gray" onClick={onDone}>
              {t('form.cancel')}
            </Button>
          </Flex>
        </Flex>
      </form>
    </Card>
  );
}
