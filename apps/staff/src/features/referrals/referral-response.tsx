// The partner's (or colleague's) answer to a referral, and its outcome; only the next allowed statuses are offered.
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Flex, Heading } from '@radix-ui/themes';
import { useMutation } from '@tanstack/react-query';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ReferralResponseInput, referralStatusTransitions, type Referral } from '@kruosar/domain';
import { useTRPC } from '../../lib/trpc';
import { SelectField, TextAreaField, TextInputField } from '../case-workflow/form-fields';
import { SaveError, showServerFieldErrors } from '../case-workflow/save-error';
import { todayInCambodia, useRefreshCaseWork } from '../case-workflow/workflow-data';

// Only what the form reads: the incoming referrals screen answers from its own, shorter rows.
type Props = { referral: Pick<Referral, 'id' | 'version' | 'status' | 'kind' | 'agencyName' | 'outcome'>; onDone: () => void; onReload: () => void };

export function ReferralResponse({ referral, onDone, onReload }: Props) {
  const { t } = useTranslation(['staff', 'values']);
  const trpc = useTRPC();
  const refresh = useRefreshCaseWork();
  const respond = useMutation(trpc.referrals.respond.mutationOptions());
  const { control, register, handleSubmit, setError, formState } = useForm<z.input<typeof ReferralResponseInput>, unknown, ReferralResponseInput>({
    resolver: zodResolver(ReferralResponseInput),
    defaultValues: { status: undefined, respondedOn: todayInCambodia(), outcome: referral.outcome },
  });
  const { errors } = formState;
  const onSubmit = handleSubmit((values) =>
    respond.mutate(
      { ...values, id: referral.id, expectedVersion: referral.version },
      {
        onSuccess: () => { void refresh(); onDone(); },
        onError: (error) => { showServerFieldErrors(error, setError); },
      },
    ),
  );
  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby="referral-response-heading">
      <Flex direction="column" gap="3">
        <Heading as="h3" size="3" id="referral-response-heading">
          {t('referrals.responseHeading', { to: referral.agencyName || t(`values:referralKind.${referral.kind}`) })}
        </Heading>
        <Controller
          control={control}
          name="status"
          render={({ field }) => (
            <SelectField id="referral-status" label={t('referrals.status')} value={field.value} onChange={field.onChange} error={errors.status}
              options={referralStatusTransitions[referral.status].map((s) => ({ value: s, label: t(`values:referralStatus.${s}`) }))} />
          )}
        />
        <TextInputField id="referral-responded-on" label={t('referrals.respondedOn')} type="date" error={errors.respondedOn} registration={register('respondedOn')} />
        <TextAreaField id="referral-outcome" label={t('referrals.outcome')} hint={t('referrals.outcomeHint')} rows={2} error={errors.outcome} registration={register('outcome')} />
        <SaveError error={respond.error} onReload={() => { respond.reset(); onReload(); }} />
        <Flex gap="3">
          <Button type="submit" loading={respond.isPending}>
            {t('referrals.saveResponse')}
          </Button>
          <Button type="button" variant="soft" color="gray" onClick={onDone}>
            {t('caseWork.cancel')}
          </Button>
        </Flex>
      </Flex>
    </form>
  );
}
