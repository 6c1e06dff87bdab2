// One goal of the case plan: the domain it answers, the goal, and its actions (what, who, by when).
import { Button, Card, Flex, Grid, Heading } from '@radix-ui/themes';
import { Controller, useFieldArray, type Control, type FieldErrors, type UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { csiDomains } from '@kruosar/domain';
import { SelectField, TextAreaField, TextInputField } from '../case-workflow/form-fields';
import type { PlanFormValues } from './plan-form';

export const emptyAction = { description: '', who: '', dueDate: '', doneOn: null };

type Props = {
  index: number;
  control: Control<PlanFormValues>;
  register: UseFormRegister<PlanFormValues>;
  errors: FieldErrors<PlanFormValues>;
  onRemove: (() => void) | null;
};

export function PlanGoalFields({ index, control, register, errors, onRemove }: Props) {
  const { t } = useTranslation(['staff', 'values']);
  const actions = useFieldArray({ control, name: `goals.${index}.actions` });
  const goalErrors = errors.goals?.[index];
  const id = `plan-goal-${index}`;
  const number = index + 1;
  return (
    <Card size="2" asChild>
      <section aria-labelledby={`${id}-heading`} data-testid="plan-goal">
        <Flex direction="column" gap="3">
          <Flex justify="between" align="center" gap="3">
            <Heading as="h4" size="3" id={`${id}-heading`}>
              {t('plan.goalNumber', { number })}
            </Heading>
            {onRemove ? (
              <Button type="button" variant="ghost" color="red" onClick={onRemove}>
                {t('plan.removeGoal', { number })}
              </Button>
            ) : null}
          </Flex>
          <Controller
            control={control}
            name={`goals.${index}.domain`}
            render={({ field }) => (
              <SelectField
                id={`${id}-domain`}
                label={t('plan.domain')}
                value={field.value}
                onChange={field.onChange}
                error={goalErrors?.domain}
                options={csiDomains.map((d) => ({ value: d, label: t(`values:csiDomain.${d}`) }))}
              />
            )}
          />
          <TextAreaField id={`${id}-goal`} label={t('plan.goal')} rows={2} error={goalErrors?.goal} registration={register(`goals.${index}.goal`)} />
          <Heading as="h5" size="2">
            {t('plan.actions')}
          </Heading>
          {actions.fields.map((action, a) => {
            const actionErrors = goalErrors?.actions?.[a];
            const aid = `${id}-action-${a}`;
            return (
              <Grid key={action.id} columns={{ initial: '1', md: '3fr 2fr auto auto' }} gap="3" align="end" data-testid="plan-action">
                <TextInputField id={`${aid}-description`} label={t('plan.actionDescription', { number: a + 1 })} error={actionErrors?.description} registration={register(`goals.${index}.actions.${a}.description`)} />
                <TextInputField id={`${aid}-who`} label={t('plan.actionWho')} error={actionErrors?.who} registration={register(`goals.${index}.actions.${a}.who`)} />
                <TextInputField id={`${aid}-due`} label={t('plan.actionDue')} type="date" error={actionErrors?.dueDate} registration={register(`goals.${index}.actions.${a}.dueDate`)} />
                <Button type="button" variant="ghost" color="red" disabled={actions.fields.length === 1} onClick={() => actions.remove(a)}>
                  {t('plan.removeAction', { number: a + 1 })}
                </Button>
              </Grid>
            );
          })}
          <Flex>
            <Button type="button" variant="soft" onClick={() => actions.append({ ...emptyAction })}>
              {t('plan.addAction')}
            </Button>
          </Flex>
        </Flex>
      </section>
    </Card>
  );
}
