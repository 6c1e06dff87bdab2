// A case plan as agreed: goals and actions with where each stands, the child's views, the review date.
// On an approved plan the caseworker marks actions done; the review has its own form (plan-review.tsx).
import { Badge, Button, DataList, Flex, Heading, Table, Text } from '@radix-ui/themes';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { planActionStatuses, type CasePlan, type DueStatus } from '@kruosar/domain';
import { formatDate, useLocale } from '@kruosar/ui';
import { useTRPC } from '../../lib/trpc';
import { ApprovalBadge } from '../approvals/approval-badge';
import { DueBadge } from '../case-workflow/due-badge';
import { SaveError } from '../case-workflow/save-error';
import { todayInCambodia, useRefreshCaseWork } from '../case-workflow/workflow-data';

type Props = {
  plan: CasePlan & { reviewStatus: DueStatus };
  heading: string;
  /** Actions can be marked done (an approved plan of an open case). */
  editable: boolean;
  onReload: () => void;
};

export function PlanView({ plan, heading, editable, onReload }: Props) {
  const { t } = useTranslation(['staff', 'values']);
  const locale = useLocale();
  const trpc = useTRPC();
  const refresh = useRefreshCaseWork();
  const mark = useMutation(trpc.casePlans.markAction.mutationOptions({ onSuccess: () => void refresh() }));
  const today = todayInCambodia();
  const statuses = planActionStatuses(plan, today);
  const headingId = `plan-${plan.id}-heading`;

  return (
    <Flex asChild direction="column" gap="3">
      <section aria-labelledby={headingId} data-testid="plan-view">
        <Flex gap="3" align="center" wrap="wrap">
          <Heading as="h3" size="4" id={headingId}>
            {heading}
          </Heading>
          <ApprovalBadge state={plan.approvalState} />
        </Flex>
        {plan.goals.map((goal, gi) => (
          <Flex asChild direction="column" gap="2" key={gi}>
            <section aria-labelledby={`${headingId}-goal-${gi}`}>
              <Heading as="h4" size="3" id={`${headingId}-goal-${gi}`}>
                <Badge color="teal" highContrast mr="2">
                  {t(`values:csiDomain.${goal.domain}`)}
                </Badge>
                {goal.goal}
              </Heading>
              <Table.Root variant="surface" size="1">
                <Table.Header>
                  <Table.Row>
                    <Table.ColumnHeaderCell>{t('plan.actionColumn')}</Table.ColumnHeaderCell>
                    <Table.ColumnHeaderCell>{t('plan.actionWho')}</Table.ColumnHeaderCell>
                    <Table.ColumnHeaderCell>{t('plan.actionDue')}</Table.ColumnHeaderCell>
                    <Table.ColumnHeaderCell>{t('plan.actionStatus')}</Table.ColumnHeaderCell>
                  </Table.Row>
                </Table.Header>
                <Table.Body>
                  {goal.actions.map((action, ai) => {
                    const status = plan.approvalState === 'approved' ? statuses.find((s) => s.goalIndex === gi && s.actionIndex === ai)?.status : undefined;
                    return (
                      <Table.Row key={ai}>
                        <Table.RowHeaderCell>{action.description}</Table.RowHeaderCell>
                        <Table.Cell>{action.who}</Table.Cell>
                        <Table.Cell style={{ whiteSpace: 'nowrap' }}>{formatDate(action.dueDate, locale)}</Table.Cell>
                        <Table.Cell>
                          <Flex gap="2" align="center" wrap="wrap">
                            {status ? <DueBadge status={status} /> : null}
                            {action.doneOn ? <Text size="1">{formatDate(action.doneOn, locale)}</Text> : null}
                            {editable && !action.doneOn ? (
                              <Button
                                type="button"
                                size="1"
                                variant="soft"
                                loading={mark.isPending}
                                onClick={() => mark.mutate({ id: plan.id, expectedVersion: plan.version, goalIndex: gi, actionIndex: ai, doneOn: today })}
                              >
                                {t('plan.markDone')}
                                <span className="kr-visually-hidden">: {action.description}</span>
                              </Button>
                            ) : null}
                          </Flex>
                        </Table.Cell>
                      </Table.Row>
                    );
                  })}
                </Table.Body>
              </Table.Root>
            </section>
          </Flex>
        ))}
        <SaveError error={mark.error} onReload={() => { mark.reset(); onReload(); }} />
        <DataList.Root size="2">
          <DataList.Item>
            <DataList.Label>{t('plan.childViews')}</DataList.Label>
            <DataList.Value data-testid="plan-child-views">
              {plan.childViews ||
                `${t('plan.viewsNotGiven')}: ${plan.childViewsNotGivenReason ? t(`values:childViewsNotGivenReason.${plan.childViewsNotGivenReason}`) : ''}${plan.childViewsNotGivenNote ? ` (${plan.childViewsNotGivenNote})` : ''}`}
            </DataList.Value>
          </DataList.Item>
          <DataList.Item>
            <DataList.Label>{t('plan.reviewDate')}</DataList.Label>
            <DataList.Value>
              <Flex gap="2" align="center">
                {formatDate(plan.reviewDate, locale)}
                {plan.approvalState === 'approved' ? <DueBadge status={plan.reviewStatus} /> : null}
              </Flex>
            </DataList.Value>
          </DataList.Item>
          {plan.reviewedOn ? (
            <DataList.Item>
              <DataList.Label>{t('plan.lastReviewed')}</DataList.Label>
              <DataList.Value>{formatDate(plan.reviewedOn, locale)}</DataList.Value>
            </DataList.Item>
          ) : null}
        </DataList.Root>
      </section>
    </Flex>
  );
}
