// Ending the placement the child lives in now (they left, without a new placement to record yet).
import { Button, Flex, TextField, Text } from '@radix-ui/themes';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isRealDate, type Placement } from '@kruosar/domain';
import { useTRPC } from '../../lib/trpc';
import { describedBy, FieldMessage } from '../case-workflow/form-fields';
import { SaveError } from '../case-workflow/save-error';
import { todayInCambodia, useRefreshCaseWork } from '../case-workflow/workflow-data';

export function PlacementEnd({ placement, onDone, onReload }: { placement: Placement; onDone: () => void; onReload: () => void }) {
  const { t } = useTranslation('staff');
  const trpc = useTRPC();
  const refresh = useRefreshCaseWork();
  const update = useMutation(trpc.placements.update.mutationOptions());
  const [endDate, setEndDate] = useState(todayInCambodia());
  const [problem, setProblem] = useState<{ type: string; message?: string } | undefined>(undefined);
  const id = `placement-${placement.id}-end`;

  const save = () => {
    if (!isRealDate(endDate)) return setProblem({ type: 'invalid_type' });
    if (endDate < placement.startDate) return setProblem({ type: 'custom' });
    setProblem(undefined);
    const { type, startDate, reason, householdId, carerName, notes } = placement;
    update.mutate(
      { id: placement.id, expectedVersion: placement.version, type, startDate, endDate, reason, householdId, carerName, notes },
      { onSuccess: () => { void refresh(); onDone(); } },
    );
  };

  return (
    <Flex direction="column" gap="2" mt="2">
      <Flex gap="3" align="end" wrap="wrap">
        <Flex direction="column" gap="1">
          <Text as="label" htmlFor={id} size="2" weight="bold">
            {t('placements.endDate')}
          </Text>
          <TextField.Root id={id} type="date" value={endDate} onChange={(e) => setEndDate(e.target.value)} aria-invalid={problem ? true : undefined} aria-describedby={describedBy(id, problem)} />
        </Flex>
        <Button type="button" onClick={save} loading={update.isPending}>
          {t('placements.end')}
        </Button>
        <Button type="button" variant="soft" color="gray" onClick={onDone}>
          {t('caseWork.cancel')}
        </Button>
      </Flex>
      <FieldMessage id={id} error={problem} customMessage={t('placements.endBeforeStart')} />
      <SaveError error={update.error} onReload={() => { update.reset(); onReload(); }} />
    </Flex>
  );
}
