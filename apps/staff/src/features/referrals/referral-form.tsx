// A new referral: to a partner agency (with the consent of the child or caregiver: who, and when) or to a colleague.
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Checkbox, Flex, Heading, Text } from '@radix-ui/themes';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { consentGivers, partnerAgencyKinds, ReferralInput, referralKinds } from '@kruosar/domain';
import { useTRPC } from '../../lib/trpc';
import { FieldMessage, FormProblems, RadioField, SelectField, TextAreaField, TextInputField } from '../case-workflow/form-fields';
import { SaveError, showServerFieldErrors } from '../case-workflow/save-error';
import { todayInCambodia, useRefreshCaseWork } from '../case-workflow/workflow-data';

type Values = z.input<typeof ReferralInput>;

type Props = { caseId: string; onDone: (saved: boolean) => void };

export function ReferralForm({ caseId, onDone }: Props) {
  const { t } = useTranslation(['staff', 'values']);
  const trpc = useTRPC();
  const refresh = useRefreshCaseWork();
  const create = useMutation(trpc.referrals.create.mutationOptions());
  const today = todayInCambodia();
  const { control, register, handleSubmit, setError, setValue, formState } = useForm<Values, unknown, ReferralInput>({
    resolver: zodResolver(ReferralInput),
    defaultValues: {
      kind: 'external', agencyKind: null, agencyName: '', toUserId: null, reason: '', referredOn: today,
      consentGiven: false, consentGivenBy: null, consentRecordedOn: today,
    },
  });
  const { errors } = formState;
  const kind = useWatch({ control, name: 'kind' });
  const consentGiven = useWatch({ control, name: 'consentGiven' });
  const consentOn = useWatch({ control, name: 'consentRecordedOn' });
  // Colleagues of the case's commune (caseworkers and supervisors), the asker left out by the server.
  const colleagues = useQuery(trpc.referrals.colleagues.queryOptions({ caseId })).data ?? [];

  const onSubmit = handleSubmit((values) =>
    create.mutate(
      { ...values, caseId },
      {
        onSuccess: () => {
          void refresh();
          onDone(true);
        },
        onError: (error) => {
          showServerFieldErrors(error, setError);
        },
      },
    ),
  );

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby="referral-form-heading" aria-busy={create.isPending}>
      <Flex direction="column" gap="3">
        <Heading as="h3" size="4" id="referral-form-heading">
          {t('referrals.formHeading')}
        </Heading>
        <Controller
          control={control}
          name="kind"
          render={({ field }) => (
            <RadioField
              id="referral-kind"
              label={t('referrals.kind')}
              value={field.value}
              onChange={field.onChange}
              error={errors.kind}
              options={referralKinds.map((k) => ({ value: k, label: t(`values:referralKind.${k}`) }))}
            />
          )}
        />
        {kind === 'external' ? (
          <>
            <Controller
              control={control}
              name="agencyKind"
              render={({ field }) => (
                <SelectField id="referral-agency-kind" label={t('referrals.agencyKind')} value={field.value} onChange={field.onChange} error={errors.agencyKind}
                  options={partnerAgencyKinds.map((k) => ({ value: k, label: t(`values:partnerAgencyKind.${k}`) }))} />
              )}
            />
            <TextInputField id="referral-agency-name" label={t('referrals.agencyName')} error={errors.agencyName} registration={register('agencyName')} />
            <Flex direction="column" gap="1">
              <Text as="label" size="2" weight="bold">
                <Flex gap="2" align="center">
                  <Checkbox
                    checked={consentGiven === true}
                    onCheckedChange={(c) => setValue('consentGiven', c === true, { shouldValidate: formState.submitCount > 0 })}
                    aria-invalid={errors.consentGiven ? true : undefined}
                    aria-describedby={errors.consentGiven ? 'referral-consent-error' : 'referral-consent-hint'}
                  />
                  {t('referrals.consentGiven')}
                </Flex>
              </Text>
              <Text as="p" id="referral-consent-hint" size="1" color="gray" style={{ margin: 0 }}>
                {t('referrals.consentHint')}
              </Text>
              <FieldMessage id="referral-consent" error={errors.consentGiven} customMessage={t('referrals.consentRequired')} />
            </Flex>
            {consentGiven ? (
              <>
                <Controller
                  control={control}
                  name="consentGivenBy"
                  render={({ field }) => (
                    <SelectField id="referral-consent-by" label={t('referrals.consentBy')} value={field.value} onChange={field.onChange} error={errors.consentGivenBy}
                      options={consentGivers.map((c) => ({ value: c, label: t(`values:consentGiver.${c}`) }))} />
                  )}
                />
                <TextInputField id="referral-consent-on" label={t('referrals.consentOn')} type="date" error={errors.consentRecordedOn}
                  customMessage={consentOn ? t('referrals.consentAfterReferral') : undefined} registration={register('consentRecordedOn')} />
              </>
            ) : null}
          </>
        ) : (
          <Controller
            control={control}
            name="toUserId"
            render={({ field }) => (
              <SelectField id="referral-colleague" label={t('referrals.colleague')} value={field.value} onChange={field.onChange} error={errors.toUserId}
                options={colleagues.map((s) => ({ value: s.id, label: `${s.displayName} (${t(`values:role.${s.role}`)})` }))} />
            )}
          />
        )}
        <TextAreaField id="referral-reason" label={t('referrals.reason')} rows={3} error={errors.reason} registration={register('reason')} />
        <TextInputField id="referral-date" label={t('referrals.date')} type="date" error={errors.referredOn} registration={register('referredOn')} />
        <FormProblems show={formState.submitCount > 0 && Object.keys(errors).length > 0} />
        <SaveError error={create.error} onReload={() => create.reset()} />
        <Flex gap="3">
          <Button type="submit" loading={create.isPending}>
            {t('referrals.save')}
          </Button>
          <Button type="button" variant="soft" color="gray" onClick={() => onDone(false)}>
            {t('caseWork.cancel')}
          </Button>
        </Flex>
      </Flex>
    </form>
  );
}
