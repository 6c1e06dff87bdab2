// The case page's case plan tab: the plan in progress (form, or waiting for a decision), the agreed plan with
// its actions and reviews, and earlier plans.
import { Button, Callout, Flex, Heading, Text } from '@radix-ui/themes';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState, LoadingState } from '@kruosar/ui';
import { useTRPC } from '../../lib/trpc';
import { DecisionPanel } from '../approvals/decision-panel';
import { useRefreshCaseWork, useWorkflowOverview, type CaseTabProps } from '../case-workflow/workflow-data';
import { PlanForm } from './plan-form';
import { PlanReview } from './plan-review';
import { PlanView } from './plan-view';

export function PlanTab({ detail, user }: CaseTabProps) {
  const caseId = detail.case.id;
  const { t } = useTranslation('staff');
  const trpc = useTRPC();
  const overview = useWorkflowOverview(caseId);
  const refresh = useRefreshCaseWork();
  const decide = useMutation(trpc.casePlans.decide.mutationOptions());
  const [starting, setStarting] = useState(false);

  if (overview.isPending) return <LoadingState />;
  if (overview.isError) return <ErrorState error={overview.error} onRetry={() => void overview.refetch()} />;
  const { state, casePlans, assessments } = overview.data;
  const inProgress = casePlans.find((p) => p.id === state.planInProgressId) ?? null;
  const current = casePlans.find((p) => p.id === state.currentPlanId) ?? null;
  const assessment = assessments.find((a) => a.id === state.latestApprovedAssessmentId) ?? null;
  const open = state.status === 'open';
  const mayStart = open && state.stage === 'case_plan' && !inProgress && assessment !== null;
  const reload = () => void overview.refetch();
  if (starting && inProgress) setStarting(false);

  return (
    <Flex direction="column" gap="5">
      <Heading as="h2" size="5">
        {t('plan.heading')}
      </Heading>
      {inProgress?.approvalState === 'submitted' ? (
        <>
          <PlanView plan={inProgress} heading={t('plan.waitingHeading')} editable={false} onReload={reload} />
          <DecisionPanel kind="case_plan" record={inProgress} user={user} decide={decide} onDecided={() => void refresh()} onReload={reload} />
        </>
      ) : assessment && (inProgress || (starting && mayStart)) ? (
        <>
          {inProgress?.approvalState === 'returned' ? (
            <Callout.Root color="red" role="status">
              <Callout.Text weight="bold">{t('caseWork.returnedHeading')}</Callout.Text>
              <Callout.Text>{inProgress.returnReason}</Callout.Text>
            </Callout.Root>
          ) : null}
          <PlanForm caseId={caseId} draft={inProgress} assessment={assessment} onReload={reload} />
        </>
      ) : mayStart ? (
        <Flex direction="column" gap="2" align="start">
          <Text as="p" style={{ margin: 0 }}>
            {t('plan.startIntro')}
          </Text>
          <Button type="button" onClick={() => setStarting(true)}>
            {t('plan.start')}
          </Button>
        </Flex>
      ) : !current ? (
        <Text as="p" color="gray" style={{ margin: 0 }}>
          {assessment ? t('plan.notNow') : t('plan.needsAssessment')}
        </Text>
      ) : null}
      {current ? (
        <>
          <PlanView plan={current} heading={t('plan.currentHeading')} editable={open} onReload={reload} />
          {open ? <PlanReview plan={current} onReload={reload} /> : null}
        </>
      ) : null}
    </Flex>
  );
}
