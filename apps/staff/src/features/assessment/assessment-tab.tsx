// The case page's assessment tab: the assessment in progress (form, or waiting for a decision), the latest
// approved one, and how the scores moved over time.
import { Button, Callout, Flex, Heading, Text } from '@radix-ui/themes';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseStage } from '@kruosar/domain';
import { ErrorState, LoadingState } from '@kruosar/ui';
import { useTRPC } from '../../lib/trpc';
import { DecisionPanel } from '../approvals/decision-panel';
import { SaveError } from '../case-workflow/save-error';
import { useRefreshCaseWork, useWorkflowOverview, type CaseTabProps } from '../case-workflow/workflow-data';
import { AssessmentForm } from './assessment-form';
import { AssessmentHistory } from './assessment-history';
import { AssessmentView } from './assessment-view';
import { ChildVoicePanel } from '../feedback/child-voice-lazy';

const assessableStages: readonly CaseStage[] = ['registered', 'assessment', 'review'];

export function AssessmentTab({ detail, user }: CaseTabProps) {
  const caseId = detail.case.id;
  const { t } = useTranslation('staff');
  const trpc = useTRPC();
  const overview = useWorkflowOverview(caseId);
  const refresh = useRefreshCaseWork();
  const decide = useMutation(trpc.assessments.decide.mutationOptions());
  const archive = useMutation(trpc.assessments.archive.mutationOptions());
  const [starting, setStarting] = useState(false);

  if (overview.isPending) return <LoadingState />;
  if (overview.isError) return <ErrorState error={overview.error} onRetry={() => void overview.refetch()} />;
  const { state, assessments } = overview.data;
  const inProgress = assessments.find((a) => a.id === state.assessmentInProgressId) ?? null;
  const latestApproved = assessments.find((a) => a.id === state.latestApprovedAssessmentId) ?? null;
  const mayStart = state.status === 'open' && assessableStages.includes(state.stage) && !inProgress;
  const reload = () => void overview.refetch();
  // Once the new assessment is saved it is the one in progress; starting again waits for the next one.
  if (starting && inProgress) setStarting(false);

  return (
    <Flex direction="column" gap="5">
      <Heading as="h2" size="5">
        {t('assessment.heading')}
      </Heading>
      {inProgress?.approvalState === 'submitted' ? (
        <>
          <AssessmentView assessment={inProgress} heading={t('assessment.waitingHeading')} />
          <DecisionPanel kind="assessment" record={inProgress} user={user} decide={decide} onDecided={() => void refresh()} onReload={reload} />
        </>
      ) : inProgress || (starting && mayStart) ? (
        <>
          {inProgress?.approvalState === 'returned' ? (
            <Callout.Root color="red" role="status">
              <Callout.Text weight="bold">{t('caseWork.returnedHeading')}</Callout.Text>
              <Callout.Text>{inProgress.returnReason}</Callout.Text>
            </Callout.Root>
          ) : null}
          <AssessmentForm caseId={caseId} draft={inProgress} currentRisk={state.riskLevel} onReload={reload} />
          {inProgress ? (
            <Flex direction="column" gap="2" align="start">
              <Button
                type="button"
                variant="soft"
                color="red"
                loading={archive.isPending}
                onClick={() => {
                  // A draft or returned assessment that should not go on; archiving keeps it on record.
                  if (window.confirm(t('recordActions.archiveAssessmentConfirm'))) archive.mutate({ id: inProgress.id, expectedVersion: inProgress.version }, { onSuccess: () => void refresh() });
                }}
              >
                {t('recordActions.archiveAssessment')}
              </Button>
              <SaveError error={archive.error} onReload={() => { archive.reset(); reload(); }} />
            </Flex>
          ) : null}
        </>
      ) : mayStart ? (
        <Flex direction="column" gap="2" align="start">
          <Text as="p" style={{ margin: 0 }}>
            {state.stage === 'review' ? t('assessment.reassessIntro') : t('assessment.startIntro')}
          </Text>
          <Button type="button" onClick={() => setStarting(true)}>
            {state.stage === 'review' ? t('assessment.reassess') : t('assessment.start')}
          </Button>
        </Flex>
      ) : (
        <Text as="p" color="gray" style={{ margin: 0 }}>
          {state.status === 'open' ? t('assessment.notNow') : t('caseWork.caseNotOpen')}
        </Text>
      )}
      {latestApproved && latestApproved.id !== inProgress?.id ? <AssessmentView assessment={latestApproved} heading={t('assessment.latestApproved')} /> : null}
      <ChildVoicePanel caseId={caseId} occasion="assessment" records={[...assessments].sort((a, b) => b.assessedOn.localeCompare(a.assessedOn) || b.createdAt.localeCompare(a.createdAt)).map((a) => ({ id: a.id, date: a.assessedOn }))} />
      <AssessmentHistory assessments={assessments} />
    </Flex>
  );
}
