// /cases/new: register a child; opened from a hive need (?fromNeed=<id>) it starts from the need and links it after.
import { Button, Callout, Card, Heading, Text } from '@radix-ui/themes';
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useLocation, useSearchParams } from 'wouter';
import { mayIdentifyChildren, type CurrentUser } from '@kruosar/domain';
import { ErrorState, LoadingState, usePageTitle } from '@kruosar/ui';
import { useTRPC } from '../../lib/trpc';
import { IntakeForm } from './intake-form';
import { HouseholdSearch } from '../families/households-screen';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function IntakeScreen({ user }: { user: CurrentUser }) {
  const { t } = useTranslation(['staff', 'families']);
  usePageTitle(t('intake.title'));
  const trpc = useTRPC();
  const [searchParams] = useSearchParams();
  const needParam = searchParams.get('fromNeed');
  const needId = needParam && UUID.test(needParam) ? needParam : null;
  const communes = useQuery(trpc.geography.communes.queryOptions());
  const prefill = useQuery({ ...trpc.needs.casePrefill.queryOptions({ needId: needId ?? '' }), enabled: needId !== null });
  const need = useQuery({ ...trpc.needs.byId.queryOptions({ needId: needId ?? '' }), enabled: needId !== null });
  const householdParam = searchParams.get('household');
  const householdId = householdParam && UUID.test(householdParam) ? householdParam : null;
  const family = useQuery({ ...trpc.families.byId.queryOptions({ householdId: householdId ?? '' }), enabled: householdId !== null });
  const [, navigate] = useLocation();
  const [findingFamily, setFindingFamily] = useState(false);

  if (!mayIdentifyChildren(user.role)) {
    return <Callout.Root color="gray">{t('intake.notForRole')}</Callout.Root>;
  }
  const loading = communes.isPending || (needId !== null && (prefill.isPending || need.isPending)) || (householdId !== null && family.isPending);
  const failed = communes.error ?? (needId !== null ? (prefill.error ?? need.error) : null) ?? (householdId !== null ? family.error : null);
  const alreadyDecided = need.data ? need.data.status !== 'received' && need.data.status !== 'triaged' : false;

  return (
    <>
      <Heading as="h1" size="7" mb="2">
        {t('intake.heading')}
      </Heading>
      <Text as="p" color="gray" mb="4">
        {needId ? t('intake.fromNeed.intro') : t('intake.intro')}
      </Text>
      {loading ? (
        <LoadingState />
      ) : failed ? (
        <ErrorState error={failed} onRetry={() => void Promise.all([communes.refetch(), prefill.refetch(), need.refetch()])} />
      ) : (
        <>
          {family.data ? (
            <Callout.Root color="blue" mb="4" data-testid="into-household">
              <Callout.Text>
                {t('families:intake.into', { children: family.data.cases.filter((c) => c.current).map((c) => c.childName ?? c.reference).join(', ') })}
              </Callout.Text>
            </Callout.Root>
          ) : householdId === null ? (
            <Card mb="4">
              {findingFamily ? (
                <HouseholdSearch onPick={(id) => { setFindingFamily(false); navigate(`/cases/new?household=${id}`); }} />
              ) : (
                <Button variant="soft" onClick={() => setFindingFamily(true)}>{t('families:intake.findFamily')}</Button>
              )}
            </Card>
          ) : null}
          {prefill.data && prefill.data.consentToContact && (prefill.data.contactName || prefill.data.contactPhone) ? (
            <Callout.Root color="gray" mb="4">
              <Callout.Text>
                {t('intake.fromNeed.contact', { name: prefill.data.contactName || '—', phone: prefill.data.contactPhone || '—' })}
              </Callout.Text>
            </Callout.Root>
          ) : null}
          {alreadyDecided ? (
            <Callout.Root color="amber" mb="4">
              <Callout.Text>{t('intake.fromNeed.alreadyDecided')}</Callout.Text>
            </Callout.Root>
          ) : null}
          <IntakeForm
            user={user}
            communes={communes.data ?? []}
            prefill={prefill.data ?? null}
            needToLink={need.data && !alreadyDecided ? { needId: need.data.id, version: need.data.version, messageToVolunteer: need.data.messageToVolunteer } : null}
            existingHousehold={family.data?.household ?? null}
            key={family.data?.household.id ?? 'new'}
          />
        </>
      )}
    </>
  );
}
