// A supervisor reopens a closed case, saying why; it is open again and starts from a new assessment.
import { Button, Card, Flex, Heading, Text, TextArea } from '@radix-ui/themes';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../lib/trpc';
import { describedBy, FieldMessage } from '../case-workflow/form-fields';
import { SaveError } from '../case-workflow/save-error';
import { useRefreshCaseWork } from '../case-workflow/workflow-data';

export function ReopenCase({ caseId, version, onReload }: { caseId: string; version: number; onReload: () => void }) {
  const { t } = useTranslation('staff');
  const trpc = useTRPC();
  const refresh = useRefreshCaseWork();
  const reopen = useMutation(trpc.closures.reopen.mutationOptions({ onSuccess: () => void refresh() }));
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const problem = missing ? { type: 'too_small' } : undefined;
  const send = () => {
    if (reason.trim() === '') return setMissing(true);
    reopen.mutate({ caseId, expectedVersion: version, reason });
  };
  return (
    <Card size="2" asChild>
      <section aria-labelledby="reopen-heading">
        <Flex direction="column" gap="3">
          <Heading as="h3" size="3" id="reopen-heading">
            {t('closure.reopenHeading')}
          </Heading>
          <Text as="p" size="2" color="gray" style={{ margin: 0 }}>
            {t('closure.reopenIntro')}
          </Text>
          <Flex direction="column" gap="1">
            <Text as="label" htmlFor="reopen-reason" size="2" weight="bold">
              {t('closure.reopenReason')}
            </Text>
            <TextArea id="reopen-reason" rows={2} value={reason} aria-invalid={missing ? true : undefined} aria-describedby={describedBy('reopen-reason', problem)}
              onChange={(e) => { setReason(e.target.value); setMissing(false); }} />
            <FieldMessage id="reopen-reason" error={problem} />
          </Flex>
          <SaveError error={reopen.error} onReload={() => { reopen.reset(); onReload(); }} />
          <Flex>
            <Button type="button" onClick={send} loading={reopen.isPending}>
              {t('closure.reopen')}
            </Button>
          </Flex>
        </Flex>
      </section>
    </Card>
  );
}
