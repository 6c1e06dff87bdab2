// A supervisor's decision on a submitted record: approve, or return it with the reason. The person who asked
// for approval cannot decide it, and the panel says why instead of hiding the buttons (the server refuses too).
import { Button, Callout, Card, Flex, Heading, Text, TextArea } from '@radix-ui/themes';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Approval, ApprovalDecision, CurrentUser } from '@kruosar/domain';
import { formatDate, useLocale } from '@kruosar/ui';
import { FieldMessage } from '../case-workflow/form-fields';
import { SaveError } from '../case-workflow/save-error';
import { mayApprove } from '../case-workflow/workflow-data';

/** The records that wait for a supervisor (labels in values:approvalKind). */
export type ApprovalKind = 'assessment' | 'case_plan' | 'closure' | 'tracing_closure' | 'reintegration_assessment';

export type DecisionInput = { id: string; expectedVersion: number; decision: ApprovalDecision; reason: string };

/** What the panel needs of a decide mutation; each router's returns its own record, which the panel ignores. */
type DecideMutation = {
  mutate: (input: DecisionInput, options?: { onSuccess?: () => void }) => void;
  reset: () => void;
  isPending: boolean;
  error: unknown;
};

type Props = {
  kind: ApprovalKind;
  record: Pick<Approval, 'submittedById' | 'submittedAt'> & { id: string; version: number };
  user: CurrentUser;
  /** The decide mutation of the record's router (assessments, casePlans or closures). */
  decide: DecideMutation;
  onDecided: () => void;
  onReload: () => void;
};

/** Why this person may not decide, or null when they may. */
export function whyCannotDecide(user: CurrentUser, submittedById: string | null): 'ownRequest' | 'onlySupervisor' | null {
  if (submittedById === user.id) return 'ownRequest';
  return mayApprove(user) ? null : 'onlySupervisor';
}

export function DecisionPanel({ kind, record, user, decide, onDecided, onReload }: Props) {
  const { t } = useTranslation(['staff', 'values']);
  const locale = useLocale();
  const id = useId();
  const [returning, setReturning] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonMissing, setReasonMissing] = useState(false);
  const blocked = whyCannotDecide(user, record.submittedById);
  const whyId = `${id}-why`;

  const send = (decision: ApprovalDecision) => {
    if (decision === 'return' && reason.trim() === '') {
      setReasonMissing(true);
      return;
    }
    decide.mutate({ id: record.id, expectedVersion: record.version, decision, reason: decision === 'return' ? reason : '' }, { onSuccess: onDecided });
  };

  return (
    <Card size="2" asChild>
      <section aria-labelledby={`${id}-heading`} data-testid="decision-panel">
        <Flex direction="column" gap="3">
          <Heading as="h3" size="3" id={`${id}-heading`}>
            {t('approvals.decisionHeading', { kind: t(`values:approvalKind.${kind}`) })}
          </Heading>
          {record.submittedAt ? (
            <Text size="2" color="gray">
              {t('approvals.submittedOn', { date: formatDate(record.submittedAt, locale) })}
            </Text>
          ) : null}
          {blocked ? (
            <Callout.Root color="gray" id={whyId} data-testid="cannot-decide">
              <Callout.Text>{t(`approvals.cannotDecide.${blocked}`)}</Callout.Text>
            </Callout.Root>
          ) : null}
          {returning && !blocked ? (
            <Flex direction="column" gap="1">
              <Text as="label" htmlFor={`${id}-reason`} size="2" weight="bold">
                {t('approvals.returnReason')}
              </Text>
              <TextArea
                id={`${id}-reason`}
                rows={3}
                value={reason}
                aria-invalid={reasonMissing ? true : undefined}
                aria-describedby={reasonMissing ? `${id}-reason-error` : undefined}
                onChange={(e) => {
                  setReason(e.target.value);
                  setReasonMissing(false);
                }}
              />
              <FieldMessage id={`${id}-reason`} error={reasonMissing ? { type: 'too_small' } : undefined} />
            </Flex>
          ) : null}
          <SaveError error={decide.error} onReload={() => { decide.reset(); onReload(); }} />
          <Flex gap="3" wrap="wrap">
            <Button type="button" color="green" disabled={blocked !== null || decide.isPending} aria-describedby={blocked ? whyId : undefined} onClick={() => send('approve')}>
              {t('approvals.approve')}
            </Button>
            {returning ? (
              <>
                <Button type="button" color="red" variant="soft" disabled={blocked !== null || decide.isPending} onClick={() => send('return')}>
                  {t('approvals.confirmReturn')}
                </Button>
                <Button type="button" variant="ghost" onClick={() => setReturning(false)}>
                  {t('caseWork.cancel')}
                </Button>
              </>
            ) : (
              <Button type="button" color="red" variant="soft" disabled={blocked !== null || decide.isPending} aria-describedby={blocked ? whyId : undefined} onClick={() => setReturning(true)}>
                {t('approvals.return')}
              </Button>
            )}
          </Flex>
        </Flex>
      </section>
    </Card>
  );
}
