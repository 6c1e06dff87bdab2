// Recording a service delivered: type (and what "other" was), date, provider, outcome, notes.
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Flex, Heading } from '@radix-ui/themes';
import { useMutation } from '@tanstack/react-query';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ServiceInput, serviceOutcomes, serviceTypes, type Service } from '@kruosar/domain';
import { formatDate, useLocale } from '@kruosar/ui';
import { useTRPC } from '../../lib/trpc';
import { FormProblems, SelectField, TextAreaField, TextInputField } from '../case-workflow/form-fields';
import { SaveError, showServerFieldErrors } from '../case-workflow/save-error';
import { todayInCambodia, useRefreshCaseWork } from '../case-workflow/workflow-data';

type Values = z.input<typeof ServiceInput>;

/** A new service, or with `service` a correction of one already recorded (from the version shown). */
export function ServiceForm({ caseId, service, onDone }: { caseId: string; service?: Service; onDone: (saved: boolean) => void }) {
  const { t } = useTranslation(['staff', 'values']);
  const locale = useLocale();
  const trpc = useTRPC();
  const refresh = useRefreshCaseWork();
  const create = useMutation(trpc.services.create.mutationOptions());
  const update = useMutation(trpc.services.update.mutationOptions());
  const saving = service ? update : create;
  const { control, register, handleSubmit, setError, formState } = useForm<Values, unknown, ServiceInput>({
    resolver: zodResolver(ServiceInput),
    defaultValues: service
      ? { type: service.type, typeOther: service.typeOther, deliveredOn: service.deliveredOn, provider: service.provider, outcome: service.outcome, notes: service.notes }
      : { type: undefined, typeOther: '', deliveredOn: todayInCambodia(), provider: '', outcome: undefined, notes: '' },
  });
  const { errors } = formState;
  const type = useWatch({ control, name: 'type' });

  const callbacks = {
    onSuccess: () => {
      void refresh();
      onDone(true);
    },
    onError: (error: unknown) => {
      showServerFieldErrors(error, setError);
    },
  };
  const onSubmit = handleSubmit((values) =>
    service ? update.mutate({ ...values, id: service.id, expectedVersion: service.version }, callbacks) : create.mutate({ ...values, caseId }, callbacks),
  );

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby="service-form-heading" aria-busy={saving.isPending}>
      <Flex direction="column" gap="3">
        <Heading as="h3" size="4" id="service-form-heading">
          {service ? t('recordActions.serviceEditHeading', { date: formatDate(service.deliveredOn, locale) }) : t('services.formHeading')}
        </Heading>
        <Controller
          control={control}
          name="type"
          render={({ field }) => (
            <SelectField
              id="service-type"
              label={t('services.type')}
              value={field.value}
              onChange={field.onChange}
              error={errors.type}
              options={serviceTypes.map((s) => ({ value: s, label: t(`values:serviceType.${s}`) }))}
            />
          )}
        />
        {type === 'other' ? <TextInputField id="service-type-other" label={t('services.typeOther')} error={errors.typeOther} registration={register('typeOther')} /> : null}
        <TextInputField id="service-date" label={t('services.date')} type="date" error={errors.deliveredOn} registration={register('deliveredOn')} />
        <TextInputField id="service-provider" label={t('services.provider')} hint={t('services.providerHint')} error={errors.provider} registration={register('provider')} />
        <Controller
          control={control}
          name="outcome"
          render={({ field }) => (
            <SelectField
              id="service-outcome"
              label={t('services.outcome')}
              value={field.value}
              onChange={field.onChange}
              error={errors.outcome}
              options={serviceOutcomes.map((o) => ({ value: o, label: t(`values:serviceOutcome.${o}`) }))}
            />
          )}
        />
        <TextAreaField id="service-notes" label={t('services.notes')} optional error={errors.notes} registration={register('notes')} />
        <FormProblems show={formState.submitCount > 0 && Object.keys(errors).length > 0} />
        <SaveError error={saving.error} onReload={() => saving.reset()} />
        <Flex gap="3">
          <Button type="submit" loading={saving.isPending}>
            {t('services.save')}
          </Button>
          <Button type="button" variant="soft" color="gray" onClick={() => onDone(false)}>
            {t('caseWork.cancel')}
          </Button>
        </Flex>
      </Flex>
    </form>
  );
}
