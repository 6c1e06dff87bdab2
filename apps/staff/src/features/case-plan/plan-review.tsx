// Recording a review of the approved plan: when it was reviewed and when the next review is due.
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Flex, Heading } from '@radix-ui/themes';
import { useMutation } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { addMonths, dateField } from '@kruosar/domain';
import { useTRPC } from '../../lib/trpc';
import { TextInputField } from '../case-workflow/form-fields';
import { SaveError, showServerFieldErrors } from '../case-workflow/save-error';
import { todayInCambodia, useRefreshCaseWork } from '../case-workflow/workflow-data';

// The same fields as the API's PlanReviewInput, less the record reference the plan supplies.
const ReviewForm = z.object({ reviewedOn: dateField('Review date'), nextReviewDate: dateField('Next review date') });
type ReviewFormValues = z.input<typeof ReviewForm>;

export function PlanReview({ plan, onReload }: { plan: { id: string; version: number }; onReload: () => void }) {
  const { t } = useTranslation('staff');
  const trpc = useTRPC();
  const refresh = useRefreshCaseWork();
  const review = useMutation(trpc.casePlans.recordReview.mutationOptions());
  const today = todayInCambodia();
  const { register, handleSubmit, setError, reset, formState } = useForm<ReviewFormValues, unknown, z.output<typeof ReviewForm>>({
    resolver: zodResolver(ReviewForm),
    defaultValues: { reviewedOn: today, nextReviewDate: addMonths(today, 3) },
  });
  const onSubmit = handleSubmit((values) =>
    review.mutate(
      { ...values, id: plan.id, expectedVersion: plan.version },
      {
        onSuccess: () => {
          reset();
          void refresh();
        },
        onError: (error) => {
          showServerFieldErrors(error, setError);
        },
      },
    ),
  );
  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby="plan-review-heading">
      <Flex direction="column" gap="3">
        <Heading as="h3" size="3" id="plan-review-heading">
          {t('plan.reviewHeading')}
        </Heading>
        <Flex gap="4" wrap="wrap">
          <TextInputField id="plan-reviewed-on" label={t('plan.reviewedOn')} type="date" error={formState.errors.reviewedOn} registration={register('reviewedOn')} />
          <TextInputField id="plan-next-review" label={t('plan.nextReviewDate')} type="date" error={formState.errors.nextReviewDate} registration={register('nextReviewDate')} />
        </Flex>
        <SaveError error={review.error} onReload={() => { review.reset(); onReload(); }} />
        <Flex>
          <Button type="submit" loading={review.isPending}>
            {t('plan.recordReview')}
          </Button>
        </Flex>
      </Flex>
    </form>
  );
}
