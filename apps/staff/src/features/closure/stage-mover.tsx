// Moving the case along the workflow by hand where no approval is needed (implementation -> review -> closure).
import { Button, Card, Flex, Heading, Text, TextField } from '@radix-ui/themes';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseStage } from '@kruosar/domain';
import { useTRPC } from '../../lib/trpc';
import { SaveError } from '../case-workflow/save-error';
import { useRefreshCaseWork } from '../case-workflow/workflow-data';

type Props = { caseId: string; stage: CaseStage; version: number; nextStages: readonly CaseStage[]; onReload: () => void };

export function StageMover({ caseId, stage, version, nextStages, onReload }: Props) {
  const { t } = useTranslation(['staff', 'values', 'common']);
  const trpc = useTRPC();
  const refresh = useRefreshCaseWork();
  const change = useMutation(trpc.workflow.changeStage.mutationOptions({ onSuccess: () => { setNote(''); void refresh(); } }));
  const [note, setNote] = useState('');
  return (
    <Card size="2" asChild>
      <section aria-labelledby="stage-mover-heading" data-testid="stage-mover">
        <Flex direction="column" gap="3">
          <Heading as="h3" size="3" id="stage-mover-heading">
            {t('closure.stageHeading')}
          </Heading>
          <Text as="p" size="2" style={{ margin: 0 }}>
            {t('closure.stageNow', { stage: t(`values:caseStage.${stage}`) })}
          </Text>
          {nextStages.length === 0 ? (
            <Text as="p" size="2" color="gray" style={{ margin: 0 }}>
              {t('closure.stageByApproval')}
            </Text>
          ) : (
            <>
              <Flex direction="column" gap="1" style={{ maxWidth: '32rem' }}>
                <Text as="label" htmlFor="stage-note" size="2" weight="bold">
                  {t('closure.stageNote')}{' '}
                  <Text weight="regular" color="gray">
                    ({t('common:optional')})
                  </Text>
                </Text>
                <TextField.Root id="stage-note" value={note} onChange={(e) => setNote(e.target.value)} />
              </Flex>
              <Flex gap="3" wrap="wrap">
                {nextStages.map((to) => (
                  <Button key={to} type="button" variant={to === 'closure' || to === 'review' ? 'solid' : 'soft'} loading={change.isPending}
                    onClick={() => change.mutate({ caseId, to, note, expectedVersion: version })}>
                    {t('closure.moveTo', { stage: t(`values:caseStage.${to}`) })}
                  </Button>
                ))}
              </Flex>
            </>
          )}
          <SaveError error={change.error} onReload={() => { change.reset(); onReload(); }} />
        </Flex>
      </section>
    </Card>
  );
}
