// The intake form: child, household, case; possible duplicates shown before anything is saved.
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Callout, Card, Flex, Heading, Text } from '@radix-ui/themes';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { FormProvider, useForm, type DefaultValues, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { CurrentUser, GeoUnit, Household, NeedCasePrefill } from '@kruosar/domain';
import { describeError, errorMessage } from '@kruosar/ui';
import { useTRPC } from '../../lib/trpc';
import { CaseFields, AssignField } from './case-fields';
import { ChildFields } from './child-fields';
import { DuplicatesPanel, type PossibleDuplicate } from './duplicates-panel';
import { LongText } from './form-fields';
import { HouseholdFields } from './household-fields';
import {
  IntakeFormSchema,
  blankIntake,
  startingMessage,
  toDuplicateCheck,
  toRegisterInput,
  type IntakeFormInput,
  type IntakeFormValues,
} from './intake-values';
import { clearIntakeDraft, intakeDraftKey, readIntakeDraft, writeIntakeDraft } from './intake-draft';
import { markServerFieldErrors } from './server-errors';

type Props = {
  user: CurrentUser;
  communes: GeoUnit[];
  /** When the intake was opened from a hive need: what it tells about the child's place and story. */
  prefill: NeedCasePrefill | null;
  /**
   * The need to link to the new case (at the version read), unless it was already decided, with the message to
   * the volunteer typed at triage (kept, not replaced by the default text).
   */
  needToLink: { needId: string; version: number; messageToVolunteer: string } | null;
  /** A known household (a sibling's) the child is registered into; its household fields are not asked again. */
  existingHousehold?: Household | null;
};

/** Into a known household: its own place and means stand for the household part of the form. */
function intoHousehold(values: ReturnType<typeof blankIntake>, household: Household | null): ReturnType<typeof blankIntake> {
  if (!household) return values;
  return { ...values, household: { villageCode: household.villageCode, idPoor: household.idPoor, incomeSources: household.incomeSources, address: household.address, members: [] } };
}

/** Duplicates found for exactly this child and village (a changed name is checked again). */
type Checked = { key: string; duplicates: PossibleDuplicate[] };

export function IntakeForm({ user, communes, prefill, needToLink, existingHousehold = null }: Props) {
  const { t, i18n } = useTranslation(['staff', 'errors']);
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [, navigate] = useLocation();
  const draftKey = intakeDraftKey(user.id, prefill?.needId ?? needToLink?.needId ?? null);
  const [restored] = useState(() => readIntakeDraft(sessionStorage, draftKey));
  const blank = () => blankIntake(prefill, needToLink ? startingMessage(needToLink.messageToVolunteer, t('intake.fromNeed.defaultMessage')) : null);
  const form = useForm<IntakeFormInput, unknown, IntakeFormValues>({
    resolver: zodResolver(IntakeFormSchema),
    defaultValues: restored ? (restored.values as DefaultValues<IntakeFormInput>) : intoHousehold(blank(), existingHousehold ?? null),
  });
  const initialCommune = existingHousehold?.communeCode ?? prefill?.communeCode ?? (communes.length === 1 ? (communes[0]?.code ?? null) : null);
  const [communeCode, setCommuneCode] = useState<string | null>(restored ? restored.communeCode : initialCommune);
  const [showRestored, setShowRestored] = useState(restored !== null);
  useKeptDraft(form, draftKey, communeCode);
  const [checked, setChecked] = useState<Checked | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [linkFailure, setLinkFailure] = useState<{ caseId: string; reference: string; error: unknown } | null>(null);
  const [checking, setChecking] = useState(false);

  const register = useMutation(trpc.cases.register.mutationOptions());
  const triage = useMutation(trpc.needs.triage.mutationOptions());

  const chooseCommune = (code: string) => {
    setCommuneCode(code);
    form.setValue('household.villageCode', '', { shouldDirty: true });
  };

  const findDuplicates = async (values: IntakeFormValues): Promise<Checked> => {
    const input = toDuplicateCheck(values);
    const duplicates = await queryClient.fetchQuery({ ...trpc.cases.checkDuplicates.queryOptions(input), staleTime: 0 });
    return { key: JSON.stringify(input), duplicates };
  };

  const registerCase = async (values: IntakeFormValues, reviewed: boolean) => {
    const saved = await register.mutateAsync(toRegisterInput(values, reviewed, existingHousehold?.id ?? null));
    clearIntakeDraft(sessionStorage, draftKey);
    await queryClient.invalidateQueries({ queryKey: trpc.cases.list.queryKey() });
    // The family page read before registering must show the new child next time, not a cached list without them.
    if (existingHousehold) await queryClient.invalidateQueries({ queryKey: trpc.families.byId.queryKey() });
    if (needToLink && values.messageToVolunteer) {
      try {
        await triage.mutateAsync({
          needId: needToLink.needId,
          version: needToLink.version,
          decision: { decision: 'link_to_case', caseId: saved.caseId, messageToVolunteer: values.messageToVolunteer },
        });
      } catch (error) {
        setLinkFailure({ caseId: saved.caseId, reference: saved.reference, error });
        return;
      }
    }
    navigate(`/cases/${saved.caseId}`);
  };

  /** First press: look for duplicates. With none, or once they were seen for this same child: register. */
  const submit = async (values: IntakeFormValues, registerAnyway: boolean) => {
    setFailure(null);
    setChecking(true);
    try {
      const key = JSON.stringify(toDuplicateCheck(values));
      const seen = checked !== null && checked.key === key;
      if (!seen || !registerAnyway) {
        const found = await findDuplicates(values);
        if (found.duplicates.length > 0) {
          setChecked(found);
          return;
        }
      }
      await registerCase(values, seen && registerAnyway);
    } catch (error) {
      if (describeError(error).messageKey === 'errors:possibleDuplicate') {
        // Someone registered a similar child meanwhile: show them before trying again.
        setChecked(await findDuplicates(values).catch(() => null));
        return;
      }
      setChecked(null);
      markServerFieldErrors(error, form.setError, i18n, { villageCode: 'household.villageCode', assignedToId: 'assignTo' });
      setFailure(error);
    } finally {
      setChecking(false);
    }
  };

  const busy = checking || register.isPending || triage.isPending;

  const startAgain = () => {
    clearIntakeDraft(sessionStorage, draftKey);
    form.reset(intoHousehold(blank(), existingHousehold ?? null));
    setCommuneCode(initialCommune);
    setChecked(null);
    setShowRestored(false);
  };

  return (
    <FormProvider {...form}>
      <form noValidate onSubmit={form.handleSubmit((values) => submit(values, false))} aria-busy={busy}>
        <Flex direction="column" gap="5">
          {showRestored ? (
            <Callout.Root color="blue" role="status" data-testid="intake-draft-restored">
              <Callout.Text>{t('intake.draftRestored')}</Callout.Text>
              <Flex>
                <Button type="button" variant="soft" onClick={startAgain}>
                  {t('intake.startAgain')}
                </Button>
              </Flex>
            </Callout.Root>
          ) : null}
          <Section id="intake-child" title={t('intake.sections.child')}>
            <ChildFields />
          </Section>
          {existingHousehold ? null : (
            <Section id="intake-household" title={t('intake.sections.household')}>
              <HouseholdFields communeCode={communeCode} communes={communes} onCommuneChange={chooseCommune} />
            </Section>
          )}
          <Section id="intake-case" title={t('intake.sections.case')}>
            <CaseFields />
            {user.role === 'supervisor' || user.role === 'admin' ? <AssignField communeCode={communeCode} /> : null}
            {needToLink ? (
              <LongText name="messageToVolunteer" label={t('intake.fromNeed.message')} hint={t('intake.fromNeed.messageHint')} rows={2} />
            ) : null}
          </Section>
          {failure ? (
            <Callout.Root color="red" role="alert">
              <Callout.Text>{errorMessage(failure, i18n)}</Callout.Text>
            </Callout.Root>
          ) : null}
          {linkFailure ? (
            <Callout.Root color="amber" role="alert">
              <Callout.Text>
                {t('intake.fromNeed.linkFailed', { reference: linkFailure.reference })} {errorMessage(linkFailure.error, i18n)}
              </Callout.Text>
              <Button variant="soft" onClick={() => navigate(`/cases/${linkFailure.caseId}`)}>
                {t('intake.fromNeed.openCase')}
              </Button>
            </Callout.Root>
          ) : null}
          {checked && checked.duplicates.length > 0 ? (
            <DuplicatesPanel
              duplicates={checked.duplicates}
              registering={busy}
              onBack={() => setChecked(null)}
              onRegisterAnyway={() => void form.handleSubmit((values) => submit(values, true))()}
            />
          ) : (
            <Flex gap="3" align="center" wrap="wrap">
              <Button type="submit" size="3" loading={busy} disabled={busy}>
                {t('intake.submit')}
              </Button>
              <Text size="2" color="gray">
                {t('intake.submitHint')}
              </Text>
            </Flex>
          )}
        </Flex>
      </form>
    </FormProvider>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Card size="3" asChild>
      <section aria-labelledby={`${id}-heading`}>
        <Heading as="h2" size="5" id={`${id}-heading`} mb="4">
          {title}
        </Heading>
        <Flex direction="column" gap="4">
          {children}
        </Flex>
      </section>
    </Card>
  );
}

/** Keep what is typed (and the commune chosen) in this tab's storage, so a reload or Back restores it. */
function useKeptDraft(form: UseFormReturn<IntakeFormInput, unknown, IntakeFormValues>, key: string, communeCode: string | null) {
  const commune = useRef(communeCode);
  const keep = (code: string | null) => writeIntakeDraft(sessionStorage, key, { values: form.getValues() as Record<string, unknown>, communeCode: code });
  // Only changes are kept: opening the form and leaving it leaves no draft behind.
  useEffect(() => {
    const subscription = form.watch(() => writeIntakeDraft(sessionStorage, key, { values: form.getValues() as Record<string, unknown>, communeCode: commune.current }));
    return () => subscription.unsubscribe();
  }, [form, key]);
  useEffect(() => {
    if (commune.current === communeCode) return;
    commune.current = communeCode;
    keep(communeCode);
  });
}
