// /programmes/:id: a programme's sites (a supervisor adds them) and sessions (case staff add them and take attendance).
import { Button, Card, Flex, Heading, Link as RadixLink, Table, Text } from '@radix-ui/themes';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { siteKinds, type CurrentUser, type ProgrammeView, type SiteKind } from '@kruosar/domain';
import { EmptyState, ErrorState, LoadingState, formatDate, formatNumber, useLocale, usePageTitle } from '@kruosar/ui';
import { useTRPC } from '../../lib/trpc';
import { SaveError } from '../case-workflow/save-error';
import { todayInCambodia } from '../case-workflow/workflow-data';
import { ChoiceField, InputField } from '../families/fields';
import { mayManageProgrammes, mayTakeAttendance } from './programme-permissions';

export function ProgrammeScreen({ programmeId, user }: { programmeId: string; user: CurrentUser }) {
  const { t } = useTranslation('programmes');
  const locale = useLocale();
  const trpc = useTRPC();
  const view = useQuery(trpc.programmes.byId.queryOptions({ id: programmeId }));
  usePageTitle(view.data?.programme.name ?? t('list.title'));
  const [addingSite, setAddingSite] = useState(false);
  const [addingSession, setAddingSession] = useState(false);
  if (view.isPending) return <LoadingState />;
  if (view.isError) return <ErrorState error={view.error} onRetry={() => void view.refetch()} />;
  const { programme, sites, sessions } = view.data;
  const refresh = () => void view.refetch();
  return (
    <Flex direction="column" gap="4">
      <RadixLink asChild size="2"><Link href="/programmes">{t('list.title')}</Link></RadixLink>
      <Heading as="h1" size="7">{programme.name}</Heading>
      <Text as="p" color="gray">{t(`kind.${programme.kind}`)}{programme.description ? ` · ${programme.description}` : ''}</Text>

      <Flex justify="between" align="center">
        <Heading as="h2" size="5">{t('programme.sitesHeading')}</Heading>
        {mayManageProgrammes(user.role) && !addingSite ? <Button variant="soft" onClick={() => setAddingSite(true)}>{t('programme.addSite')}</Button> : null}
      </Flex>
      {addingSite ? <SiteForm programmeId={programme.id} onDone={() => { setAddingSite(false); refresh(); }} /> : null}
      {sites.length === 0 ? (
        <EmptyState title={t('programme.noSites')} headingLevel="h3" />
      ) : (
        <Table.Root variant="surface" data-testid="site-list">
          <Table.Header>
            <Table.Row>
              <Table.ColumnHeaderCell>{t('programme.siteName')}</Table.ColumnHeaderCell>
              <Table.ColumnHeaderCell>{t('programme.siteKind')}</Table.ColumnHeaderCell>
              <Table.ColumnHeaderCell>{t('programme.village')}</Table.ColumnHeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {sites.map((s) => (
              <Table.Row key={s.id}>
                <Table.RowHeaderCell>{s.name}</Table.RowHeaderCell>
                <Table.Cell>{t(`siteKind.${s.kind}`)}</Table.Cell>
                <Table.Cell>{locale === 'km' ? s.villageNameKm : s.villageName}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table.Root>
      )}

      <Flex justify="between" align="center">
        <Heading as="h2" size="5">{t('programme.sessionsHeading')}</Heading>
        {mayTakeAttendance(user.role) && !addingSession && sites.length > 0 ? <Button variant="soft" onClick={() => setAddingSession(true)}>{t('programme.addSession')}</Button> : null}
      </Flex>
      {addingSession ? <SessionForm sites={sites} onDone={() => { setAddingSession(false); refresh(); }} /> : null}
      {sessions.length === 0 ? (
        <EmptyState title={t('programme.noSessions')} body={sites.length === 0 ? t('programme.needSite') : undefined} headingLevel="h3" />
      ) : (
        <Table.Root variant="surface" data-testid="session-list">
          <Table.Header>
            <Table.Row>
              <Table.ColumnHeaderCell>{t('programme.date')}</Table.ColumnHeaderCell>
              <Table.ColumnHeaderCell>{t('programme.site')}</Table.ColumnHeaderCell>
              <Table.ColumnHeaderCell>{t('programme.activity')}</Table.ColumnHeaderCell>
              <Table.ColumnHeaderCell>{t('programme.staff')}</Table.ColumnHeaderCell>
              <Table.ColumnHeaderCell>{t('programme.attended')}</Table.ColumnHeaderCell>
              <Table.ColumnHeaderCell>{t('programme.meals')}</Table.ColumnHeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {sessions.map((s) => (
              <Table.Row key={s.id} data-testid="session-row">
                <Table.RowHeaderCell>
                  {mayTakeAttendance(user.role) ? (
                    <RadixLink asChild>
                      <Link href={`/programmes/sessions/${s.id}`} aria-label={t('programme.takeAttendanceAt', { site: s.siteName, date: formatDate(s.heldOn, locale) })}>{formatDate(s.heldOn, locale)}</Link>
                    </RadixLink>
                  ) : (
                    formatDate(s.heldOn, locale)
                  )}
                </Table.RowHeaderCell>
                <Table.Cell>{s.siteName}</Table.Cell>
                <Table.Cell>{s.activity}</Table.Cell>
                <Table.Cell>{s.staffName}</Table.Cell>
                <Table.Cell>{formatNumber(s.attended, locale)}</Table.Cell>
                <Table.Cell>{s.mealsServed === null ? '–' : formatNumber(s.mealsServed, locale)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table.Root>
      )}
    </Flex>
  );
}

function SiteForm({ programmeId, onDone }: { programmeId: string; onDone: () => void }) {
  const { t } = useTranslation('programmes');
  const locale = useLocale();
  const trpc = useTRPC();
  const communes = useQuery(trpc.geography.communes.queryOptions());
  const [communeCode, setCommuneCode] = useState('');
  const villages = useQuery({ ...trpc.geography.villages.queryOptions({ communeCode }), enabled: communeCode !== '' });
  const add = useMutation(trpc.programmes.addSite.mutationOptions({ onSuccess: onDone }));
  const [kind, setKind] = useState<SiteKind | ''>('');
  const [name, setName] = useState('');
  const [villageCode, setVillageCode] = useState('');
  const placeName = (u: { nameLatin: string; nameKm: string }) => (locale === 'km' ? u.nameKm : u.nameLatin);
  return (
    <Card>
      <form aria-labelledby="site-form-heading" onSubmit={(e) => { e.preventDefault(); add.mutate({ programmeId, kind: kind as SiteKind, name, villageCode }); }}>
        <Flex direction="column" gap="3">
          <Heading as="h3" size="4" id="site-form-heading">{t('programme.siteFormHeading')}</Heading>
          <InputField id="site-name" label={t('programme.siteName')} value={name} onChange={setName} required />
          <ChoiceField id="site-kind" label={t('programme.siteKind')} value={kind} onChange={setKind} options={siteKinds.map((k) => ({ value: k, label: t(`siteKind.${k}`) }))} />
          <ChoiceField id="site-commune" label={t('programme.commune')} value={communeCode} onChange={(c) => { setCommuneCode(c); setVillageCode(''); }} options={(communes.data ?? []).map((c) => ({ value: c.code, label: placeName(c) }))} />
          <ChoiceField id="site-village" label={t('programme.village')} value={villageCode} onChange={setVillageCode} options={(villages.data ?? []).map((v) => ({ value: v.code, label: placeName(v) }))} />
          <SaveError error={add.error} onReload={() => add.reset()} />
          <Flex gap="2">
            <Button type="submit" loading={add.isPending}>{t('form.save')}</Button>
            <Button type="button" variant="soft" color="gray" onClick={onDone}>{t('form.cancel')}</Button>
          </Flex>
        </Flex>
      </form>
    </Card>
  );
}

function SessionForm({ sites, onDone }: { sites: ProgrammeView['sites']; onDone: () => void }) {
  const { t } = useTranslation('programmes');
  const trpc = useTRPC();
  const create = useMutation(trpc.programmes.createSession.mutationOptions({ onSuccess: onDone }));
  const [siteId, setSiteId] = useState(sites.length === 1 ? sites[0]!.id : '');
  const [heldOn, setHeldOn] = useState(todayInCambodia());
  const [activity, setActivity] = useState('');
  return (
    <Card>
      <form aria-labelledby="session-form-heading" onSubmit={(e) => { e.preventDefault(); create.mutate({ siteId, heldOn, activity, staffId: null }); }}>
        <Flex direction="column" gap="3">
          <Heading as="h3" size="4" id="session-form-heading">{t('programme.sessionFormHeading')}</Heading>
          <ChoiceField id="session-site" label={t('programme.site')} value={siteId} onChange={setSiteId} options={sites.map((s) => ({ value: s.id, label: s.name }))} />
          <InputField id="session-date" label={t('programme.date')} type="date" value={heldOn} onChange={setHeldOn} required />
          <InputField id="session-activity" label={t('programme.activity')} value={activity} onChange={setActivity} required />
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
