// On a child's case page: the family the child lives in, a way to register a sibling, and the family plan the
// children's cases share.
import { Button, Card, Flex, Heading, Text } from '@radix-ui/themes';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { ErrorState, LoadingState } from '@kruosar/ui';
import { useTRPC } from '../../lib/trpc';
import { FamilyPlanView } from './family-plan-section';

export function CaseFamilyCard({ caseId }: { caseId: string }) {
  const { t } = useTranslation('families');
  const trpc = useTRPC();
  const family = useQuery(trpc.families.planOfCase.queryOptions({ caseId }));
  return (
    <Card>
      <Flex direction="column" gap="3">
        <Heading as="h2" size="4">{t('caseCard.heading')}</Heading>
        {family.isPending ? (
          <LoadingState />
        ) : family.isError ? (
          <ErrorState error={family.error} onRetry={() => void family.refetch()} />
        ) : (
          <>
            <Flex gap="2" wrap="wrap">
              <Button asChild variant="soft"><Link href={`/households/${family.data.householdId}`}>{t('caseCard.openHousehold')}</Link></Button>
              <Button asChild variant="soft"><Link href={`/cases/new?household=${family.data.householdId}`}>{t('caseCard.addSibling')}</Link></Button>
            </Flex>
            <Heading as="h3" size="3">{t('plan.heading')}</Heading>
            {family.data.plan ? <FamilyPlanView plan={family.data.plan} /> : <Text color="gray">{t('plan.none')}</Text>}
          </>
        )}
      </Flex>
    </Card>
  );
}
