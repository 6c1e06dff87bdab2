// The forms on one follow-up visit: record it as done, move it to another date with the reason, or add one.
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Flex, Heading } from '@radix-ui/themes';
import { useMutation } from '@tanstack/react-query';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { FollowUpAddInput, FollowUpCancelInput, FollowUpRescheduleInput, FollowUpVisitInput, followUpWellbeing } from '@kruosar/domain';
import { formatDate, useLocale } from '@kruosar/ui';
import { useTRPC } from '../../lib/trpc';
import { FormProblems, RadioField, TextAreaField, TextInputField } from '../case-workflow/form-fields';
import { SaveError, showServerFieldErrors } from '../case-workflow/save-error';
import { todayInCambodia, useRefreshCaseWork } from '../case-workflow/workflow-data';

type Visit = { id: string; version: number; dueDate: string };
type FormProps = { visit: Visit; onDone: () => void; onReload: () => void };

function FormButtons({ pending, saveLabel, onCancel }: { pending: boolean; saveLabel: string; onCancel: () => void }) {
  const { t } = useTranslation('staff');
  return (
    <Flex gap="3">
      <Button type="submit" loading={pending}>
        {saveLabel}
      </Button>
      <Button type="button" variant="soft" color="gray" onClick={onCancel}>
        {t('caseWork.cancel')}
      </Button>
    </Flex>
  );
}

export function RecordVisitForm({ visit, onDone, onReload }: FormProps) {
  const { t } = useTranslation(['staff', 'values']);
  const locale = useLocale();
  const trpc = useTRPC();
  const refresh = useRefreshCaseWork();
  const record = useMutation(trpc.followUps.recordVisit.mutationOptions());
  const { control, register, handleSubmit, setError, formState } = useForm<z.input<typeof FollowUpVisitInput>, unknown, FollowUpVisitInput>({
    resolver: zodResolver(FollowUpVisitInput),
    defaultValues: { doneOn: todayInCambodia(), childSeen: undefined, wellbeing: undefined, notes: '' },
  });
  const { errors } = formState;
  const onSubmit = handleSubmit((values) =>
    record.mutate(
      { ...values, id: visit.id, expectedVersion: visit.version },
      {
        onSuccess: () => { void refresh(); onDone(); },
        onError: (error) => { showServerFieldErrors(error, setError); },
      },
    ),
  );
  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby="visit-record-heading">
      <Flex direction="column" gap="3">
        <Heading as="h3" size="3" id="visit-record-heading">
          {t('followUps.recordHeading', { date: formatDate(visit.dueDate, locale) })}
        </Heading>
        <TextInputField id="visit-done-on" label={t('followUps.doneOn')} type="date" error={errors.doneOn} registration={register('doneOn')} />
        <Controller
          control={control}
          name="childSeen"
          render={({ field }) => (
            <RadioField
              id="visit-child-seen"
              label={t('followUps.childSeen')}
              value={field.value === undefined ? null : field.value ? 'yes' : 'no'}
              onChange={(v) => field.onChange(v === 'yes')}
              error={errors.childSeen}
              options={[{ value: 'yes', label: t('caseWork.yes') }, { value: 'no', label: t('caseWork.no') }]}
            />
          )}
        />
        <Controller
          control={control}
          name="wellbeing"
          render={({ field }) => (
            <RadioField
              id="visit-wellbeing"
              label={t('followUps.wellbeing')}
              value={field.value}
              onChange={field.onChange}
              error={errors.wellbeing}
              options={followUpWellbeing.map((w) => ({ value: w, label: t(`values:followUpWellbeing.${w}`) }))}
            />
          )}
        />
        <TextAreaField id="visit-notes" label={t('followUps.notes')} error={errors.notes} registration={register('notes')} />
        <FormProblems show={formState.submitCount > 0 && Object.keys(errors).length > 0} />
        <SaveError error={record.error} onReload={() => { record.reset(); onReload(); }} />
        <FormButtons pending={record.isPending} saveLabel={t('followUps.saveVisit')} onCancel={onDone} />
      </Flex>
    </form>
  );
}

export function RescheduleForm({ visit, onDone, onReload }: FormProps) {
  const { t } = useTranslation('staff');
  const locale = useLocale();
  const trpc = useTRPC();
  const refresh = useRefreshCaseWork();
  const move = useMutation(trpc.followUps.reschedule.mutationOptions());
  const { register, handleSubmit, setError, formState } = useForm<z.input<typeof FollowUpRescheduleInput>, unknown, FollowUpRescheduleInput>({
    resolver: zodResolver(FollowUpRescheduleInput),
    defaultValues: { dueDate: visit.dueDate, reason: '' },
  });
  const { errors } = formState;
  const onSubmit = handleSubmit((values) =>
    move.mutate(
      { ...values, id: visit.id, expectedVersion: visit.version },
      {
        onSuccess: () => { void refresh(); onDone(); },
        onError: (error) => { showServerFieldErrors(error, setError); },
      },
    ),
  );
  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby="visit-move-heading">
      <Flex direction="column" gap="3">
        <Heading as="h3" size="3" id="visit-move-heading">
          {t('followUps.rescheduleHeading', { date: formatDate(visit.dueDate, locale) })}
        </Heading>
        <TextInputField id="visit-new-date" label={t('followUps.newDate')} type="date" error={errors.dueDate} registration={register('dueDate')} />
        <TextAreaField id="visit-move-reason" label={t('followUps.rescheduleReason')} rows={2} error={errors.reason} registration={register('reason')} />
        <SaveError error={move.error} onReload={() => { move.reset(); onReload(); }} />
        <FormButtons pending={move.isPending} saveLabel={t('followUps.saveReschedule')} onCancel={onDone} />
      </Flex>
    </form>
  );
}

export function AddVisitForm({ caseId, onDone }: { caseId: string; onDone: () => void }) {
  const { t } = useTranslation('staff');
  const trpc = useTRPC();
  const refresh = useRefreshCaseWork();
  const add = useMutation(trpc.followUps.add.mutationOptions());
  const { register, handleSubmit, formState } = useForm<z.input<typeof FollowUpAddInput>, unknown, FollowUpAddInput>({
    resolver: zodResolver(FollowUpAddInput),
    defaultValues: { dueDate: '', purpose: '' },
  });
  const onSubmit = handleSubmit((values) => add.mutate({ ...values, caseId }, { onSuccess: () => { void refresh(); onDone(); } }));
  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby="visit-add-heading">
      <Flex direction="column" gap="3">
        <Heading as="h3" size="3" id="visit-add-heading">
          {t('followUps.addHeading')}
        </Heading>
        <TextInputField id="visit-add-date" label={t('followUps.dueDate')} type="date" error={formState.errors.dueDate} registration={register('dueDate')} />
        <TextInputField id="visit-add-purpose" label={t('followUps.purpose')} optional error={formState.errors.purpose} registration={register('purpose')} />
        <SaveError error={add.error} onReload={() => add.reset()} />
        <FormButtons pending={add.isPending} saveLabel={t('followUps.saveAdd')} onCancel={onDone} />
      </Flex>
    </form>
  );
}

/** Cancelling a visit that will not happen: it stays on the record with its reason. */
export function CancelVisitForm({ visit, onDone, onReload }: FormProps) {
  const { t } = useTranslation('staff');
  const locale = useLocale();
  const trpc = useTRPC();
  const refresh = useRefreshCaseWork();
  const cancel = useMutation(trpc.followUps.cancel.mutationOptions());
  const { register, handleSubmit, setError, formState } = useForm<z.input<typeof FollowUpCancelInput>, unknown, FollowUpCancelInput>({
    resolver: zodResolver(FollowUpCancelInput),
    defaultValues: { reason: '' },
  });
  const { errors } = formState;
  const onSubmit = handleSubmit((values) =>
    cancel.mutate(
      { ...values, id: visit.id, expectedVersion: visit.version },
      {
        onSuccess: () => { void refresh(); onDone(); },
        onError: (error) => { showServerFieldErrors(error, setError); },
      },
    ),
  );
  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby="visit-cancel-heading">
      <Flex direction="column" gap="3">
        <Heading as="h3" size="3" id="visit-cancel-heading">
          {t('recordActions.cancelVisitHeading', { date: formatDate(visit.dueDate, locale) })}
        </Heading>
        <TextAreaField id="visit-cancel-reason" label={t('recordActions.cancelReason')} rows={2} error={errors.reason} registration={register('reason')} />
        <SaveError error={cancel.error} onReload={() => { cancel.reset(); onReload(); }} />
        <Flex gap="3">
          <Button type="submit" color="red" loading={cancel.isPending}>
            {t('recordActions.saveCancel')}
          </Button>
          <Button type="button" variant="soft" color="gray" onClick={onDone}>
            {t('recordActions.keepVisit')}
          </Button>
        </Flex>
      </Flex>
    </form>
  );
}
