// Move a child to another household of the commune (a relative's, say): the current stay ends on the date and a new
// one starts, so both households keep the history. A move to another commune is a transfer, which the server says.
import { Button, Card, Flex, Heading, RadioGroup, Text } from '@radix-ui/themes';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState, LoadingState } from '@kruosar/ui';
import { useTRPC } from '../../lib/trpc';
import { SaveError } from '../case-workflow/save-error';
import { todayInCambodia } from '../case-workflow/workflow-data';
import { InputField } from './fields';
import { HouseholdSearch } from './households-screen';

export function MoveChildForm({ caseId, childName, fromHouseholdId, onDone, onCancel }: { caseId: string; childName: string; fromHouseholdId: string; onDone: () => void; onCancel: () => void }) {
  const { t } = useTranslation('families');
  const trpc = useTRPC();
  const move = useMutation(trpc.families.moveChild.mutationOptions());
  const [toHouseholdId, setTo] = useState('');
  const [movedOn, setMovedOn] = useState(todayInCambodia());
  const [reason, setReason] = useState('');
  return (
    <Card data-testid="move-child">
      <Flex direction="column" gap="3">
        <Heading as="h3" size="4" id="move-child-heading">{t('move.heading', { name: childName })}</Heading>
        <Text size="2" color="gray">{t('move.intro')}</Text>
        <HouseholdSearch onPick={setTo} pick="move" exclude={fromHouseholdId} />
        <KinshipHouseholds value={toHouseholdId} exclude={fromHouseholdId} onChange={setTo} />
        <form aria-labelledby="move-child-heading" onSubmit={(e) => { e.preventDefault(); move.mutate({ caseId, toHouseholdId, movedOn, reason }, { onSuccess: onDone }); }}>
          <Flex direction="column" gap="2">
            <Text size="2" data-testid="move-target">{toHouseholdId ? t('move.chosen') : t('move.notChosen')}</Text>
            <InputField id="move-date" label={t('move.date')} type="date" value={movedOn} onChange={setMovedOn} />
            <InputField id="move-reason" label={t('move.reason')} value={reason} onChange={setReason} />
            <SaveError error={move.error} onReload={() => move.reset()} />
            <Flex gap="2">
              <Button type="submit" loading={move.isPending}>{t('move.save')}</Button>
              <Button type="button" variant="soft" color="gray" onClick={onCancel}>{t('cancel')}</Button>
            </Flex>
          </Flex>
        </form>
      </Flex>
    </Card>
  );
}

/** A relative's household registered as a kinship carer, where a child often goes to live: it has no case to search by. */
function KinshipHouseholds({ value, exclude, onChange }: { value: string; exclude: string; onChange: (householdId: string) => void }) {
  const { t } = useTranslation('families');
  const trpc = useTRPC();
  const kin = useQuery(trpc.carers.list.queryOptions({ kind: 'kinship', page: 1, pageSize: 100 }));
  if (kin.isPending) return <LoadingState />;
  if (kin.isError) return <ErrorState error={kin.error} onRetry={() => void kin.refetch()} />;
  const carers = kin.data.items.filter((c) => c.householdId !== exclude && c.status !== 'deregistered');
  if (carers.length === 0) return null;
  return (
    <Flex direction="column" gap="1">
      <Text as="div" size="2" weight="medium" id="move-kinship-label">{t('move.kinship')}</Text>
      <RadioGroup.Root aria-labelledby="move-kinship-label" value={value} onValueChange={onChange}>
        {carers.map((c) => <RadioGroup.Item key={c.id} value={c.householdId}>{c.name}</RadioGroup.Item>)}
      </RadioGroup.Root>
    </Flex>
  );
}
