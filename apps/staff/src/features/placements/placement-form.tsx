// Recording where the child lives from a date: type, start, reason, carer. A move ends the current placement
// on the new start date; a move from residential care into a family schedules the follow-up visits.
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Checkbox, Flex, Heading, Text } from '@radix-ui/themes';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { PlacementInput, placementTypes, relationships, type FollowUp, type Placement } from '@kruosar/domain';
import { formatDate, useLocale } from '@kruosar/ui';
import { useTRPC } from '../../lib/trpc';
import { FormProblems, SelectField, TextAreaField, TextInputField } from '../case-workflow/form-fields';
import { SaveError, showServerFieldErrors } from '../case-workflow/save-error';
import { todayInCambodia, useRefreshCaseWork } from '../case-workflow/workflow-data';
import { CarerPicker, needsCarer } from '../carers/carer-picker';

type Values = z.input<typeof PlacementInput>;
export type PlacementSaved = { placement: Placement & { reunification: boolean }; followUps: FollowUp[] };

type Props = { caseId: string; current: Placement | null; onDone: (saved: PlacementSaved | null) => void };

export function PlacementForm({ caseId, current, onDone }: Props) {
  const { t } = useTranslation(['staff', 'values', 'families']);
  const locale = useLocale();
  const trpc = useTRPC();
  const refresh = useRefreshCaseWork();
  const create = useMutation(trpc.placements.create.mutationOptions());
  const [endCurrent, setEndCurrent] = useState(true);
  const { control, register, handleSubmit, setError, formState } = useForm<Values, unknown, PlacementInput>({
    resolver: zodResolver(PlacementInput),
    defaultValues: { type: undefined, startDate: todayInCambodia(), endDate: null, reason: '', householdId: null, carerName: '', relationshipToChild: null, notes: '' },
  });
  const { errors } = formState;
  const type = useWatch({ control, name: 'type' });

  const onSubmit = handleSubmit((values) =>
    create.mutate(
      { ...values, caseId, endCurrentPlacement: current !== null && endCurrent },
      {
        onSuccess: (saved) => {
          void refresh();
          onDone(saved);
        },
        onError: (error) => {
          showServerFieldErrors(error, setError);
        },
      },
    ),
  );

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby="placement-form-heading" aria-busy={create.isPending}>
      <Flex direction="column" gap="3">
        <Heading as="h3" size="4" id="placement-form-heading">
          {t('placements.formHeading')}
        </Heading>
        <Controller
          control={control}
          name="type"
          render={({ field }) => (
            <SelectField
              id="placement-type"
              label={t('placements.type')}
              value={field.value}
              onChange={field.onChange}
              error={errors.type}
              options={placementTypes.map((p) => ({ value: p, label: t(`values:placementType.${p}`) }))}
            />
          )}
        />
        <TextInputField id="placement-start" label={t('placements.startDate')} type="date" error={errors.startDate} registration={register('startDate')} />
        {current ? (
          <Text as="label" size="2">
            <Flex gap="2" align="center">
              <Checkbox checked={endCurrent} onCheckedChange={(c) => setEndCurrent(c === true)} />
              {t('placements.endCurrent', { type: t(`values:placementType.${current.type}`), since: formatDate(current.startDate, locale) })}
            </Flex>
          </Text>
        ) : null}
        <TextAreaField id="placement-reason" label={t('placements.reason')} rows={2} error={errors.reason} registration={register('reason')} />
        {type && needsCarer(type) ? (
          <Controller
            control={control}
            name="householdId"
            render={({ field }) => <CarerPicker caseId={caseId} type={type} householdId={field.value ?? null} onChange={field.onChange} />}
          />
        ) : (
          <TextInputField id="placement-carer" label={t('placements.carer')} optional error={errors.carerName} registration={register('carerName')} />
        )}
        {type === 'kinship_care' ? (
          <Controller
            control={control}
            name="relationshipToChild"
            render={({ field }) => (
              <SelectField
                id="placement-relationship"
                label={t('families:picker.relationship')}
                value={field.value ?? undefined}
                onChange={field.onChange}
                error={errors.relationshipToChild}
                options={relationships.map((r) => ({ value: r, label: t(`values:relationship.${r}`) }))}
              />
            )}
          />
        ) : null}
        <TextAreaField id="placement-notes" label={t('placements.notes')} optional error={errors.notes} registration={register('notes')} />
        <FormProblems show={formState.submitCount > 0 && Object.keys(errors).length > 0} />
        <SaveError error={create.error} onReload={() => create.reset()} />
        <Flex gap="3">
          <Button type="submit" loading={create.isPending}>
            {t('placements.save')}
          </Button>
          <Button type="button" variant="soft" color="gray" onClick={() => onDone(null)}>
            {t('caseWork.cancel')}
          </Button>
        </Flex>
      </Flex>
    </form>
  );
}
