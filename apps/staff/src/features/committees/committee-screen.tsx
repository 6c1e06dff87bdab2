// /committees/:id: a committee's members (analysts see codes, not names), its meetings with who came, and the
// issues it raised with the answers ("you said, we did").
import { Button, Card, Flex, Heading, Link as RadixLink, Table, Text } from '@radix-ui/themes';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { CommitteeKind, CommitteeView, CurrentUser } from '@kruosar/domain';
import { EmptyState, ErrorState, LoadingState, formatDate, formatNumber, useLocale, usePageTitle } from '@kruosar/ui';
import { useTRPC } from '../../lib/trpc';
import { SaveError } from '../case-workflow/save-error';
import { todayInCambodia } from '../case-workflow/workflow-data';
import { InputField } from '../families/fields';
import { mayKeepCommittees } from './committee-permissions';
import { useCommitteeStrings } from './committee-strings';
import { communeNameOf } from './committees-screen';
import { IssuesSection } from './issues-section';
import { MeetingForm } from './meeting-form';

export function CommitteeScreen({ committeeId, user }: { committeeId: string; user: CurrentUser }) {
  useCommitteeStrings();
  const { t } = useTranslation('committees');
  const locale = useLocale();
  const trpc = useTRPC();
  const view = useQuery(trpc.committees.byId.queryOptions({ id: committeeId }));
  usePageTitle(view.data?.committee.name ?? t('title'));
  if (view.isPending) return <LoadingState />;
  if (view.isError) return <ErrorState error={view.error} onRetry={() => void view.refetch()} />;
  const { committee } = view.data;
  const refresh = () => void view.refetch();
  const keeps = mayKeepCommittees(user.role);
  return (
    <Flex direction="column" gap="4">
      <RadixLink asChild size="2">
        <Link href="/committees">{t('committee.back')}</Link>
      </RadixLink>
      <Heading as="h1" size="7">
        {committee.name}
      </Heading>
      <Text as="p" color="gray">
        {t(`kind.${committee.kind}`)} · {communeNameOf(committee, locale)} · {committee.place || t('list.wholeCommune')}
      </Text>
      <MembersSection view={view.data} keeps={keeps} onSaved={refresh} />
      <MeetingsSection view={view.data} keeps={keeps} onSaved={refresh} />
      <IssuesSection issues={view.data.issues} keeps={keeps} onSaved={refresh} />
    </Flex>
  );
}

function MembersSection({ view, keeps, onSaved }: { view: CommitteeView; keeps: boolean; onSaved: () => void }) {
  const { t } = useTranslation('committees');
  const locale = useLocale();
  const [adding, setAdding] = useState(false);
  const children = view.committee.kind === 'children';
  return (
    <section aria-labelledby="members-heading">
      <Flex direction="column" gap="3">
        <Flex justify="between" align="center">
          <Heading as="h2" size="5" id="members-heading">
            {t('committee.membersHeading')}
          </Heading>
          {keeps && !adding ? (
            <Button variant="soft" onClick={() => setAdding(true)}>
              {t('committee.addMember')}
            </Button>
          ) : null}
        </Flex>
        {!view.identified ? (
          <Text as="p" size="2" color="gray">
            {t('committee.byCode')}
          </Text>
        ) : null}
        {adding ? (
          <MemberForm
            committeeId={view.committee.id}
            kind={view.committee.kind}
            onDone={(saved) => {
              setAdding(false);
              if (saved) onSaved();
            }}
          />
        ) : null}
        {view.members.length === 0 ? (
          <EmptyState title={t('committee.noMembers')} headingLevel="h3" />
        ) : (
          <Table.Root variant="surface" data-testid="member-list">
            <caption className="kr-visually-hidden">{t('committee.membersCaption')}</caption>
            <Table.Header>
              <Table.Row>
                <Table.ColumnHeaderCell>{t('committee.code')}</Table.ColumnHeaderCell>
                {view.identified ? <Table.ColumnHeaderCell>{t('committee.name')}</Table.ColumnHeaderCell> : null}
                <Table.ColumnHeaderCell>{t('committee.role')}</Table.ColumnHeaderCell>
                {children ? <Table.ColumnHeaderCell>{t('committee.birthYear')}</Table.ColumnHeaderCell> : null}
                {children && view.identified ? <Table.ColumnHeaderCell>{t('committee.guardian')}</Table.ColumnHeaderCell> : null}
                {children ? <Table.ColumnHeaderCell>{t('committee.consentOn')}</Table.ColumnHeaderCell> : null}
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {view.members.map((m) => (
                <Table.Row key={m.id} data-testid="member-row">
                  <Table.RowHeaderCell>{m.code}</Table.RowHeaderCell>
                  {view.identified ? <Table.Cell>{m.name}</Table.Cell> : null}
                  <Table.Cell>{m.role || '–'}</Table.Cell>
                  {children ? <Table.Cell>{m.birthYear === null ? '–' : formatNumber(m.birthYear, locale, { grouping: false })}</Table.Cell> : null}
                  {children && view.identified ? <Table.Cell>{m.guardianName}</Table.Cell> : null}
                  {children ? <Table.Cell>{m.consentOn ? formatDate(m.consentOn, locale) : '–'}</Table.Cell> : null}
                </Table.Row>
              ))}
            </Table.Body>
          </Table.Root>
        )}
      </Flex>
    </section>
  );
}

function MemberForm({ committeeId, kind, onDone }: { committeeId: string; kind: CommitteeKind; onDone: (saved: boolean) => void }) {
  const { t } = useTranslation('committees');
  const trpc = useTRPC();
  const add = useMutation(trpc.committees.addMember.mutationOptions({ onSuccess: () => onDone(true) }));
  const [name, setName] = useState('');
  const [role, setRole] = useState('');
  const [birthYear, setBirthYear] = useState('');
  const [guardianName, setGuardianName] = useState('');
  const [consentOn, setConsentOn] = useState(todayInCambodia());
  const child = kind === 'children';
  return (
    <Card>
      <form
        aria-labelledby="member-form-heading"
        onSubmit={(e) => {
          e.preventDefault();
          add.mutate({ committeeId, name, role, birthYear: child && birthYear.trim() !== '' ? birthYear : null, guardianName: child ? guardianName : '', consentOn: child && consentOn !== '' ? consentOn : null });
        }}
      >
        <Flex direction="column" gap="3">
          <Heading as="h3" size="4" id="member-form-heading">
            {t('committee.memberHeading')}
          </Heading>
          {child ? (
            <Text as="p" size="2" color="gray">
              {t('committee.childConsentHint')}
            </Text>
          ) : null}
          <InputField id="member-name" label={t('committee.name')} value={name} onChange={setName} required />
          <InputField id="member-role" label={t('committee.roleOptional')} value={role} onChange={setRole} />
          {child ? <InputField id="member-birth-year" label={t('committee.birthYear')} value={birthYear} onChange={setBirthYear} /> : null}
          {child ? <InputField id="member-guardian" label={t('committee.guardian')} value={guardianName} onChange={setGuardianName} /> : null}
          {child ? <InputField id="member-consent" label={t('committee.consentOn')} type="date" value={consentOn} onChange={setConsentOn} /> : null}
          <SaveError error={add.error} onReload={() => add.reset()} />
          <Flex gap="2">
            <Button type="submit" loading={add.isPending}>
              {t('committee.save')}
            </Button>
            <Button type="button" variant="soft" color="gray" onClick={() => onDone(false)}>
              {t('committee.cancel')}
            </Button>
          </Flex>
        </Flex>
      </form>
    </Card>
  );
}

function MeetingsSection({ view, keeps, onSaved }: { view: CommitteeView; keeps: boolean; onSaved: () => void }) {
  const { t } = useTranslation('committees');
  const locale = useLocale();
  const [adding, setAdding] = useState(false);
  return (
    <section aria-labelledby="meetings-heading">
      <Flex direction="column" gap="3">
        <Flex justify="between" align="center">
          <Heading as="h2" size="5" id="meetings-heading">
            {t('committee.meetingsHeading')}
          </Heading>
          {keeps && !adding ? (
            <Button variant="soft" onClick={() => setAdding(true)}>
              {t('committee.recordMeeting')}
            </Button>
          ) : null}
        </Flex>
        {adding ? (
          <MeetingForm
            view={view}
            onDone={(saved) => {
              setAdding(false);
              if (saved) onSaved();
            }}
          />
        ) : null}
        {view.meetings.length === 0 ? (
          <EmptyState title={t('committee.noMeetings')} headingLevel="h3" />
        ) : (
          <Table.Root variant="surface" data-testid="meeting-list">
            <caption className="kr-visually-hidden">{t('committee.meetingsCaption')}</caption>
            <Table.Header>
              <Table.Row>
                <Table.ColumnHeaderCell>{t('committee.date')}</Table.ColumnHeaderCell>
                <Table.ColumnHeaderCell>{t('committee.place')}</Table.ColumnHeaderCell>
                <Table.ColumnHeaderCell>{t('committee.attended')}</Table.ColumnHeaderCell>
                <Table.ColumnHeaderCell>{t('committee.issuesRaised')}</Table.ColumnHeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {view.meetings.map((m) => (
                <Table.Row key={m.id} data-testid="meeting-row">
                  <Table.RowHeaderCell style={{ whiteSpace: 'nowrap' }}>{formatDate(m.heldOn, locale)}</Table.RowHeaderCell>
                  <Table.Cell>{m.place}</Table.Cell>
                  <Table.Cell>{formatNumber(m.attended, locale)}</Table.Cell>
                  <Table.Cell>{formatNumber(m.issuesRaised, locale)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table.Root>
        )}
      </Flex>
    </section>
  );
}
