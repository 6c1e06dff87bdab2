// Correcting the child's details (names, birth, school, consent) from the version of the child's record that was read.
import { zodResolver } from '@hookform/resolvers/zod';
import { Flex } from '@radix-ui/themes';
import { useMutation } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ChildInput } from '@kruosar/domain';
import { useTRPC } from '../../lib/trpc';
import { ChildFields } from '../intake/child-fields';
import { markServerFieldErrors } from '../intake/server-errors';
import type { CaseDetail } from './case-types';
import { EditActions, SaveProblem, SavedNow, useRefreshCase, useVersionedEdit, type SavedValue } from './versioned-edit';

const ChildForm = z.object({ child: ChildInput });
type FormInput = z.input<typeof ChildForm>;
type FormValues = z.output<typeof ChildForm>;

function valuesOf(detail: CaseDetail): FormValues {
  const { id: _id, version: _version, createdAt: _created, updatedAt: _updated, ...child } = detail.child;
  return { child };
}

export function ChildEditForm({ detail, onDone }: { detail: CaseDetail; onDone: () => void }) {
  const { t, i18n } = useTranslation(['staff', 'values']);
  const trpc = useTRPC();
  const refresh = useRefreshCase();
  const edit = useVersionedEdit(detail, (d) => d.child.version);
  const form = useForm<FormInput, unknown, FormValues>({ resolver: zodResolver(ChildForm), defaultValues: valuesOf(detail) });
  const save = useMutation(trpc.children.update.mutationOptions());

  const submit = (values: FormValues) =>
    save.mutate(
      { caseId: detail.case.id, version: edit.version, child: values.child },
      {
        onSuccess: () => {
          void refresh(detail.case.id);
          onDone();
        },
        onError: (error) => markServerFieldErrors(error, form.setError, i18n),
      },
    );
  const reload = () => {
    save.reset();
    void edit.reload();
  };

  return (
    <FormProvider {...form}>
      <form noValidate onSubmit={form.handleSubmit(submit)} aria-label={t('casePage.overview.editChild')}>
        <Flex direction="column" gap="4">
          {edit.reloaded && !save.error ? <SavedNow rows={differences(edit.reloaded, form.getValues(), t)} /> : null}
          <ChildFields />
          <SaveProblem error={save.error} onReload={reload} reloading={edit.reloading} reloadError={edit.reloadError} />
          <EditActions saving={save.isPending} onCancel={onDone} />
        </Flex>
      </form>
    </FormProvider>
  );
}

const labelKeys = {
  givenNameKm: 'intake.child.givenNameKm',
  familyNameKm: 'intake.child.familyNameKm',
  givenNameLatin: 'intake.child.givenNameLatin',
  familyNameLatin: 'intake.child.familyNameLatin',
  sex: 'intake.child.sex',
  dateOfBirth: 'intake.child.dateOfBirth',
  dateOfBirthEstimated: 'intake.child.birthEstimated',
  disability: 'intake.child.disability',
  schoolStatus: 'intake.child.schoolStatus',
  birthRegistration: 'intake.child.birthRegistration',
  photoConsent: 'intake.child.photoConsent',
  notes: 'casePage.overview.notes',
} as const;

function differences(fresh: CaseDetail, mine: FormInput, t: TFunction<['staff', 'values']>): SavedValue[] {
  const saved = valuesOf(fresh).child;
  const yesNo = (v: boolean) => (v ? t('casePage.yes') : t('casePage.no'));
  const shown = (key: keyof typeof saved): string => {
    const v = saved[key];
    if (typeof v === 'boolean') return yesNo(v);
    if (key === 'sex') return t(`values:sex.${saved.sex}`);
    if (key === 'disability') return t(`values:disability.${saved.disability}`);
    if (key === 'schoolStatus') return t(`values:schoolStatus.${saved.schoolStatus}`);
    if (key === 'birthRegistration') return t(`values:birthRegistration.${saved.birthRegistration}`);
    return String(v);
  };
  return (Object.keys(labelKeys) as (keyof typeof labelKeys)[])
    .filter((key) => saved[key] !== mine.child[key])
    .map((key) => ({ label: t(labelKeys[key]), value: shown(key) }));
}
