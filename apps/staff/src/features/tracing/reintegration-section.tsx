// Before the move: the readiness and family assessment (the child's wishes and fears in the child's words), which
// a supervisor approves, and the plan's steps with owner, due date and done date.
import { zodResolver } from '@hookform/resolvers/zod';
import { Badge, Button, Card, Flex, Heading, Text } from '@radix-ui/themes';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ReintegrationAssessmentInput, ReintegrationStepInput, reintegrationStepKinds, type CurrentUser } from '@kruosar/domain';
import { ErrorState, LoadingState, formatDate, useLocale } from '@kruosar/ui';
import { useTRPC } from '../../lib/trpc';
import { TracingDecision } from './tracing-decision';
import type { StaffOutputs } from '../case-page/case-types';
import { FormProblems, SelectField, TextAreaField, TextInputField } from '../case-workflow/form-fields';
import { SaveError, showServerFieldErrors } from '../case-workflow/save-error';
import { todayInCambodia } from '../case-workflow/workflow-data';
import { useCaseReintegration, useRefreshTracing } from './tracing-data';

type Reintegration = StaffOutputs['reintegration']['forCase'];

export function ReintegrationSection({ caseId, open, user }: { caseId: string; open: boolean; user: CurrentUser }) {
  const { t } = useTranslation('tracing');
  const data = useCaseReintegration(caseId);
  const [assessing, setAssessing] = useState(false);
  const [addingStep, setAddingStep] = useState(false);
  if (data.isPending) return <LoadingState />;
  if (data.isError) return <ErrorState error={data.error} onRetry={() => void data.refetch()} />;
  const latest = data.data.assessments[0] ?? null;
  const waiting = latest?.approvalState === 'submitted';
  return (
    <section aria-labelledby="reintegration-heading">
      <Flex direction="column" gap="3">
        <Heading as="h3" size="4" id="reintegration-heading">
          {t('reintegration.heading')}
        </Heading>
        <Flex justify="between" align="center" gap="3" wrap="wrap">
          <Heading as="h4" size="3">
            {t('reintegration.assessment')}
          </Heading>
          {open && !assessing && !waiting ? (
            <Button type="button" variant="soft" onClick={() => setAssessing(true)}>
              {t('reintegration.assess')}
            </Button>
          ) : null}
        </Flex>
        {assessing ? <AssessmentForm caseId={caseId} onDone={() => setAssessing(false)} /> : null}
        {latest ? <AssessmentCard assessment={latest} user={user} /> : <Text size="2" color="gray">{t('reintegration.noAssessment')}</Text>}
        <Flex justify="between" align="center" gap="3" wrap="wrap">
          <Heading as="h4" size="3">
            {t('reintegration.plan')}
          </Heading>
          {open && !addingStep ? (
            <Button type="button" variant="soft" onClick={() => setAddingStep(true)}>
              {t('reintegration.addStep')}
            </Button>
          ) : null}
        </Flex>
        {addingStep ? <StepForm caseId={caseId} onDone={() => setAddingStep(false)} /> : null}
        <Steps steps={data.data.steps} />
      </Flex>
    </section>
  );
}

function AssessmentCard({ assessment, user }: { assessment: Reintegration['assessments'][number]; user: CurrentUser }) {
  const { t } = useTranslation(['tracing', 'values']);
  const locale = useLocale();
  const trpc = useTRPC();
  const refresh = useRefreshTracing();
  const decide = useMutation(trpc.reintegration.decide.mutationOptions());
  const rows: [string, string][] = [
    [t('reintegration.familyCapacity'), assessment.familyCapacity],
    [t('reintegration.childWishes'), assessment.childWishes],
    [t('reintegration.childFears'), assessment.childFears],
    [t('reintegration.safety'), assessment.safety],
    [t('reintegration.schoolPlan'), assessment.schoolPlan],
    [t('reintegration.healthPlan'), assessment.healthPlan],
  ];
  return (
    <Card size="2" data-testid="reintegration-assessment">
      <Flex direction="column" gap="2">
        <Flex gap="2" align="center">
          <Text size="2" weight="bold">
            {formatDate(assessment.assessedOn, locale)}
          </Text>
          <Badge color={assessment.approvalState === 'approved' ? 'green' : assessment.approvalState === 'returned' ? 'amber' : 'blue'} highContrast data-testid="reintegration-approval">
            {t(`values:approvalState.${assessment.approvalState}`)}
          </Badge>
        </Flex>
        <dl style={{ margin: 0, display: 'grid', gap: 'var(--space-1)' }}>
          {rows.filter(([, v]) => v !== '').map(([label, value]) => (
            <div key={label}>
              <Text as="div" size="2" weight="bold">
                <dt>{label}</dt>
              </Text>
              <Text as="div" size="2">
                <dd style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{value}</dd>
              </Text>
            </div>
          ))}
        </dl>
        {assessment.approvalState === 'returned' && assessment.returnReason ? <Text size="2" color="amber">{assessment.returnReason}</Text> : null}
        {assessment.approvalState === 'submitted' ? (
          <TracingDecision
            kind="reintegration_assessment"
            record={{ id: assessment.id, version: assessment.version, submittedById: assessment.submittedById, submittedAt: assessment.submittedAt }}
            user={user}
            decide={decide}
      onDone={() => void refresh()}
          />
        ) : null}
      </Flex>
    </Card>
  );
}

function AssessmentForm({ caseId, onDone }: { caseId: string; onDone: () => void }) {
  const { t } = useTranslation(['tracing', 'staff']);
  const trpc = useTRPC();
  const refresh = useRefreshTracing();
  const assess = useMutation(trpc.reintegration.assess.mutationOptions());
  const { register, handleSubmit, setError, formState } = useForm<z.input<typeof ReintegrationAssessmentInput>, unknown, ReintegrationAssessmentInput>({
    resolver: zodResolver(ReintegrationAssessmentInput),
    defaultValues: { assessedOn: todayInCambodia(), familyCapacity: '', childWishes: '', childFears: '', safety: '', schoolPlan: '', healthPlan: '' },
  });
  const { errors } = formState;
  const onSubmit = handleSubmit((values) =>
    assess.mutate({ caseId, ...values }, { onSuccess: () => { void refresh(); onDone(); }, onError: (e) => showServerFieldErrors(e, setError) }),
  );
  return (
    <Card size="2" asChild>
      <form onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby="reintegration-form-heading" aria-busy={assess.isPending}>
        <Flex direction="column" gap="3">
          <Heading as="h5" size="3" id="reintegration-form-heading">
            {t('reintegration.formHeading')}
          </Heading>
          <TextInputField id="reint-date" label={t('reintegration.assessedOn')} type="date" error={errors.assessedOn} registration={register('assessedOn')} />
          <TextAreaField id="reint-capacity" label={t('reintegration.familyCapacity')} rows={3} error={errors.familyCapacity} registration={register('familyCapacity')} />
          <TextAreaField id="reint-wishes" label={t('reintegration.childWishes')} hint={t('reintegration.childWords')} rows={3} error={errors.childWishes} registration={register('childWishes')} />
          <TextAreaField id="reint-fears" label={t('reintegration.childFears')} hint={t('reintegration.childWords')} optional rows={3} error={errors.childFears} registration={register('childFears')} />
          <TextAreaField id="reint-safety" label={t('reintegration.safety')} rows={2} error={errors.safety} registration={register('safety')} />
          <TextAreaField id="reint-school" label={t('reintegration.schoolPlan')} rows={2} error={errors.schoolPlan} registration={register('schoolPlan')} />
          <TextAreaField id="reint-health" label={t('reintegration.healthPlan')} rows={2} error={errors.healthPlan} registration={register('healthPlan')} />
          <FormProblems show={formState.submitCount > 0 && Object.keys(errors).length > 0} />
          <SaveError error={assess.error} onReload={() => assess.reset()} />
          <Flex gap="3">
            <Button type="submit" loading={assess.isPending}>
              {t('reintegration.submit')}
            </Button>
            <Button type="button" variant="soft" color="gray" onClick={onDone}>
              {t('staff:caseWork.cancel')}
            </Button>
          </Flex>
        </Flex>
      </form>
    </Card>
  );
}

function StepForm({ caseId, onDone }: { caseId: string; onDone: () => void }) {
  const { t } = useTranslation(['tracing', 'staff']);
  const trpc = useTRPC();
  const refresh = useRefreshTracing();
  const add = useMutation(trpc.reintegration.addStep.mutationOptions());
  const { control, register, handleSubmit, setError, formState } = useForm<z.input<typeof ReintegrationStepInput>, unknown, ReintegrationStepInput>({
    resolver: zodResolver(ReintegrationStepInput),
    defaultValues: { kind: undefined, description: '', owner: '', dueOn: todayInCambodia() },
  });
  const { errors } = formState;
  const onSubmit = handleSubmit((values) =>
    add.mutate({ caseId, ...values }, { onSuccess: () => { void refresh(); onDone(); }, onError: (e) => showServerFieldErrors(e, setError) }),
  );
  return (
    <Card size="2" asChild>
      <form onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby="step-form-heading" aria-busy={add.isPending}>
        <Flex direction="column" gap="3">
          <Heading as="h5" size="3" id="step-form-heading">
            {t('reintegration.stepFormHeading')}
          </Heading>
          <Controller
            control={control}
            name="kind"
            render={({ field }) => (
              <SelectField id="step-kind" label={t('reintegration.stepKind')} value={field.value} onChange={field.onChange} error={errors.kind} options={reintegrationStepKinds.map((k) => ({ value: k, label: t(`stepKind.${k}`) }))} />
            )}
          />
          <TextInputField id="step-description" label={t('reintegration.description')} optional error={errors.description} registration={register('description')} />
          <TextInputField id="step-owner" label={t('reintegration.owner')} error={errors.owner} registration={register('owner')} />
          <TextInputField id="step-due" label={t('reintegration.dueOn')} type="date" error={errors.dueOn} registration={register('dueOn')} />
          <FormProblems show={formState.submitCount > 0 && Object.keys(errors).length > 0} />
          <SaveError error={add.error} onReload={() => add.reset()} />
          <Flex gap="3">
            <Button type="submit" loading={add.isPending}>
              {t('reintegration.saveStep')}
            </Button>
            <Button type="button" variant="soft" color="gray" onClick={onDone}>
              {t('staff:caseWork.cancel')}
            </Button>
          </Flex>
        </Flex>
      </form>
    </Card>
  );
}

function Steps({ steps }: { steps: Reintegration['steps'] }) {
  const { t } = useTranslation('tracing');
  const locale = useLocale();
  const trpc = useTRPC();
  const refresh = useRefreshTracing();
  const complete = useMutation(trpc.reintegration.completeStep.mutationOptions());
  if (steps.length === 0) return <Text size="2" color="gray">{t('reintegration.noSteps')}</Text>;
  return (
    <Flex direction="column" gap="2">
      <ol style={{ listStyle: 'none', padding: 0, margin: 0, display: 'grid', gap: 'var(--space-2)' }} data-testid="reintegration-steps">
        {steps.map((s) => (
          <li key={s.id}>
            <Card size="1">
              <Flex gap="3" align="center" justify="between" wrap="wrap">
                <Flex direction="column">
                  <Text size="2" weight="bold">
                    {t(`stepKind.${s.kind}`)}
                    {s.description ? ` · ${s.description}` : ''}
                  </Text>
                  <Text size="2">{t('reintegration.stepLine', { owner: s.owner, due: formatDate(s.dueOn, locale) })}</Text>
                </Flex>
                {s.doneOn ? (
                  <Badge color="green" highContrast>
                    {t('reintegration.doneOn', { date: formatDate(s.doneOn, locale) })}
                  </Badge>
                ) : (
                  <Button type="button" size="1" variant="soft" onClick={() => complete.mutate({ id: s.id, expectedVersion: s.version, doneOn: todayInCambodia() }, { onSuccess: () => void refresh() })} loading={complete.isPending && complete.variables?.id === s.id}>
                    {t('reintegration.markDone')}
                  </Button>
                )}
              </Flex>
            </Card>
          </li>
        ))}
      </ol>
      <SaveError error={complete.error} onReload={() => { complete.reset(); void refresh(); }} />
    </Flex>
  );
}
