// The case plan form: goals for the weak domains of the latest approved assessment (prefilled), actions with
// who and by when, the child's own views or why they could not be given, and the review date.
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Callout, Checkbox, Flex, Heading, Text } from '@radix-ui/themes';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useFieldArray, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import {
  addMonths,
  CasePlanInput,
  childViewsNotGivenReasons,
  uncoveredWeakDomains,
  weakDomains,
  type Assessment,
  type CasePlan,
  type CsiDomain,
} from '@kruosar/domain';
import { formatDate, useLocale } from '@kruosar/ui';
import { useTRPC } from '../../lib/trpc';
import { FormProblems, SelectField, TextAreaField, TextInputField } from '../case-workflow/form-fields';
import { SaveError, showServerFieldErrors } from '../case-workflow/save-error';
import { todayInCambodia, useRefreshCaseWork } from '../case-workflow/workflow-data';
import { emptyAction, PlanGoalFields } from './plan-goal-fields';

export type PlanFormValues = z.input<typeof CasePlanInput>;

/** A plan is reviewed three months on unless the caseworker sets another date. */
const REVIEW_AFTER_MONTHS = 3;

function valuesOf(draft: CasePlan | null, assessment: Assessment): PlanFormValues {
  if (draft) {
    const { assessmentId, goals, childViews, childViewsNotGivenReason, childViewsNotGivenNote, reviewDate } = draft;
    return { assessmentId: assessment.id === assessmentId ? assessmentId : assessment.id, goals, childViews, childViewsNotGivenReason, childViewsNotGivenNote, reviewDate };
  }
  const weak = weakDomains(assessment);
  const goals = (weak.length ? weak : [undefined]).map((domain) => ({ domain: domain as CsiDomain, goal: '', actions: [{ ...emptyAction }] }));
  return { assessmentId: assessment.id, goals, childViews: '', childViewsNotGivenReason: null, childViewsNotGivenNote: '', reviewDate: addMonths(todayInCambodia(), REVIEW_AFTER_MONTHS) };
}

type Props = { caseId: string; draft: CasePlan | null; assessment: Assessment; onReload: () => void };

type SavedPlan = { id: string; version: number };

/**
 * The plan this form saves into: the draft it opened, or the one it saved itself since (a first save creates the
 * plan; when the submit after it is refused, the next press must update that plan, not create a second one).
 */
export function planToSave(draft: SavedPlan | null, lastSaved: SavedPlan | null): SavedPlan | null {
  if (!lastSaved) return draft;
  if (!draft) return lastSaved;
  return lastSaved.id === draft.id && lastSaved.version > draft.version ? lastSaved : draft;
}

export function PlanForm({ caseId, draft, assessment, onReload }: Props) {
  const { t } = useTranslation(['staff', 'values']);
  const locale = useLocale();
  const trpc = useTRPC();
  const refresh = useRefreshCaseWork();
  const create = useMutation(trpc.casePlans.create.mutationOptions());
  const update = useMutation(trpc.casePlans.update.mutationOptions());
  const submit = useMutation(trpc.casePlans.submitForApproval.mutationOptions());
  const [failure, setFailure] = useState<unknown>(null);
  const [savedNote, setSavedNote] = useState(false);
  const [lastSaved, setLastSaved] = useState<{ id: string; version: number } | null>(null);
  const [viewsNotGiven, setViewsNotGiven] = useState(draft?.childViewsNotGivenReason != null);
  const { control, register, handleSubmit, setError, setValue, formState } = useForm<PlanFormValues, unknown, CasePlanInput>({
    resolver: zodResolver(CasePlanInput),
    defaultValues: valuesOf(draft, assessment),
  });
  const { errors } = formState;
  const goals = useFieldArray({ control, name: 'goals' });
  const watchedGoals = useWatch({ control, name: 'goals' });
  const uncovered = uncoveredWeakDomains({ goals: watchedGoals.map((g) => ({ domain: g.domain })) }, assessment);
  const reason = useWatch({ control, name: 'childViewsNotGivenReason' });
  const pending = create.isPending || update.isPending || submit.isPending;
  const known = planToSave(draft, lastSaved);

  const toggleViewsNotGiven = (notGiven: boolean) => {
    setViewsNotGiven(notGiven);
    // A plan holds the child's views or the reason they were not given, never both.
    if (notGiven) setValue('childViews', '');
    else {
      setValue('childViewsNotGivenReason', null);
      setValue('childViewsNotGivenNote', '');
    }
  };

  const run = (andSubmit: boolean) =>
    handleSubmit(async (values) => {
      setFailure(null);
      setSavedNote(false);
      try {
        const saved = known
          ? await update.mutateAsync({ ...values, id: known.id, expectedVersion: known.version })
          : await create.mutateAsync({ ...values, caseId });
        setLastSaved({ id: saved.id, version: saved.version });
        if (andSubmit) await submit.mutateAsync({ id: saved.id, expectedVersion: saved.version });
        else setSavedNote(true);
        await refresh();
      } catch (error) {
        setFailure(error);
        showServerFieldErrors(error, setError);
      }
    });

  return (
    <form onSubmit={(e) => e.preventDefault()} noValidate aria-busy={pending} aria-labelledby="plan-form-heading">
      <Flex direction="column" gap="4">
        <Heading as="h3" size="4" id="plan-form-heading">
          {draft ? t('plan.continueHeading') : t('plan.newHeading')}
        </Heading>
        <Text as="p" size="2" color="gray" style={{ margin: 0 }}>
          {t('plan.answers', {
            date: formatDate(assessment.assessedOn, locale),
            domains: weakDomains(assessment).map((d) => t(`values:csiDomain.${d}`)).join(', ') || t('plan.noWeakDomains'),
          })}
        </Text>
        {goals.fields.map((goal, index) => (
          <PlanGoalFields key={goal.id} index={index} control={control} register={register} errors={errors} onRemove={goals.fields.length > 1 ? () => goals.remove(index) : null} />
        ))}
        <Flex>
          <Button type="button" variant="soft" onClick={() => goals.append({ domain: undefined as unknown as CsiDomain, goal: '', actions: [{ ...emptyAction }] })}>
            {t('plan.addGoal')}
          </Button>
        </Flex>
        {uncovered.length ? (
          <Callout.Root color="amber">
            <Callout.Text>{t('plan.uncovered', { domains: uncovered.map((d) => t(`values:csiDomain.${d}`)).join(', ') })}</Callout.Text>
          </Callout.Root>
        ) : null}
        <Flex asChild direction="column" gap="3">
          <section aria-labelledby="plan-views-heading">
            <Heading as="h4" size="3" id="plan-views-heading">
              {t('plan.childViewsHeading')}
            </Heading>
            <Text as="label" size="2">
              <Flex gap="2" align="center">
                <Checkbox checked={viewsNotGiven} onCheckedChange={(c) => toggleViewsNotGiven(c === true)} />
                {t('plan.viewsNotGiven')}
              </Flex>
            </Text>
            {viewsNotGiven ? (
              <>
                <Controller
                  control={control}
                  name="childViewsNotGivenReason"
                  render={({ field }) => (
                    <SelectField
                      id="plan-views-reason"
                      label={t('plan.viewsNotGivenReason')}
                      value={field.value}
                      onChange={field.onChange}
                      error={errors.childViewsNotGivenReason ?? errors.childViews}
                      options={childViewsNotGivenReasons.map((r) => ({ value: r, label: t(`values:childViewsNotGivenReason.${r}`) }))}
                    />
                  )}
                />
                {reason === 'other' ? (
                  <TextAreaField id="plan-views-note" label={t('plan.viewsNotGivenNote')} rows={2} error={errors.childViewsNotGivenNote} registration={register('childViewsNotGivenNote')} />
                ) : null}
              </>
            ) : (
              <TextAreaField id="plan-views" label={t('plan.childViews')} hint={t('plan.childViewsHint')} rows={4} error={errors.childViews} customMessage={t('plan.childViewsRequired')} registration={register('childViews')} />
            )}
          </section>
        </Flex>
        <TextInputField id="plan-review-date" label={t('plan.reviewDate')} type="date" error={errors.reviewDate} registration={register('reviewDate')} />
        <FormProblems show={formState.submitCount > 0 && Object.keys(errors).length > 0} />
        <SaveError error={failure} onReload={() => { setFailure(null); onReload(); }} />
        {savedNote ? (
          <Text role="status" color="green" weight="medium">
            {t('caseWork.draftSaved')}
          </Text>
        ) : null}
        <Flex gap="3" wrap="wrap">
          <Button type="button" variant="soft" loading={pending} onClick={() => void run(false)()}>
            {t('caseWork.saveDraft')}
          </Button>
          <Button type="button" loading={pending} onClick={() => void run(true)()}>
            {t('caseWork.submitForApproval')}
          </Button>
        </Flex>
      </Flex>
    </form>
  );
}
