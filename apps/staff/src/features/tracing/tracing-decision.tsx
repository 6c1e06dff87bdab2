// A supervisor's decision on a tracing closure or a readiness assessment: approve, or return with a reason.
// The approvals panel of the other tabs does the same; it lives in the case page's chunk, and importing it from
// this lazily loaded tab would make this tab's first load carry the whole case page again (the bundle budget).
import { Button, Callout, Card, Flex, Heading, Text, TextArea } from '@radix-ui/themes';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApprovalDecision, CurrentUser } from '@kruosar/domain';
import { formatDate, useLocale } from '@kruosar/ui';
import { FieldMessage } from '../case-workflow/form-fields';
import { SaveError } from '../case-workflow/save-error';

type Decide = {
  mutate: (input: { id: string; expectedVersion: number; decision: ApprovalDecision; reason: string }, options?: { onSuccess?: () => void }) => void;
  reset: () => void;
  isPending: boolean;
  error: unknown;
};

type Props = {
  kind: 'tracing_closure' | 'reintegration_assessment';
  record: { id: string; version: number; submittedById: string | null; submittedAt: string | null };
  user: CurrentUser;
  decide: Decide;
  onDone: () => void;
};

export function TracingDecision({ kind, record, user, decide, onDone }: Props) {
  const { t } = useTranslation(['staff', 'values']);
  const locale = useLocale();
  const id = useId();
  const [returning, setReturning] = useState(false);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const blocked = record.submittedById === user.id ? 'ownRequest' : user.role === 'supervisor' || user.role === 'admin' ? null : 'onlySupervisor';
  const send = (decision: ApprovalDecision) => {
    if (decision === 'return' && reason.trim() === '') {
      setMissing(true);
      return;
    }
    decide.mutate({ id: record.id, expectedVersion: record.version, decision, reason: decision === 'return' ? reason : '' }, { onSuccess: onDone });
  };
  return (
    <Card size="2" asChild>
      <section aria-labelledby={`${id}-heading`} data-testid="decision-panel">
        <Flex direction="column" gap="3">
          <Heading as="h4" size="3" id={`${id}-heading`}>
            {t('approvals.decisionHeading', { kind: t(`values:approvalKind.${kind}`) })}
          </Heading>
          {record.submittedAt ? <Text size="2" color="gray">{t('approvals.submittedOn', { date: formatDate(record.submittedAt, locale) })}</Text> : null}
          {blocked ? (
            <Callout.Root color="gray" id={`${id}-why`}>
              <Callout.Text>{t(`approvals.cannotDecide.${blocked}`)}</Callout.Text>
            </Callout.Root>
          ) : null}
          {returning && !blocked ? (
            <Flex direction="column" gap="1">
              <Text as="label" htmlFor={`${id}-reason`} size="2" weight="bold">
                {t('approvals.returnReason')}
              </Text>
              <TextArea id={`${id}-reason`} rows={3} value={reason} aria-invalid={missing || undefined} aria-describedby={missing ? `${id}-reason-error` : undefined} onChange={(e) => { setReason(e.target.value); setMissing(false); }} />
              <FieldMessage id={`${id}-reason`} error={missing ? { type: 'too_small' } : undefined} />
            </Flex>
          ) : null}
          <SaveError error={decide.error} onReload={() => { decide.reset(); onDone(); }} />
          <Flex gap="3" wrap="wrap">
            <Button type="button" color="green" disabled={blocked !== null || decide.isPending} aria-describedby={blocked ? `${id}-why` : undefined} onClick={() => send('approve')}>
              {t('approvals.approve')}
            </Button>
            <Button type="button" color="red" variant="soft" disabled={blocked !== null || decide.isPending} onClick={() => (returning ? send('return') : setReturning(true))}>
              {returning ? t('approvals.confirmReturn') : t('approvals.return')}
            </Button>
          </Flex>
        </Flex>
      </section>
    </Card>
  );
}
