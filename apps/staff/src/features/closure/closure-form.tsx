// Asking a supervisor to close the case: reason (and what "other" was), date, summary and a follow-up after closure.
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Callout, Flex, Heading } from '@radix-ui/themes';
import { useMutation } from '@tanstack/react-query';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ClosureInput, closureReasons, isRealDate, proposedClosureFollowUpOn, type ClosureReason, type OpenWork } from '@kruosar/domain';
import { formatNumber, useLocale } from '@kruosar/ui';
import { useTRPC } from '../../lib/trpc';
import { FormProblems, SelectField, TextAreaField, TextInputField } from '../case-workflow/form-fields';
import { SaveError, showServerFieldErrors } from '../case-workflow/save-error';
import { todayInCambodia, useRefreshCaseWork } from '../case-workflow/workflow-data';

type Values = z.input<typeof ClosureInput>;

/** `openWork`: plan actions not done and visits still scheduled; closing with any asks why. */
export function ClosureForm({ caseId, openWork, onReload }: { caseId: string; openWork: OpenWork; onReload: () => void }) {
  const { t } = useTranslation(['staff', 'values']);
  const locale = useLocale();
  const hasOpenWork = openWork.openActions > 0 || openWork.scheduledVisits > 0;
  const trpc = useTRPC();
  const refresh = useRefreshCaseWork();
  const request = useMutation(trpc.closures.request.mutationOptions());
  const { control, register, handleSubmit, setError, setValue, getValues, formState } = useForm<Values, unknown, ClosureInput>({
    resolver: zodResolver(ClosureInput),
    defaultValues: { reason: undefined, reasonOther: '', closedOn: todayInCambodia(), summary: '', followUpOn: null, openWorkReason: '' },
  });
  const { errors } = formState;
  const reason = useWatch({ control, name: 'reason' });

  // The follow-up date is proposed from the reason (none after a move away) until the person sets one.
  const chooseReason = (next: ClosureReason) => {
    setValue('reason', next, { shouldValidate: formState.submitCount > 0 });
    const closedOn = String(getValues('closedOn') ?? '');
    if (!formState.dirtyFields.followUpOn && isRealDate(closedOn)) setValue('followUpOn', proposedClosureFollowUpOn(next, closedOn));
  };

  const onSubmit = handleSubmit((values) =>
    request.mutate(
      { ...values, caseId },
      {
        onSuccess: () => void refresh(),
        onError: (error) => { showServerFieldErrors(error, setError); },
      },
    ),
  );

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby="closure-form-heading" aria-busy={request.isPending}>
      <Flex direction="column" gap="3">
        <Heading as="h3" size="4" id="closure-form-heading">
          {t('closure.formHeading')}
        </Heading>
        <Controller
          control={control}
          name="reason"
          render={({ field }) => (
            <SelectField id="closure-reason" label={t('closure.reason')} value={field.value} onChange={chooseReason} error={errors.reason}
              options={closureReasons.map((r) => ({ value: r, label: t(`values:closureReason.${r}`) }))} />
          )}
        />
        {reason === 'other' ? <TextInputField id="closure-reason-other" label={t('closure.reasonOther')} error={errors.reasonOther} registration={register('reasonOther')} /> : null}
        <TextInputField id="closure-date" label={t('closure.closedOn')} type="date" error={errors.closedOn} registration={register('closedOn')} />
        <TextAreaField id="closure-summary" label={t('closure.summary')} rows={4} error={errors.summary} registration={register('summary')} />
        <TextInputField id="closure-follow-up" label={t('closure.followUpOn')} hint={t('closure.followUpHint')} optional type="date" error={errors.followUpOn}
          customMessage={t('closure.followUpAfterClosure')}
          registration={register('followUpOn', { setValueAs: (v: unknown) => (v === '' || v === null || v === undefined ? null : v) })} />
        {hasOpenWork ? (
          <>
            <Callout.Root color="amber" data-testid="closure-open-work">
              <Callout.Text>
                {t('closure.openWork', { actions: formatNumber(openWork.openActions, locale), visits: formatNumber(openWork.scheduledVisits, locale) })}
              </Callout.Text>
            </Callout.Root>
            <TextAreaField id="closure-open-work-reason" label={t('closure.openWorkReason')} hint={t('closure.openWorkReasonHint')} rows={2}
              error={errors.openWorkReason} registration={register('openWorkReason')} />
          </>
        ) : null}
        <FormProblems show={formState.submitCount > 0 && Object.keys(errors).length > 0} />
        <SaveError error={request.error} onReload={() => { request.reset(); onReload(); }} />
        <Flex>
          <Button type="submit" loading={request.isPending}>
            {t('closure.request')}
          </Button>
        </Flex>
      </Flex>
    </form>
  );
}
