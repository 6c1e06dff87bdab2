// /programmes/referrals: children referred to a health centre at an outreach day, and what came of it. Open referrals
// first; each takes its outcome (attended or not, dated, with a note). Case staff only: the list names children.
import { Button, Card, Flex, Heading, Link as RadixLink, RadioGroup, SegmentedControl, Text, TextField } from '@radix-ui/themes';
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { HealthReferralItem } from '@kruosar/domain';
import { EmptyState, ErrorState, LoadingState, formatDate, useLocale, usePageTitle } from '@kruosar/ui';
import { useTRPC } from '../../lib/trpc';
import { useHealthStrings } from './health-strings';
import { SaveError } from '../case-workflow/save-error';
import { todayInCambodia } from '../case-workflow/workflow-data';
import { IndicationBadge } from './health-checks-screen';

export function ReferralsScreen() {
  useHealthStrings();
  const { t } = useTranslation(['health', 'programmes']);
  usePageTitle(t('referrals.title'));
  const trpc = useTRPC();
  const [status, setStatus] = useState<'open' | 'all'>('open');
  const list = useQuery({ ...trpc.programmes.healthReferrals.queryOptions({ status, pageSize: 100 }), placeholderData: keepPreviousData });
  return (
    <Flex direction="column" gap="4">
      <RadixLink asChild size="2"><Link href="/programmes">{t('programmes:list.title')}</Link></RadixLink>
      <Heading as="h1" size="7">{t('referrals.title')}</Heading>
      <Text as="p" size="2" color="gray">{t('referrals.intro')}</Text>
      <SegmentedControl.Root value={status} onValueChange={(v) => setStatus(v as 'open' | 'all')} aria-label={t('referrals.show')}>
        <SegmentedControl.Item value="open">{t('referrals.open')}</SegmentedControl.Item>
        <SegmentedControl.Item value="all">{t('referrals.all')}</SegmentedControl.Item>
      </SegmentedControl.Root>
      {list.isPending ? (
        <LoadingState />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <EmptyState title={status === 'open' ? t('referrals.emptyOpen') : t('referrals.empty')} />
      ) : (
        <Flex direction="column" gap="3" data-testid="referral-list">
          {list.data.items.map((r) => <ReferralCard key={`${r.healthCheckId}-${r.version}`} item={r} onSaved={() => void list.refetch()} />)}
        </Flex>
      )}
    </Flex>
  );
}

function ReferralCard({ item, onSaved }: { item: HealthReferralItem; onSaved: () => void }) {
  const { t } = useTranslation(['health', 'programmes']);
  const locale = useLocale();
  const trpc = useTRPC();
  const name = (locale === 'km' ? item.nameKm : item.name) ?? item.participantCode;
  const [outcome, setOutcome] = useState<'attended' | 'not_attended' | ''>('');
  const [outcomeOn, setOutcomeOn] = useState(todayInCambodia());
  const [note, setNote] = useState('');
  const save = useMutation(trpc.programmes.recordReferralOutcome.mutationOptions({ onSuccess: onSaved }));
  const id = `ref-${item.healthCheckId}`;
  const { referral } = item;
  return (
    <Card data-testid="referral-row">
      <Flex direction="column" gap="2">
        <Flex gap="3" align="center" wrap="wrap">
          <Heading as="h2" size="4" id={`${id}-name`}>{name}</Heading>
          <IndicationBadge indication={item.indication} />
          <Text weight="bold" data-testid="referral-status">{t(`health.status.${referral.status}`)}</Text>
        </Flex>
        <Text size="2">{t('referrals.meta', { centre: referral.healthCentre, date: formatDate(item.referredOn, locale), site: item.siteName, programme: item.programmeName })}</Text>
        {referral.reason ? <Text size="2" color="gray">{referral.reason}</Text> : null}
        {referral.status !== 'referred' ? (
          <Text size="2">{t('referrals.outcomeOn', { date: formatDate(referral.outcomeOn ?? item.referredOn, locale) })}{referral.note ? ` · ${referral.note}` : ''}</Text>
        ) : (
          <form
            aria-labelledby={`${id}-name`}
            onSubmit={(e) => {
              e.preventDefault();
              save.mutate({ healthCheckId: item.healthCheckId, expectedVersion: item.version, outcome: outcome as 'attended', outcomeOn, note });
            }}
          >
            <Flex direction="column" gap="3">
              <Flex direction="column" gap="1">
                <Text id={`${id}-outcome`} size="3" weight="medium">{t('referrals.outcome')}</Text>
                <RadioGroup.Root value={outcome} onValueChange={(v) => setOutcome(v as 'attended')} size="3" aria-labelledby={`${id}-outcome`}>
                  <RadioGroup.Item value="attended">{t('health.status.attended')}</RadioGroup.Item>
                  <RadioGroup.Item value="not_attended">{t('health.status.not_attended')}</RadioGroup.Item>
                </RadioGroup.Root>
              </Flex>
              <Flex gap="3" wrap="wrap">
                <Flex direction="column" gap="1" style={{ width: 200 }}>
                  <Text as="label" htmlFor={`${id}-date`} size="3" weight="medium">{t('referrals.date')}</Text>
                  <TextField.Root id={`${id}-date`} size="3" type="date" value={outcomeOn} onChange={(e) => setOutcomeOn(e.target.value)} required />
                </Flex>
                <Flex direction="column" gap="1" style={{ minWidth: 260, flexGrow: 1 }}>
                  <Text as="label" htmlFor={`${id}-note`} size="3" weight="medium">{t('referrals.note')}</Text>
                  <TextField.Root id={`${id}-note`} size="3" value={note} onChange={(e) => setNote(e.target.value)} />
                </Flex>
              </Flex>
              <SaveError error={save.error} onReload={() => { save.reset(); onSaved(); }} />
              <Flex><Button type="submit" size="3" loading={save.isPending}>{t('referrals.save', { name })}</Button></Flex>
            </Flex>
          </form>
        )}
      </Flex>
    </Card>
  );
}
