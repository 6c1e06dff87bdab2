// /programmes/sessions/:id: attendance on a tablet. The site's regulars are listed to tick; a name search finds
// others; a newcomer is registered with the list. Everything is saved at once, in one request.
import { Button, Callout, Checkbox, Flex, Heading, Link as RadixLink, Text, TextField } from '@radix-ui/themes';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Newcomer } from '@kruosar/domain';
import { ErrorState, LoadingState, formatDate, formatNumber, useLocale, usePageTitle } from '@kruosar/ui';
import { useTRPC } from '../../lib/trpc';
import { SaveError } from '../case-workflow/save-error';
import { useHealthStrings } from './health-strings';
import { ChildBadges, NewcomerForm, type ListedChild, type NewcomerOutcome } from './newcomer-form';

/** The regulars of a site listed without a search: a centre's children fit on one list. */
const REGULARS = 200;

const matchesTerm = (c: { name: string | null; nameKm: string | null }, term: string) =>
  term === '' || `${c.name ?? ''} ${c.nameKm ?? ''}`.toLowerCase().includes(term);

export function AttendanceScreen({ sessionId }: { sessionId: string }) {
  useHealthStrings();
  const { t } = useTranslation(['programmes', 'health']);
  usePageTitle(t('attendance.title'));
  const locale = useLocale();
  const trpc = useTRPC();
  const view = useQuery(trpc.programmes.attendance.queryOptions({ id: sessionId }));
  const siteId = view.data?.session.siteId;
  const regulars = useQuery({ ...trpc.participants.list.queryOptions({ siteId: siteId ?? '', pageSize: REGULARS }), enabled: siteId !== undefined });
  const [search, setSearch] = useState('');
  const term = search.trim().toLowerCase();
  const found = useQuery({ ...trpc.participants.list.queryOptions({ search: search.trim(), pageSize: 50 }), enabled: term.length >= 2 });
  const [ticked, setTicked] = useState<Set<string>>(new Set());
  const [extra, setExtra] = useState<Map<string, ListedChild>>(new Map());
  const [newcomers, setNewcomers] = useState<{ key: number; newcomer: Newcomer }[]>([]);
  const [meals, setMeals] = useState('');
  const [adding, setAdding] = useState(false);
  const [savedCount, setSavedCount] = useState<number | null>(null);
  const save = useMutation(trpc.programmes.saveAttendance.mutationOptions());

  // The list as saved: each time the session's version changes (opened, or saved), tick who is on it. Set while
  // rendering, as React advises for state that follows a prop, rather than in an effect.
  const [seenVersion, setSeenVersion] = useState<number | null>(null);
  if (view.data && view.data.session.version !== seenVersion) {
    setSeenVersion(view.data.session.version);
    setTicked(new Set(view.data.attendees.map((a) => a.id)));
    setMeals(view.data.session.mealsServed === null ? '' : String(view.data.session.mealsServed));
  }

  const children = useMemo(() => {
    const all = new Map<string, ListedChild>();
    for (const c of view.data?.attendees ?? []) all.set(c.id, c);
    for (const c of regulars.data?.items ?? []) all.set(c.id, c);
    for (const [id, c] of extra) all.set(id, c);
    return [...all.values()];
  }, [view.data, regulars.data, extra]);

  if (view.isPending) return <LoadingState />;
  if (view.isError) return <ErrorState error={view.error} onRetry={() => void view.refetch()} />;
  const { session, programmeName, siteCommuneCode, siteVillageCode } = view.data;

  const shown = children.filter((c) => matchesTerm(c, term));
  const fromSearch = term.length >= 2 ? (found.data?.items ?? []).filter((c) => !children.some((k) => k.id === c.id)) : [];
  const toggle = (child: ListedChild, on: boolean) => {
    setSavedCount(null);
    setExtra((m) => (m.has(child.id) || children.some((c) => c.id === child.id) ? m : new Map(m).set(child.id, child)));
    setTicked((s) => {
      const next = new Set(s);
      if (on) next.add(child.id);
      else next.delete(child.id);
      return next;
    });
  };
  const resolved = (outcome: NewcomerOutcome) => {
    setAdding(false);
    if (outcome.kind === 'tick') toggle(outcome.child, true);
    else setNewcomers((list) => [...list, { key: Date.now() + list.length, newcomer: outcome.newcomer }]);
  };
  const total = ticked.size + newcomers.length;
  const submit = () =>
    save.mutate(
      { sessionId, expectedVersion: session.version, participantIds: [...ticked], newcomers: newcomers.map((n) => n.newcomer), mealsServed: meals.trim() === '' ? null : Number(meals) },
      {
        onSuccess: (saved) => {
          setNewcomers([]);
          setSavedCount(saved.session.attended);
          void view.refetch();
          void regulars.refetch();
        },
      },
    );

  const row = (child: ListedChild) => {
    const name = (locale === 'km' ? child.nameKm : child.name) ?? child.code;
    return (
      <li key={child.id}>
        <Text as="label" size="4">
          <Flex gap="3" align="center" py="2" px="2" style={{ minHeight: 48 }}>
            <Checkbox size="3" checked={ticked.has(child.id)} onCheckedChange={(c) => toggle(child, c === true)} />
            <Flex direction="column">
              <Text data-testid="child-name">{name}</Text>
              <Text size="2" color="gray">
                {t('newcomer.born', { year: child.birthYear })}
                {child.sessionsAttended > 0 ? ` · ${t('attendance.sessions', { count: child.sessionsAttended })}` : ''}
              </Text>
            </Flex>
            <ChildBadges child={child} isNew={false} />
          </Flex>
        </Text>
      </li>
    );
  };

  return (
    <Flex direction="column" gap="4">
      <RadixLink asChild size="2"><Link href={`/programmes/${session.programmeId}`}>{programmeName}</Link></RadixLink>
      <Heading as="h1" size="7">{t('attendance.title')}</Heading>
      {view.data.programmeKind === 'mobile_clinic' && session.attended > 0 ? (
        <Flex><Button asChild size="3" variant="soft"><Link href={`/programmes/sessions/${session.id}/health`}>{t('health:links.open')}</Link></Button></Flex>
      ) : null}
      <Text as="p" color="gray">{t('attendance.meta', { programme: programmeName, site: session.siteName, date: formatDate(session.heldOn, locale) })} · {session.activity}</Text>

      <Flex direction="column" gap="1">
        <Text as="label" htmlFor="attendance-search" size="3" weight="medium">{t('attendance.search')}</Text>
        <TextField.Root id="attendance-search" size="3" type="search" value={search} onChange={(e) => setSearch(e.target.value)} aria-describedby="attendance-search-hint" />
        <Text id="attendance-search-hint" size="2" color="gray">{t('attendance.searchHint')}</Text>
      </Flex>

      <Heading as="h2" size="5" id="attendance-list-heading">{t('attendance.list')}</Heading>
      <Text role="status" weight="bold" data-testid="ticked-count">{t('attendance.ticked', { count: total })}</Text>
      {regulars.isError ? <ErrorState error={regulars.error} onRetry={() => void regulars.refetch()} /> : null}
      {shown.length === 0 && fromSearch.length === 0 && newcomers.length === 0 ? (
        <Text as="p" color="gray">{term === '' ? t('attendance.noneListed') : t('attendance.noMatch')}</Text>
      ) : (
        <ul aria-labelledby="attendance-list-heading" data-testid="attendance-list" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {newcomers.map(({ key, newcomer }) => {
            const name = locale === 'km' ? `${newcomer.familyNameKm} ${newcomer.givenNameKm}` : `${newcomer.familyNameLatin} ${newcomer.givenNameLatin}`;
            return (
              <li key={key}>
                <Flex gap="3" align="center" py="2" px="2" style={{ minHeight: 48 }}>
                  <Text size="4">{name}</Text>
                  <ChildBadges child={{ caseReference: newcomer.linkCaseReference }} isNew />
                  <Button type="button" variant="ghost" color="gray" onClick={() => setNewcomers((list) => list.filter((n) => n.key !== key))} aria-label={t('attendance.removeNewcomer', { name })}>✕</Button>
                </Flex>
              </li>
            );
          })}
          {shown.map(row)}
          {fromSearch.map(row)}
        </ul>
      )}

      {adding ? (
        <NewcomerForm communeCode={siteCommuneCode} defaultVillageCode={siteVillageCode} onResolved={resolved} onCancel={() => setAdding(false)} />
      ) : (
        <Flex><Button type="button" size="3" variant="soft" onClick={() => setAdding(true)}>{t('attendance.addNewcomer')}</Button></Flex>
      )}

      <Flex direction="column" gap="1" style={{ maxWidth: 240 }}>
        <Text as="label" htmlFor="attendance-meals" size="3" weight="medium">{t('attendance.meals')}</Text>
        <TextField.Root id="attendance-meals" size="3" type="number" inputMode="numeric" min={0} value={meals} onChange={(e) => setMeals(e.target.value)} />
      </Flex>
      <SaveError error={save.error} onReload={() => { save.reset(); void view.refetch(); }} />
      {savedCount !== null && !save.isPending ? (
        <Callout.Root color="green" highContrast role="status"><Callout.Text>{t('attendance.saved', { count: savedCount })}</Callout.Text></Callout.Root>
      ) : null}
      <Flex gap="3" align="center">
        <Button type="button" size="4" onClick={submit} loading={save.isPending}>{t('attendance.save')}</Button>
        {newcomers.length > 0 ? <Text weight="bold">{t('attendance.unsaved')}</Text> : null}
        <Text color="gray">{formatNumber(total, locale)}</Text>
      </Flex>
    </Flex>
  );
}
