// A volunteer's trainings as rows: topic, date completed and (for "other") what it was; rows can be added and removed.
import { Button, Flex, Select, Text, TextField } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import { hiveTrainingTopics, type HiveTrainingTopic } from '@kruosar/domain';
import { FormField, controlProps, type Problems } from './form-field';

export type TrainingDraft = { topic: HiveTrainingTopic; completedOn: string; note: string };

export function TrainingsEditor({ trainings, problems, onChange }: { trainings: TrainingDraft[]; problems: Problems; onChange: (next: TrainingDraft[]) => void }) {
  const { t } = useTranslation(['staff', 'values']);
  const update = (i: number, change: Partial<TrainingDraft>) => onChange(trainings.map((tr, j) => (j === i ? { ...tr, ...change } : tr)));
  return (
    <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
      <Text as="div" size="2" weight="bold" mb="2" asChild>
        <legend>{t('hives.volunteers.trainings')}</legend>
      </Text>
      <Flex direction="column" gap="3">
        {trainings.map((tr, i) => {
          const id = `training-${i}`;
          return (
            <Flex key={id} gap="3" wrap="wrap" align="end" data-testid="training-row">
              <FormField id={`${id}-topic`} label={t('hives.volunteers.topic')} problem={problems[`trainings.${i}.topic`]}>
                <Select.Root value={tr.topic} onValueChange={(v) => update(i, { topic: v as HiveTrainingTopic })}>
                  <Select.Trigger {...controlProps(`${id}-topic`, problems[`trainings.${i}.topic`])} aria-labelledby={`${id}-topic-label ${id}-topic`} style={{ minWidth: '16rem' }} />
                  <Select.Content position="popper">
                    {hiveTrainingTopics.map((topic) => (
                      <Select.Item key={topic} value={topic}>
                        {t(`values:hiveTrainingTopic.${topic}`)}
                      </Select.Item>
                    ))}
                  </Select.Content>
                </Select.Root>
              </FormField>
              <FormField id={`${id}-date`} label={t('hives.volunteers.completedOn')} problem={problems[`trainings.${i}.completedOn`]}>
                <TextField.Root {...controlProps(`${id}-date`, problems[`trainings.${i}.completedOn`])} type="date" value={tr.completedOn} onChange={(e) => update(i, { completedOn: e.target.value })} />
              </FormField>
              {tr.topic === 'other' ? (
                <FormField id={`${id}-note`} label={t('hives.volunteers.trainingNote')} problem={problems[`trainings.${i}.note`]}>
                  <TextField.Root {...controlProps(`${id}-note`, problems[`trainings.${i}.note`])} value={tr.note} onChange={(e) => update(i, { note: e.target.value })} />
                </FormField>
              ) : null}
              <Button
                type="button"
                variant="ghost"
                color="gray"
                aria-label={`${t('hives.volunteers.removeTraining')}: ${t(`values:hiveTrainingTopic.${tr.topic}`)}`}
                onClick={() => onChange(trainings.filter((_, j) => j !== i))}
              >
                {t('hives.volunteers.removeTraining')}
              </Button>
            </Flex>
          );
        })}
        <div>
          <Button type="button" variant="soft" size="1" onClick={() => onChange([...trainings, { topic: 'child_protection_basics', completedOn: '', note: '' }])}>
            {t('hives.volunteers.addTraining')}
          </Button>
        </div>
      </Flex>
    </fieldset>
  );
}
