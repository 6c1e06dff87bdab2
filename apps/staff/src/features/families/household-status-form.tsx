// Record the household's ID Poor status, income sources and estimated monthly income at a date (added to the
// history, never overwritten).
import { Button, Checkbox, Flex, Heading, Text } from '@radix-ui/themes';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { idPoorStatuses, incomeSources, type HouseholdStatusInput } from '@kruosar/domain';
import { useTRPC } from '../../lib/trpc';
import { SaveError } from '../case-workflow/save-error';
import { todayInCambodia } from '../case-workflow/workflow-data';
import { ChoiceField, InputField } from './fields';

export function HouseholdStatusForm({ householdId, onSaved }: { householdId: string; onSaved: () => void }) {
  const { t } = useTranslation(['families', 'values']);
  const trpc = useTRPC();
  const save = useMutation(trpc.families.recordStatus.mutationOptions({ onSuccess: onSaved }));
  const [open, setOpen] = useState(false);
  const [recordedOn, setRecordedOn] = useState(todayInCambodia());
  const [idPoor, setIdPoor] = useState<HouseholdStatusInput['idPoor'] | ''>('');
  const [income, setIncome] = useState('');
  const [sources, setSources] = useState<HouseholdStatusInput['incomeSources']>([]);
  const [note, setNote] = useState('');
  if (!open) return <Button variant="soft" onClick={() => setOpen(true)}>{t('history.recordStatus')}</Button>;
  return (
    <form aria-labelledby="status-form-heading" onSubmit={(e) => { e.preventDefault(); save.mutate({ householdId, recordedOn, idPoor: idPoor as HouseholdStatusInput['idPoor'], incomeSources: sources, monthlyIncomeRiel: income === '' ? -1 : Number(income), note }, { onSuccess: () => { setOpen(false); setSources([]); setNote(''); setIncome(''); } }); }}>
      <Flex direction="column" gap="2">
        <Heading as="h4" size="3" id="status-form-heading">{t('history.recordStatus')}</Heading>
        <InputField id="status-date" label={t('history.recordedOn')} type="date" value={recordedOn} onChange={setRecordedOn} />
        <ChoiceField id="status-id-poor" label={t('history.idPoor')} value={idPoor} onChange={setIdPoor} options={idPoorStatuses.map((s) => ({ value: s, label: t(`values:idPoor.${s}`) }))} />
        <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
          <legend><Text size="2" weight="medium">{t('history.incomeSources')}</Text></legend>
          <Flex gap="3" wrap="wrap">
            {incomeSources.map((s) => (
              <Text as="label" size="2" key={s}>
                <Flex gap="1" align="center">
                  <Checkbox checked={sources.includes(s)} onCheckedChange={(c) => setSources((ss) => (c === true ? [...ss, s] : ss.filter((x) => x !== s)))} />
                  {t(`values:incomeSource.${s}`)}
                </Flex>
              </Text>
            ))}
          </Flex>
        </fieldset>
        <InputField id="status-income" label={t('history.monthlyIncome')} type="number" value={income} onChange={setIncome} />
        <InputField id="status-note" label={t('history.note')} value={note} onChange={setNote} />
        <SaveError error={save.error} onReload={() => save.reset()} />
        <Flex gap="2">
          <Button type="submit" loading={save.isPending}>{t('save')}</Button>
          <Button type="button" variant="soft" color="gray" onClick={() => setOpen(false)}>{t('cancel')}</Button>
        </Flex>
      </Flex>
    </form>
  );
}
