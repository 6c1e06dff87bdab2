// The public page: who we are, the latest published (disclosure-controlled) figures, trends, services, the map,
// the hives' road to 2032, what "<10" means, and every published table to download.
import { Box, Flex, Heading, Link as RadixLink, Separator, Text } from '@radix-ui/themes';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { LoadingState, formatYear, usePageTitle } from '@kruosar/ui';
import { useCurrentUser } from '../../lib/auth';
import { useTRPC } from '../../lib/trpc';
import { HeadlineFigures } from './headline-figures';
import { HiveProgress } from './hive-progress';
import { ImpactMap } from './impact-map';
import { useImpactLabels } from './labels';
import { SmallCountNote } from './small-count-note';
import { TableDownloads } from './table-downloads';

// The chart library is most of the page's code: it loads after the headline figures are on screen.
const TrendsChart = lazy(() => import('./trends-chart').then((m) => ({ default: m.TrendsChart })));
const ServicesChart = lazy(() => import('./services-chart').then((m) => ({ default: m.ServicesChart })));

export function ImpactScreen() {
  const { t } = useTranslation('supporters');
  usePageTitle(t('home.title'));
  const trpc = useTRPC();
  const published = useQuery(trpc.impact.latest.queryOptions()).data ?? null;
  return (
    <Flex direction="column" gap="6">
      <Box asChild>
        <section aria-labelledby="mission-heading">
          <Heading as="h1" id="mission-heading" size="8" mb="3">
            {t('mission.heading')}
          </Heading>
          <Text as="p" size="4" style={{ maxWidth: '48rem' }}>
            {t('mission.body')}
          </Text>
        </section>
      </Box>
      <HeadlineFigures />
      {published ? (
        <>
          <AnnualSummaryLink year={Number(published.quarter.slice(0, 4))} />
          <Separator size="4" />
          <Suspense fallback={<LoadingState />}>
            <TrendsChart />
            <ServicesChart />
          </Suspense>
          <ImpactMap />
          <HiveProgress />
        </>
      ) : null}
      <SmallCountNote />
      {published ? <TableDownloads /> : null}
      <AccountSection />
    </Flex>
  );
}

function AnnualSummaryLink({ year }: { year: number }) {
  const { t } = useTranslation('supporters');
  const { locale } = useImpactLabels();
  return (
    <Text as="p">
      <RadixLink asChild underline="always">
        <Link href={`/annual/${year}`}>{t('annual.link', { year: formatYear(year, locale) })}</Link>
      </RadixLink>
    </Text>
  );
}

function AccountSection() {
  const { t } = useTranslation(['supporters', 'values']);
  const me = useCurrentUser();
  if (me.isPending) return null;
  const user = me.data ?? null;
  return (
    <Box asChild>
      <section aria-labelledby="account-heading">
        <Heading as="h2" id="account-heading" size="5" mb="2">
          {t('account.heading')}
        </Heading>
        {user ? (
          <Text as="p">{t('account.signedInAs', { name: user.displayName, role: t(`values:role.${user.role}`) })}</Text>
        ) : (
          <Text as="p">
            {t('account.signInPrompt')}{' '}
            <RadixLink asChild underline="always">
              <Link href="/sign-in">{t('account.signIn')}</Link>
            </RadixLink>
          </Text>
        )}
      </section>
    </Box>
  );
}
