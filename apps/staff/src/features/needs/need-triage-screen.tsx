// /needs/:id: one hive need in full, its possible duplicates, and the decision about it.
import { Button, Callout, Flex, Heading } from '@radix-ui/themes';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { isFinalNeedStatus } from '@kruosar/domain';
import { ErrorState, LoadingState, usePageTitle } from '@kruosar/ui';
import { useTRPC } from '../../lib/trpc';
import { NeedDetails } from './need-details';
import { TriagePanel } from './triage-panel';

export function NeedTriageScreen({ needId }: { needId: string }) {
  const { t } = useTranslation(['staff', 'values']);
  const trpc = useTRPC();
  const need = useQuery(trpc.needs.byId.queryOptions({ needId }));
  usePageTitle(need.data ? t('needs.detail.title', { category: t(`values:needCategory.${need.data.category}`) }) : t('needs.title'));

  return (
    <>
      <Link href="/needs">{t('needs.detail.back')}</Link>
      {need.isPending ? (
        <LoadingState />
      ) : need.isError ? (
        <ErrorState error={need.error} onRetry={() => void need.refetch()} />
      ) : (
        <Flex direction="column" gap="5" mt="3">
          <Heading as="h1" size="7">
            {t(`values:needCategory.${need.data.category}`)}
          </Heading>
          <NeedDetails need={need.data} />
          {isFinalNeedStatus(need.data.status) ? (
            <Callout.Root color="green" highContrast data-testid="need-decided">
              <Callout.Text>{t('needs.detail.decided', { status: t(`values:needStatus.${need.data.status}`) })}</Callout.Text>
            </Callout.Root>
          ) : (
            <TriagePanel need={need.data} onReload={() => void need.refetch()} />
          )}
          <div>
            <Button asChild variant="soft">
              <Link href="/needs">{t('needs.detail.backToQueue')}</Link>
            </Button>
          </div>
        </Flex>
      )}
    </>
  );
}
