// /hives/:communeCode: one commune's hive: its index and progress to 2032, milestones, index history, committee,
// volunteers and meetings. Analysts see counts without names; supervisors and admins keep the records.
import { Card, Checkbox, Flex, Heading, Text } from '@radix-ui/themes';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { CurrentUser } from '@kruosar/domain';
import { ErrorState, LoadingState, formatNumber, useLocale, usePageTitle } from '@kruosar/ui';
import { useTRPC } from '../../lib/trpc';
import { CommitteeSection } from './committee-section';
import { mayManageHives } from './hive-access';
import { IndexBar, ProgressBadge, ProgressDetail } from './hive-progress';
import { communeNameOf } from './hives-screen';
import { IndexHistory } from './index-history';
import { MeetingsSection } from './meetings-section';
import { MilestonesSection } from './milestones-section';
import { VolunteersSection } from './volunteers-section';

export function HiveScreen({ communeCode, user }: { communeCode: string; user: CurrentUser }) {
  const { t } = useTranslation('staff');
  const locale = useLocale();
  const trpc = useTRPC();
  const [includeArchived, setIncludeArchived] = useState(false);
  const hive = useQuery(trpc.hives.byCommune.queryOptions({ communeCode, includeArchived }));
  const name = hive.data ? communeNameOf(hive.data, locale) : '';
  usePageTitle(hive.data ? t('hives.detailTitle', { commune: name }) : t('hives.title'));
  const manage = mayManageHives(user.role);

  return (
    <>
      <Link href="/hives">{t('hives.back')}</Link>
      {hive.isPending ? (
        <LoadingState />
      ) : hive.isError ? (
        <ErrorState error={hive.error} onRetry={() => void hive.refetch()} />
      ) : (
        <Flex direction="column" gap="6" mt="3">
          <Flex direction="column" gap="3">
            <Heading as="h1" size="7">
              {t('hives.detailTitle', { commune: name })}
            </Heading>
            <Card size="2" style={{ maxWidth: '36rem' }}>
              <Flex direction="column" gap="2">
                <Text weight="bold">{t('hives.columns.index')}</Text>
                <IndexBar index={hive.data.latestIndex} label={t('hives.indexOf', { commune: name })} />
                <Flex gap="2" align="center" wrap="wrap">
                  <ProgressBadge progress={hive.data.progress} />
                  <Text size="2" color="gray">
                    {t('hives.goal')}
                  </Text>
                </Flex>
                <ProgressDetail progress={hive.data.progress} />
                <Text size="2" color="gray">
                  {t('hives.openNeeds', { count: formatNumber(hive.data.counts.openNeeds, locale) })}
                </Text>
              </Flex>
            </Card>
          </Flex>
          <MilestonesSection hive={hive.data} manage={manage} />
          <IndexHistory history={hive.data.history} />
          <Text as="label" size="2">
            <Flex gap="2" align="center">
              <Checkbox checked={includeArchived} onCheckedChange={(v) => setIncludeArchived(v === true)} />
              {t('hives.showArchived')}
            </Flex>
          </Text>
          <CommitteeSection communeCode={communeCode} members={hive.data.committee} manage={manage} />
          <VolunteersSection communeCode={communeCode} volunteers={hive.data.volunteers} manage={manage} />
          <MeetingsSection communeCode={communeCode} meetings={hive.data.meetings} manage={manage} />
        </Flex>
      )}
    </>
  );
}
