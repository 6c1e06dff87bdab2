// Recording feedback or a complaint for a child or family who phoned or came in: their own words, who it
// concerns, and how to answer (contact details kept only with their consent).
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Card, Checkbox, Flex, Heading, Text } from '@radix-ui/themes';
import { useMutation } from '@tanstack/react-query';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { answerWays, cambodiaToday, FeedbackInput, feedbackFroms, feedbackKinds, staffFeedbackChannels } from '@kruosar/domain';
import { useTRPC } from '../../lib/trpc';
import { RadioField, SelectField, TextAreaField, TextInputField, FormProblems } from '../case-workflow/form-fields';
import { SaveError, showServerFieldErrors } from '../case-workflow/save-error';

type Values = z.input<typeof FeedbackInput>;

export function FeedbackForm({ onSaved, onCancel }: { onSaved: () => void; onCancel: () => void }) {
  const { t } = useTranslation('feedback');
  const trpc = useTRPC();
  const save = useMutation(trpc.feedback.record.mutationOptions());
  const { control, register, handleSubmit, setError, formState } = useForm<Values, unknown, FeedbackInput>({
    resolver: zodResolver(FeedbackInput),
    defaultValues: { words: '', concerns: '', contact: '', contactConsent: false, receivedOn: cambodiaToday() } as Values,
  });
  const { errors } = formState;
  const kind = useWatch({ control, name: 'kind' });

  const onSubmit = handleSubmit(async (values) => {
    try {
      await save.mutateAsync(values);
      onSaved();
    } catch (error) {
      showServerFieldErrors(error, setError);
    }
  });

  return (
    <Card size="3" asChild>
      <form onSubmit={(e) => void onSubmit(e)} noValidate aria-busy={save.isPending} aria-labelledby="feedback-form-heading">
        <Flex direction="column" gap="4">
          <Heading as="h2" size="5" id="feedback-form-heading">
            {t('form.heading')}
          </Heading>
          <Text as="p" size="2" color="gray" style={{ margin: 0 }}>
            {t('form.hint')}
          </Text>
          <Controller control={control} name="kind" render={({ field }) => <RadioField id="feedback-kind" label={t('form.kind')} value={field.value} onChange={field.onChange} error={errors.kind} options={feedbackKinds.map((k) => ({ value: k, label: t(`kind.${k}`) }))} />} />
          <Controller control={control} name="channel" render={({ field }) => <RadioField id="feedback-channel" label={t('form.channel')} value={field.value} onChange={field.onChange} error={errors.channel} options={staffFeedbackChannels.map((c) => ({ value: c, label: t(`channel.${c}`) }))} />} />
          <Controller control={control} name="from" render={({ field }) => <SelectField id="feedback-from" label={t('form.from')} value={field.value} onChange={field.onChange} error={errors.from} options={feedbackFroms.map((f) => ({ value: f, label: t(`from.${f}`) }))} />} />
          <TextAreaField id="feedback-words" label={t('form.words')} rows={4} error={errors.words} registration={register('words')} />
          <TextInputField id="feedback-concerns" label={t('form.concerns')} optional={kind !== 'complaint_about_staff'} error={errors.concerns} customMessage={t('form.concernsRequired')} registration={register('concerns')} />
          <Controller control={control} name="answerWay" render={({ field }) => <RadioField id="feedback-answer-way" label={t('form.answerWay')} value={field.value} onChange={field.onChange} error={errors.answerWay} options={answerWays.map((a) => ({ value: a, label: t(`answerWayValue.${a}`) }))} />} />
          <Controller
            control={control}
            name="contactConsent"
            render={({ field }) => (
              <Text as="label" size="2">
                <Flex gap="2" align="center">
                  <Checkbox checked={field.value === true} onCheckedChange={(c) => field.onChange(c === true)} />
                  {t('form.contactConsent')}
                </Flex>
              </Text>
            )}
          />
          <TextInputField id="feedback-contact" label={t('form.contact')} optional error={errors.contact} customMessage={t('form.contactNeedsConsent')} registration={register('contact')} />
          <TextInputField id="feedback-received-on" label={t('form.receivedOn')} type="date" error={errors.receivedOn} registration={register('receivedOn')} />
          <FormProblems show={formState.submitCount > 0 && Object.keys(errors).length > 0} />
          <SaveError error={save.error} onReload={() => save.reset()} />
          <Flex gap="3">
            <Button type="submit" loading={save.isPending}>
              {t('form.save')}
            </Button>
            <Button type="button" variant="soft" color="gray" onClick={onCancel}>
              {t('cancel')}
            </Button>
          </Flex>
        </Flex>
      </form>
    </Card>
  );
}
