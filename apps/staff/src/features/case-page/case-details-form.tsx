// Re-rating risk, changing protection concerns and the summary, from the case version that was read.
import { zodResolver } from '@hookform/resolvers/zod';
import { Flex } from '@radix-ui/themes';
import { useMutation } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { CaseIntakeInput } from '@kruosar/domain';
import { useTRPC } from '../../lib/trpc';
import { CaseFields } from '../intake/case-fields';
import { markServerFieldErrors } from '../intake/server-errors';
import type { CaseDetail } from './case-types';
import { EditActions, SaveProblem, SavedNow, useRefreshCase, useVersionedEdit, type SavedValue } from './versioned-edit';

const CaseDetailsInput = CaseIntakeInput.pick({ riskLevel: true, protectionConcerns: true, summary: true });
type FormInput = z.input<typeof CaseDetailsInput>;
type FormValues = z.output<typeof CaseDetailsInput>;

const valuesOf = (detail: CaseDetail): FormValues => ({
  riskLevel: detail.case.riskLevel,
  protectionConcerns: [...detail.case.protectionConcerns],
  summary: detail.case.summary,
});

export function CaseDetailsForm({ detail, onDone }: { detail: CaseDetail; onDone: () => void }) {
  const { t, i18n } = useTranslation(['staff', 'values']);
  const trpc = useTRPC();
  const refresh = useRefreshCase();
  const edit = useVersionedEdit(detail, (d) => d.case.version);
  const form = useForm<FormInput, unknown, FormValues>({ resolver: zodResolver(CaseDetailsInput), defaultValues: valuesOf(detail) });
  const save = useMutation(trpc.cases.update.mutationOptions());

  const submit = (values: FormValues) =>
    save.mutate(
      { caseId: detail.case.id, version: edit.version, ...values },
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
      <form noValidate onSubmit={form.handleSubmit(submit)} aria-label={t('casePage.overview.editCase')}>
        <Flex direction="column" gap="4">
          {edit.reloaded && !save.error ? <SavedNow rows={differences(edit.reloaded, form.getValues(), t)} /> : null}
          <CaseFields withSource={false} registeredAt={detail.case.registeredAt} withTarget={detail.case.firstContactAt === null} />
          <SaveProblem error={save.error} onReload={reload} reloading={edit.reloading} reloadError={edit.reloadError} />
          <EditActions saving={save.isPending} onCancel={onDone} />
        </Flex>
      </form>
    </FormProvider>
  );
}

function differences(fresh: CaseDetail, mine: FormInput, t: TFunction<['staff', 'values']>): SavedValue[] {
  const saved = valuesOf(fresh);
  const rows: SavedValue[] = [];
  if (saved.riskLevel !== mine.riskLevel) rows.push({ label: t('intake.case.risk'), value: t(`values:riskLevel.${saved.riskLevel}`) });
  if (JSON.stringify([...saved.protectionConcerns].sort()) !== JSON.stringify([...(mine.protectionConcerns ?? [])].sort())) {
    rows.push({
      label: t('intake.case.protectionConcerns'),
      value: saved.protectionConcerns.map((c) => t(`values:protectionConcern.${c}`)).join(', ') || t('casePage.nothing'),
    });
  }
  if (saved.summary !== (mine.summary ?? '')) rows.push({ label: t('intake.case.summary'), value: saved.summary || t('casePage.nothing') });
  return rows;
}
