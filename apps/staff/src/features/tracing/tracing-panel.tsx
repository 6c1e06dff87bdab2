// Going home, in order: where the child lives (institution), the tracing request and its actions, the matches,
// then the reintegration assessment and plan. The move itself is a placement (Placements tab).
import { zodResolver } from '@hookform/resolvers/zod';
import { Badge, Button, Callout, Card, Flex, Heading, Text } from '@radix-ui/themes';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { z } from 'zod';
import { AdmissionInput, TraceActionInput, TracingRequestInput, traceActionKinds, tracingOutcomes, type CurrentUser } from '@kruosar/domain';
import { ErrorState, LoadingState, formatDate, useLocale } from '@kruosar/ui';
import { useTRPC } from '../../lib/trpc';
import { TracingDecision } from './tracing-decision';
import type { CaseTabProps, StaffOutputs } from '../case-page/case-types';
import { caseTabHref } from '../case-workflow/case-links';
import { FormProblems, SelectField, TextAreaField, TextInputField } from '../case-workflow/form-fields';
import { SaveError, showServerFieldErrors } from '../case-workflow/save-error';
import { todayInCambodia } from '../case-workflow/workflow-data';
import { MatchesSection } from './matches-section';
import { ReintegrationSection } from './reintegration-section';
import { useCaseTracing, useRefreshTracing, useTracingStrings } from './tracing-data';

type Tracing = StaffOutputs['tracing']['forCase'];
type Request = Tracing['requests'][number];

export function TracingPanel({ detail, user }: CaseTabProps) {
  useTracingStrings();
  const caseId = detail.case.id;
  const { t } = useTranslation('tracing');
  const tracing = useCaseTracing(caseId);
  if (tracing.isPending) return <LoadingState />;
  if (tracing.isError) return <ErrorState error={tracing.error} onRetry={() => void tracing.refetch()} />;
  const open = detail.case.status === 'open';
  const request = tracing.data.requests[0] ?? null;
  return (
    <Flex direction="column" gap="5">
      <Heading as="h2" size="5">
        {t('heading')}
      </Heading>
      <AdmissionSection caseId={caseId} admissions={tracing.data.admissions} open={open} />
      <RequestSection caseId={caseId} request={request} open={open} user={user} />
      {request && request.status !== 'closed' ? <MatchesSection request={request} /> : null}
      <ReintegrationSection caseId={caseId} open={open} user={user} />
      <Text size="2">
        {t('moveHint')} <Link href={caseTabHref(caseId, 'placements')}>{t('moveLink')}</Link>
      </Text>
    </Flex>
  );
}

function AdmissionSection({ caseId, admissions, open }: { caseId: string; admissions: Tracing['admissions']; open: boolean }) {
  const { t } = useTranslation('tracing');
  const locale = useLocale();
  const [adding, setAdding] = useState(false);
  return (
    <section aria-labelledby="admission-heading">
      <Flex direction="column" gap="2">
        <Flex justify="between" align="center" gap="3" wrap="wrap">
          <Heading as="h3" size="4" id="admission-heading">
            {t('admission.heading')}
          </Heading>
          {open && !adding ? (
            <Button type="button" variant="soft" onClick={() => setAdding(true)}>
              {t('admission.add')}
            </Button>
          ) : null}
        </Flex>
        {admissions.length === 0 ? (
          <Text size="2" color="gray">
            {t('admission.none')}
          </Text>
        ) : (
          <ul style={{ margin: 0, paddingInlineStart: 'var(--space-4)' }} data-testid="admissions">
            {admissions.map((a) => (
              <li key={a.id}>
                <Text size="2">
                  {a.leftOn
                    ? t('admission.stayed', { name: a.institutionName, from: formatDate(a.admittedOn, locale), to: formatDate(a.leftOn, locale) })
                    : t('admission.livesIn', { name: a.institutionName, from: formatDate(a.admittedOn, locale) })}
                </Text>
              </li>
            ))}
          </ul>
        )}
        {adding ? <AdmissionForm caseId={caseId} onDone={() => setAdding(false)} /> : null}
      </Flex>
    </section>
  );
}

function AdmissionForm({ caseId, onDone }: { caseId: string; onDone: () => void }) {
  const { t } = useTranslation(['tracing', 'staff']);
  const trpc = useTRPC();
  const refresh = useRefreshTracing();
  const institutions = useQuery(trpc.institutions.list.queryOptions({}));
  const admit = useMutation(trpc.institutions.admit.mutationOptions());
  const { control, register, handleSubmit, setError, formState } = useForm<z.input<typeof AdmissionInput>, unknown, AdmissionInput>({
    resolver: zodResolver(AdmissionInput),
    defaultValues: { institutionId: '', admittedOn: todayInCambodia() },
  });
  const { errors } = formState;
  const onSubmit = handleSubmit((values) =>
    admit.mutate({ caseId, ...values }, { onSuccess: () => { void refresh(); onDone(); }, onError: (e) => showServerFieldErrors(e, setError) }),
  );
  if (institutions.isPending) return <LoadingState />;
  if (institutions.isError) return <ErrorState error={institutions.error} onRetry={() => void institutions.refetch()} />;
  return (
    <Card size="2" asChild>
      <form onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby="admission-form-heading" aria-busy={admit.isPending}>
        <Flex direction="column" gap="3">
          <Heading as="h4" size="3" id="admission-form-heading">
            {t('admission.formHeading')}
          </Heading>
          {institutions.data.length === 0 ? <Text size="2">{t('admission.noInstitutions')}</Text> : null}
          <Controller
            control={control}
            name="institutionId"
            render={({ field }) => (
              <SelectField
                id="admission-institution"
                label={t('admission.institution')}
                value={field.value || undefined}
                onChange={field.onChange}
                error={errors.institutionId}
                options={institutions.data.map((i) => ({ value: i.id, label: `${i.name} (${i.communeName})` }))}
              />
            )}
          />
          <TextInputField id="admission-date" label={t('admission.date')} type="date" error={errors.admittedOn} registration={register('admittedOn')} />
          <FormProblems show={formState.submitCount > 0 && Object.keys(errors).length > 0} />
          <SaveError error={admit.error} onReload={() => admit.reset()} />
          <Flex gap="3">
            <Button type="submit" loading={admit.isPending}>
              {t('admission.save')}
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

const statusColor = { open: 'blue', family_found: 'green', relatives_found: 'green', not_found: 'amber', closed: 'gray' } as const;

function RequestSection({ caseId, request, open, user }: { caseId: string; request: Request | null; open: boolean; user: CurrentUser }) {
  const { t } = useTranslation(['tracing', 'values']);
  const locale = useLocale();
  const [opening, setOpening] = useState(false);
  if (!request || (request.status === 'closed' && opening)) {
    return (
      <section aria-labelledby="request-heading">
        <Flex direction="column" gap="2">
          <Heading as="h3" size="4" id="request-heading">
            {t('request.heading')}
          </Heading>
          {opening ? (
            <RequestForm caseId={caseId} onDone={() => setOpening(false)} />
          ) : (
            <Flex direction="column" gap="2" align="start" data-testid="no-tracing-request">
              <Text size="2">{t('request.none')}. {t('request.noneBody')}</Text>
              {open ? (
                <Button type="button" onClick={() => setOpening(true)}>
                  {t('request.open')}
                </Button>
              ) : null}
            </Flex>
          )}
        </Flex>
      </section>
    );
  }
  return (
    <section aria-labelledby="request-heading" data-testid="tracing-request">
      <Flex direction="column" gap="3">
        <Flex gap="2" align="center" wrap="wrap">
          <Heading as="h3" size="4" id="request-heading">
            {t('request.heading')}
          </Heading>
          <Badge color={statusColor[request.status]} highContrast data-testid="tracing-status">
            {t(`tracing:status.${request.status}`)}
          </Badge>
          {request.status === 'closed' && request.outcome ? <Badge color="gray">{t(`tracing:status.${request.outcome}`)}</Badge> : null}
        </Flex>
        <Text size="2" color="gray">
          {t('request.openedBy', { name: request.openedByName, date: formatDate(request.openedOn, locale) })}
        </Text>
        <Card size="2">
          <Flex direction="column" gap="2">
            <Text size="2" weight="bold">
              {t('request.childAccount')}
            </Text>
            <blockquote style={{ margin: 0, whiteSpace: 'pre-wrap' }} data-testid="child-account">
              <Text size="2">{request.childAccount}</Text>
            </blockquote>
            {request.people.length > 0 ? (
              <ul style={{ margin: 0, paddingInlineStart: 'var(--space-4)' }}>
                {request.people.map((p, i) => (
                  <li key={i}>
                    <Text size="2">
                      {t(`tracing:relation.${p.relation}`)}: {p.name}
                    </Text>
                  </li>
                ))}
              </ul>
            ) : null}
            {request.placesRemembered ? <Text size="2">{t('request.placesAre', { places: request.placesRemembered })}</Text> : null}
            {request.institutionRecords ? <Text size="2">{t('request.recordsAre', { records: request.institutionRecords })}</Text> : null}
          </Flex>
        </Card>
        <ActionsList request={request} />
        {open && request.status !== 'closed' ? <OutcomeControls request={request} /> : null}
        {request.closeApproval.approvalState === 'submitted' ? (
          <DecideClosure request={request} user={user} />
        ) : null}
        {request.closeApproval.approvalState === 'returned' && request.closeApproval.returnReason ? (
          <Callout.Root color="amber">
            <Callout.Text>{t('request.returned', { reason: request.closeApproval.returnReason })}</Callout.Text>
          </Callout.Root>
        ) : null}
        {open && request.status === 'closed' ? (
          <Flex>
            <Button type="button" variant="soft" onClick={() => setOpening(true)}>
              {t('request.openAnother')}
            </Button>
          </Flex>
        ) : null}
      </Flex>
    </section>
  );
}

/** The form as typed: the people as free text, turned into the request's list on saving. */
type RequestFormValues = {
  openedOn: string;
  childAccount: string;
  mother: string;
  father: string;
  siblings: string;
  relatives: string;
  placesRemembered: string;
  ageAtSeparation: string;
  language: string;
  institutionRecords: string;
};

/** The form's people fields into the request's list: one name per line for siblings and other relatives. */
function toRequestInput(v: RequestFormValues) {
  const names = (text: string) => text.split(/\n|,/).map((s) => s.trim()).filter(Boolean);
  const people = [
    ...names(v.mother).map((name) => ({ relation: 'mother' as const, name })),
    ...names(v.father).map((name) => ({ relation: 'father' as const, name })),
    ...names(v.siblings).map((name) => ({ relation: 'sibling' as const, name })),
    ...names(v.relatives).map((name) => ({ relation: 'other_relative' as const, name })),
  ];
  return { ...v, people, ageAtSeparation: v.ageAtSeparation.trim() === '' ? null : v.ageAtSeparation };
}

function RequestForm({ caseId, onDone }: { caseId: string; onDone: () => void }) {
  const { t } = useTranslation(['tracing', 'staff']);
  const trpc = useTRPC();
  const refresh = useRefreshTracing();
  const openRequest = useMutation(trpc.tracing.open.mutationOptions());
  const [invalid, setInvalid] = useState<Record<string, string>>({});
  const { register, handleSubmit, formState } = useForm<RequestFormValues>({
    defaultValues: { openedOn: todayInCambodia(), childAccount: '', mother: '', father: '', siblings: '', relatives: '', placesRemembered: '', ageAtSeparation: '', language: '', institutionRecords: '' },
  });
  const onSubmit = handleSubmit((values) => {
    const parsed = TracingRequestInput.safeParse(toRequestInput(values));
    if (!parsed.success) {
      setInvalid(Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message])));
      return;
    }
    setInvalid({});
    openRequest.mutate({ caseId, ...parsed.data }, { onSuccess: () => { void refresh(); onDone(); } });
  });
  const problem = (field: string) => (invalid[field] ? { type: 'custom', message: invalid[field] } : undefined);
  return (
    <Card size="2" asChild>
      <form onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby="request-form-heading" aria-busy={openRequest.isPending}>
        <Flex direction="column" gap="3">
          <Heading as="h4" size="3" id="request-form-heading">
            {t('request.formHeading')}
          </Heading>
          <TextInputField id="request-opened" label={t('request.openedOn')} type="date" error={problem('openedOn')} registration={register('openedOn')} />
          <TextAreaField id="request-account" label={t('request.childAccount')} hint={t('request.childAccountHint')} rows={5} error={problem('childAccount')} registration={register('childAccount')} />
          <TextInputField id="request-mother" label={t('request.mother')} optional error={problem('people')} registration={register('mother')} />
          <TextInputField id="request-father" label={t('request.father')} optional error={undefined} registration={register('father')} />
          <TextAreaField id="request-siblings" label={t('request.siblings')} hint={t('request.oneNameALine')} optional rows={2} error={undefined} registration={register('siblings')} />
          <TextAreaField id="request-relatives" label={t('request.relatives')} hint={t('request.oneNameALine')} optional rows={2} error={undefined} registration={register('relatives')} />
          <TextAreaField id="request-places" label={t('request.places')} optional rows={2} error={problem('placesRemembered')} registration={register('placesRemembered')} />
          <TextInputField id="request-age" label={t('request.ageAtSeparation')} optional error={problem('ageAtSeparation')} registration={register('ageAtSeparation')} />
          <TextInputField id="request-language" label={t('request.language')} optional error={problem('language')} registration={register('language')} />
          <TextAreaField id="request-records" label={t('request.institutionRecords')} optional rows={3} error={problem('institutionRecords')} registration={register('institutionRecords')} />
          <FormProblems show={formState.submitCount > 0 && Object.keys(invalid).length > 0} />
          <SaveError error={openRequest.error} onReload={() => openRequest.reset()} />
          <Flex gap="3">
            <Button type="submit" loading={openRequest.isPending}>
              {t('request.save')}
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

function ActionsList({ request }: { request: Request }) {
  const { t } = useTranslation('tracing');
  const locale = useLocale();
  const [adding, setAdding] = useState(false);
  return (
    <Flex direction="column" gap="2">
      <Flex justify="between" align="center" gap="3" wrap="wrap">
        <Heading as="h4" size="3">
          {t('actions.heading')}
        </Heading>
        {request.status !== 'closed' && !adding ? (
          <Button type="button" variant="soft" onClick={() => setAdding(true)}>
            {t('actions.add')}
          </Button>
        ) : null}
      </Flex>
      {adding ? <ActionForm request={request} onDone={() => setAdding(false)} /> : null}
      {request.actions.length === 0 ? (
        <Text size="2" color="gray">
          {t('actions.none')}
        </Text>
      ) : (
        <ol style={{ listStyle: 'none', padding: 0, margin: 0, display: 'grid', gap: 'var(--space-2)' }} data-testid="trace-actions">
          {request.actions.map((a) => (
            <li key={a.id}>
              <Card size="1">
                <Flex direction="column" gap="1">
                  <Text size="2" weight="bold">
                    {t(`actionKind.${a.kind}`)} · {formatDate(a.actionOn, locale)} · {a.place}
                  </Text>
                  <Text size="2">{t('actions.who', { who: a.who })}</Text>
                  <Text size="2">{a.result}</Text>
                  {a.nextStep ? <Text size="2" color="gray">{t('actions.next', { next: a.nextStep })}</Text> : null}
                </Flex>
              </Card>
            </li>
          ))}
        </ol>
      )}
    </Flex>
  );
}

function ActionForm({ request, onDone }: { request: Request; onDone: () => void }) {
  const { t } = useTranslation(['tracing', 'staff']);
  const trpc = useTRPC();
  const refresh = useRefreshTracing();
  const add = useMutation(trpc.tracing.addAction.mutationOptions());
  const { control, register, handleSubmit, setError, formState } = useForm<z.input<typeof TraceActionInput>, unknown, TraceActionInput>({
    resolver: zodResolver(TraceActionInput),
    defaultValues: { kind: undefined, actionOn: todayInCambodia(), who: '', place: '', result: '', nextStep: '' },
  });
  const { errors } = formState;
  const onSubmit = handleSubmit((values) =>
    add.mutate({ tracingRequestId: request.id, ...values }, { onSuccess: () => { void refresh(); onDone(); }, onError: (e) => showServerFieldErrors(e, setError) }),
  );
  return (
    <Card size="2" asChild>
      <form onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby="action-form-heading" aria-busy={add.isPending}>
        <Flex direction="column" gap="3">
          <Heading as="h5" size="3" id="action-form-heading">
            {t('actions.formHeading')}
          </Heading>
          <Controller
            control={control}
            name="kind"
            render={({ field }) => (
              <SelectField id="action-kind" label={t('actions.kind')} value={field.value} onChange={field.onChange} error={errors.kind} options={traceActionKinds.map((k) => ({ value: k, label: t(`actionKind.${k}`) }))} />
            )}
          />
          <TextInputField id="action-date" label={t('actions.date')} type="date" error={errors.actionOn} registration={register('actionOn')} />
          <TextInputField id="action-who" label={t('actions.whoLabel')} error={errors.who} registration={register('who')} />
          <TextInputField id="action-place" label={t('actions.place')} error={errors.place} registration={register('place')} />
          <TextAreaField id="action-result" label={t('actions.result')} rows={3} error={errors.result} registration={register('result')} />
          <TextAreaField id="action-next" label={t('actions.nextStep')} optional rows={2} error={errors.nextStep} registration={register('nextStep')} />
          <FormProblems show={formState.submitCount > 0 && Object.keys(errors).length > 0} />
          <SaveError error={add.error} onReload={() => add.reset()} />
          <Flex gap="3">
            <Button type="submit" loading={add.isPending}>
              {t('actions.save')}
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

function OutcomeControls({ request }: { request: Request }) {
  const { t } = useTranslation('tracing');
  const trpc = useTRPC();
  const refresh = useRefreshTracing();
  const record = useMutation(trpc.tracing.recordOutcome.mutationOptions());
  const close = useMutation(trpc.tracing.close.mutationOptions());
  const waiting = request.closeApproval.approvalState === 'submitted';
  return (
    <Flex direction="column" gap="2">
      <Flex gap="2" wrap="wrap" role="group" aria-label={t('outcome.label')}>
        {tracingOutcomes
          .filter((o) => o !== request.status)
          .map((o) => (
            <Button key={o} type="button" variant="soft" disabled={waiting} loading={record.isPending && record.variables?.outcome === o} onClick={() => record.mutate({ id: request.id, expectedVersion: request.version, outcome: o, note: '' }, { onSuccess: () => void refresh() })}>
              {t(`outcome.mark.${o}`)}
            </Button>
          ))}
        {request.status !== 'open' && !waiting ? (
          <Button type="button" onClick={() => close.mutate({ id: request.id, expectedVersion: request.version }, { onSuccess: () => void refresh() })} loading={close.isPending}>
            {request.status === 'not_found' ? t('outcome.askToClose') : t('outcome.close')}
          </Button>
        ) : null}
      </Flex>
      <SaveError error={record.error ?? close.error} onReload={() => { record.reset(); close.reset(); void refresh(); }} />
    </Flex>
  );
}

function DecideClosure({ request, user }: { request: Request; user: CurrentUser }) {
  const trpc = useTRPC();
  const refresh = useRefreshTracing();
  const decide = useMutation(trpc.tracing.decideClosure.mutationOptions());
  return (
    <TracingDecision
      kind="tracing_closure"
      record={{ id: request.id, version: request.version, submittedById: request.closeApproval.submittedById, submittedAt: request.closeApproval.submittedAt }}
      user={user}
      decide={decide}
      onDone={() => void refresh()}
    />
  );
}
