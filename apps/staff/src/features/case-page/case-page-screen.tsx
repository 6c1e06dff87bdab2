// /cases/:id/:tab?: the header, then the tabs of case-tabs.tsx; the open tab is the address's last part.
import { Box, Button, Callout, Flex, Tabs, Text } from '@radix-ui/themes';
import { useQuery } from '@tanstack/react-query';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { mayIdentifyChildren, type CurrentUser } from '@kruosar/domain';
import { ErrorState, LoadingState, describeError, usePageTitle } from '@kruosar/ui';
import { useTRPC } from '../../lib/trpc';
import { PrintButton, PrintedBy } from '../print/print-button';
import { CaseHeader } from './case-header';
import { caseTabs } from './case-tabs';
import type { CaseDetail } from './case-types';

export function CasePageScreen({ caseId, tab, user }: { caseId: string; tab: string | undefined; user: CurrentUser }) {
  const { t } = useTranslation('staff');
  const trpc = useTRPC();
  const detail = useQuery({ ...trpc.cases.byId.queryOptions({ caseId }), enabled: mayIdentifyChildren(user.role) });
  usePageTitle(detail.data ? t('casePage.title', { reference: detail.data.case.reference }) : t('casePage.loadingTitle'));

  if (!mayIdentifyChildren(user.role)) {
    return <Callout.Root color="gray">{t('casePage.notForRole')}</Callout.Root>;
  }
  if (detail.isPending) return <LoadingState />;
  if (detail.isError) {
    return (
      <>
        <ErrorState error={detail.error} onRetry={describeError(detail.error).code === 'NOT_FOUND' ? undefined : () => void detail.refetch()} />
        <Link href="/">{t('casePage.backToCaseload')}</Link>
      </>
    );
  }
  return <CasePage detail={detail.data} user={user} tabId={tab} />;
}

function CasePage({ detail, user, tabId }: { detail: CaseDetail; user: CurrentUser; tabId: string | undefined }) {
  const { t } = useTranslation('staff');
  const [, navigate] = useLocation();
  const tabs = caseTabs.filter((tab) => tab.visibleTo?.(user) ?? true);
  const active = tabs.find((tab) => tab.id === tabId) ?? tabs[0];
  const base = `/cases/${encodeURIComponent(detail.case.id)}`;
  const chooseTab = (id: string) => navigate(id === tabs[0]?.id ? base : `${base}/${id}`, { replace: true });

  return (
    <>
      <PrintedBy user={user} />
      <Flex justify="between" align="center" wrap="wrap" gap="3" mb="2">
        <Text as="p" size="2" style={{ margin: 0 }} className="kr-no-print">
          <Link href="/">{t('casePage.backToCaseload')}</Link>
        </Text>
        <Flex gap="3" wrap="wrap">
          <PrintButton />
          <Button asChild variant="soft">
            <Link href={`${base}/file`}>{t('caseFile.open')}</Link>
          </Button>
        </Flex>
      </Flex>
      <CaseHeader detail={detail} />
      <Tabs.Root value={active?.id} onValueChange={chooseTab}>
        <Tabs.List aria-label={t('casePage.tabs.label')} wrap="wrap">
          {tabs.map((tab) => (
            <Tabs.Trigger key={tab.id} value={tab.id}>
              {t(tab.labelKey)}
            </Tabs.Trigger>
          ))}
        </Tabs.List>
        {tabs.map((tab) => (
          <Tabs.Content key={tab.id} value={tab.id}>
            <Box pt="4">
              <Suspense fallback={<LoadingState />}>
                <tab.component detail={detail} user={user} />
              </Suspense>
            </Box>
          </Tabs.Content>
        ))}
      </Tabs.Root>
    </>
  );
}
