// The case page's closure tab: the case's stage and the moves allowed by hand, the closure request (form, or
// waiting for a supervisor), the closed case with its reason, and reopening for supervisors.
import { Callout, DataList, Flex, Heading, Text } from '@radix-ui/themes';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { openWorkAtClosure, type Closure } from '@kruosar/domain';
import { ErrorState, LoadingState, formatDate, useLocale } from '@kruosar/ui';
import { useTRPC } from '../../lib/trpc';
import { ApprovalBadge } from '../approvals/approval-badge';
import { DecisionPanel } from '../approvals/decision-panel';
import { mayApprove, useRefreshCaseWork, useWorkflowOverview, type CaseTabProps } from '../case-workflow/workflow-data';
import { ClosureForm } from './closure-form';
import { ReopenCase } from './reopen-case';
import { StageMover } from './stage-mover';
import { ChildVoicePanel } from '../feedback/child-voice-lazy';

export function ClosureTab({ detail, user }: CaseTabProps) {
  const caseId = detail.case.id;
  const { t } = useTranslation(['staff', 'values']);
  const trpc = useTRPC();
  const overview = useWorkflowOverview(caseId);
  const refresh = useRefreshCaseWork();
  const decide = useMutation(trpc.closures.decide.mutationOptions());

  if (overview.isPending) return <LoadingState />;
  if (overview.isError) return <ErrorState error={overview.error} onRetry={() => void overview.refetch()} />;
  const { state, closures } = overview.data;
  const reload = () => void overview.refetch();
  const pending = closures.find((c) => c.id === state.pendingClosureId) ?? null;
  const closed = state.status === 'closed';
  const approved = closures.find((c) => c.approvalState === 'approved') ?? null;
  const earlier = closures.filter((c) => c !== pending && !(closed && c === approved));

  return (
    <Flex direction="column" gap="5">
      <Heading as="h2" size="5">
        {t('closure.heading')}
      </Heading>
      {closed ? (
        <>
          <Callout.Root color="gray" role="status" data-testid="case-closed">
            <Callout.Text weight="bold">{t('closure.closedNotice')}</Callout.Text>
          </Callout.Root>
          {approved ? <ClosureView closure={approved} heading={t('closure.closedHeading')} /> : null}
          {mayApprove(user) ? <ReopenCase caseId={caseId} version={state.version} onReload={reload} /> : null}
        </>
      ) : state.status !== 'open' ? (
        <Text as="p" color="gray">{t('caseWork.caseNotOpen')}</Text>
      ) : pending ? (
        <>
          <ClosureView closure={pending} heading={t('closure.pendingHeading')} />
          <DecisionPanel kind="closure" record={pending} user={user} decide={decide} onDecided={() => void refresh()} onReload={reload} />
        </>
      ) : (
        <>
          <StageMover caseId={caseId} stage={state.stage} version={state.version} nextStages={state.manualNextStages} onReload={reload} />
          {state.stage === 'closure' ? <ClosureForm caseId={caseId} openWork={openWorkAtClosure(overview.data)} onReload={reload} /> : (
            <Text as="p" size="2" color="gray" style={{ margin: 0 }}>
              {t('closure.notAtClosure')}
            </Text>
          )}
        </>
      )}
      <ChildVoicePanel caseId={caseId} occasion="closure" records={[...closures].sort((a, b) => b.createdAt.localeCompare(a.createdAt)).map((c) => ({ id: c.id, date: c.closedOn }))} />
      {earlier.map((c) => (
        <ClosureView key={c.id} closure={c} heading={t('closure.earlierHeading')} />
      ))}
    </Flex>
  );
}

function ClosureView({ closure, heading }: { closure: Closure; heading: string }) {
  const { t } = useTranslation(['staff', 'values', 'common']);
  const locale = useLocale();
  const headingId = `closure-${closure.id}-heading`;
  return (
    <Flex asChild direction="column" gap="2">
      <section aria-labelledby={headingId} data-testid="closure-view">
        <Flex gap="3" align="center" wrap="wrap">
          <Heading as="h3" size="4" id={headingId}>
            {heading}
          </Heading>
          <ApprovalBadge state={closure.approvalState} />
        </Flex>
        <DataList.Root size="2">
          <DataList.Item>
            <DataList.Label>{t('closure.reason')}</DataList.Label>
            <DataList.Value>
              {t(`values:closureReason.${closure.reason}`)}
              {closure.reasonOther ? `: ${closure.reasonOther}` : ''}
            </DataList.Value>
          </DataList.Item>
          <DataList.Item>
            <DataList.Label>{t('closure.closedOn')}</DataList.Label>
            <DataList.Value>{formatDate(closure.closedOn, locale)}</DataList.Value>
          </DataList.Item>
          <DataList.Item>
            <DataList.Label>{t('closure.summary')}</DataList.Label>
            <DataList.Value>{closure.summary}</DataList.Value>
          </DataList.Item>
          <DataList.Item>
            <DataList.Label>{t('closure.followUpOn')}</DataList.Label>
            <DataList.Value>{closure.followUpOn ? formatDate(closure.followUpOn, locale) : t('common:none')}</DataList.Value>
          </DataList.Item>
          {closure.returnReason ? (
            <DataList.Item>
              <DataList.Label>{t('closure.returnReason')}</DataList.Label>
              <DataList.Value>{closure.returnReason}</DataList.Value>
            </DataList.Item>
          ) : null}
        </DataList.Root>
      </section>
    </Flex>
  );
}
