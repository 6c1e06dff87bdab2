// The assessment form: 12 CSI domains scored with reasons, the protection checklist, the re-rated risk.
// Saved as a draft, or saved and sent for a supervisor's approval; every save sends the version it started from.
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Flex, Heading, Text } from '@radix-ui/themes';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { AssessmentInput, csiDomains, csiFactorOf, protectionConcerns, riskLevels, type Assessment, type CsiDomain, type RiskLevel } from '@kruosar/domain';
import { useTRPC } from '../../lib/trpc';
import { CheckboxesField, FormProblems, RadioField, TextAreaField, TextInputField } from '../case-workflow/form-fields';
import { SaveError, showServerFieldErrors } from '../case-workflow/save-error';
import { todayInCambodia, useRefreshCaseWork } from '../case-workflow/workflow-data';
import { DomainScoreField } from './domain-score-field';

export type AssessmentFormValues = z.input<typeof AssessmentInput>;

/** The domains in their six CSI factors, in form order. */
const factors = csiDomains.reduce<{ factor: string; domains: CsiDomain[] }[]>((groups, domain) => {
  const factor = csiFactorOf[domain];
  const group = groups.find((g) => g.factor === factor);
  if (group) group.domains.push(domain);
  else groups.push({ factor, domains: [domain] });
  return groups;
}, []);

function valuesOf(draft: Assessment | null, risk: RiskLevel): AssessmentFormValues {
  if (draft) {
    const { assessedOn, scores, protectionConcerns: concerns, riskLevel, riskReason, summary } = draft;
    return { assessedOn, scores, protectionConcerns: concerns, riskLevel, riskReason, summary };
  }
  const scores = Object.fromEntries(csiDomains.map((d) => [d, { score: undefined, reason: '' }])) as AssessmentFormValues['scores'];
  return { assessedOn: todayInCambodia(), scores, protectionConcerns: [], riskLevel: risk, riskReason: '', summary: '' };
}

type Props = {
  caseId: string;
  /** The draft (or returned assessment) being continued; null for a new one. */
  draft: Assessment | null;
  currentRisk: RiskLevel;
  onReload: () => void;
};

export function AssessmentForm({ caseId, draft, currentRisk, onReload }: Props) {
  const { t } = useTranslation(['staff', 'values']);
  const trpc = useTRPC();
  const refresh = useRefreshCaseWork();
  const create = useMutation(trpc.assessments.create.mutationOptions());
  const update = useMutation(trpc.assessments.update.mutationOptions());
  const submit = useMutation(trpc.assessments.submitForApproval.mutationOptions());
  const [failure, setFailure] = useState<unknown>(null);
  const [savedNote, setSavedNote] = useState(false);
  // The version this person last saved: newer than the draft on screen until the refresh arrives.
  const [lastSaved, setLastSaved] = useState<{ id: string; version: number } | null>(null);
  const { control, register, handleSubmit, setError, formState } = useForm<AssessmentFormValues, unknown, AssessmentInput>({
    resolver: zodResolver(AssessmentInput),
    defaultValues: valuesOf(draft, currentRisk),
  });
  const { errors } = formState;
  const pending = create.isPending || update.isPending || submit.isPending;
  const known = draft && lastSaved?.id === draft.id && lastSaved.version > draft.version ? lastSaved : draft;

  const save = (values: AssessmentInput) =>
    known ? update.mutateAsync({ ...values, id: known.id, expectedVersion: known.version }) : create.mutateAsync({ ...values, caseId });

  const run = (andSubmit: boolean) =>
    handleSubmit(async (values) => {
      setFailure(null);
      setSavedNote(false);
      try {
        const saved = await save(values);
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
    <form onSubmit={(e) => e.preventDefault()} noValidate aria-busy={pending} aria-labelledby="assessment-form-heading">
      <Flex direction="column" gap="4">
        <Heading as="h3" size="4" id="assessment-form-heading">
          {draft ? t('assessment.continueHeading') : t('assessment.newHeading')}
        </Heading>
        <Text as="p" color="gray" size="2" style={{ margin: 0 }}>
          {t('assessment.scale')}
        </Text>
        <TextInputField id="assessment-date" label={t('assessment.date')} type="date" error={errors.assessedOn} registration={register('assessedOn')} />
        {factors.map(({ factor, domains }) => (
          <Flex asChild direction="column" gap="3" key={factor}>
            <section aria-labelledby={`factor-${factor}`}>
              <Heading as="h4" size="3" color="gray" id={`factor-${factor}`}>
                {t(`assessment.factor.${factor}` as 'assessment.factor.health')}
              </Heading>
              {domains.map((domain) => (
                <DomainScoreField key={domain} domain={domain} control={control} register={register} errors={errors} />
              ))}
            </section>
          </Flex>
        ))}
        <Controller
          control={control}
          name="protectionConcerns"
          render={({ field }) => (
            <CheckboxesField
              id="assessment-concerns"
              legend={t('assessment.concerns')}
              hint={t('assessment.concernsHint')}
              value={field.value ?? []}
              onChange={field.onChange}
              options={protectionConcerns.map((c) => ({ value: c, label: t(`values:protectionConcern.${c}`) }))}
            />
          )}
        />
        <Controller
          control={control}
          name="riskLevel"
          render={({ field }) => (
            <RadioField
              id="assessment-risk"
              label={t('assessment.risk')}
              value={field.value}
              onChange={field.onChange}
              error={errors.riskLevel}
              options={riskLevels.map((r) => ({ value: r, label: t(`values:riskLevel.${r}`) }))}
            />
          )}
        />
        <TextAreaField id="assessment-risk-reason" label={t('assessment.riskReason')} optional error={errors.riskReason} registration={register('riskReason')} />
        <TextAreaField id="assessment-summary" label={t('assessment.summary')} optional rows={4} error={errors.summary} registration={register('summary')} />
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
