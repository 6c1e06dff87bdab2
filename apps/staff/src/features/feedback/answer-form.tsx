// The answer given to the child or family, and when: the complaint moves from received to answered.
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Flex, Heading } from '@radix-ui/themes';
import { useMutation } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { cambodiaToday, FeedbackAnswerInput, type FeedbackItem } from '@kruosar/domain';
import { useTRPC } from '../../lib/trpc';
import { TextAreaField, TextInputField } from '../case-workflow/form-fields';
import { SaveError, showServerFieldErrors } from '../case-workflow/save-error';

type Values = z.input<typeof FeedbackAnswerInput>;

export function AnswerForm({ item, onDone, onCancel }: { item: FeedbackItem; onDone: () => void; onCancel: () => void }) {
  const { t } = useTranslation('feedback');
  const trpc = useTRPC();
  const save = useMutation(trpc.feedback.answer.mutationOptions());
  const { register, handleSubmit, setError, formState } = useForm<Values, unknown, FeedbackAnswerInput>({
    resolver: zodResolver(FeedbackAnswerInput),
    defaultValues: { id: item.id, expectedVersion: item.version, answer: '', answeredOn: cambodiaToday() },
  });
  const { errors } = formState;
  const id = `feedback-${item.id}-answer`;
  const onSubmit = handleSubmit(async (values) => {
    try {
      await save.mutateAsync(values);
      onDone();
    } catch (error) {
      showServerFieldErrors(error, setError);
    }
  });
  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate aria-busy={save.isPending} aria-labelledby={`${id}-heading`}>
      <Flex direction="column" gap="3">
        <Heading as="h3" size="3" id={`${id}-heading`}>
          {t('answerForm.heading')}
        </Heading>
        <TextAreaField id={`${id}-text`} label={t('answerForm.answer')} rows={3} error={errors.answer} registration={register('answer')} />
        <TextInputField id={`${id}-date`} label={t('answerForm.answeredOn')} type="date" error={errors.answeredOn} registration={register('answeredOn')} />
        <SaveError error={save.error} onReload={() => { save.reset(); onCancel(); }} />
        <Flex gap="3">
          <Button type="submit" loading={save.isPending}>
            {t('answerForm.save')}
          </Button>
          <Button type="button" variant="soft" color="gray" onClick={onCancel}>
            {t('cancel')}
          </Button>
        </Flex>
      </Flex>
    </form>
  );
}
