// Editing the household and its members as one record: one version covers them all, so nobody loses a member.
import { zodResolver } from '@hookform/resolvers/zod';
import { Flex } from '@radix-ui/themes';
import { useMutation } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { HouseholdInput, HouseholdMemberInput } from '@kruosar/domain';
import { useLocale } from '@kruosar/ui';
import { useTRPC } from '../../lib/trpc';
import { HouseholdFields } from '../intake/household-fields';
import { markServerFieldErrors } from '../intake/server-errors';
import type { CaseDetail } from './case-types';
import { EditActions, SaveProblem, SavedNow, useRefreshCase, useVersionedEdit, type SavedValue } from './versioned-edit';

/** Members keep their id so the server edits them; new ones have none; members left out are archived. */
const HouseholdForm = z.object({
  household: HouseholdInput.extend({ members: z.array(HouseholdMemberInput.extend({ id: z.string().optional() })).max(40) }),
});
type FormInput = z.input<typeof HouseholdForm>;
type FormValues = z.output<typeof HouseholdForm>;

function valuesOf(detail: CaseDetail): FormValues {
  const { villageCode, idPoor, incomeSources, address, members } = detail.household;
  return { household: { villageCode, idPoor, incomeSources: [...incomeSources], address, members: members.map((m) => ({ ...m })) } };
}

export function HouseholdEditForm({ detail, onDone }: { detail: CaseDetail; onDone: () => void }) {
  const { t, i18n } = useTranslation(['staff', 'values']);
  const locale = useLocale();
  const trpc = useTRPC();
  const refresh = useRefreshCase();
  const edit = useVersionedEdit(detail, (d) => d.household.version);
  const form = useForm<FormInput, unknown, FormValues>({ resolver: zodResolver(HouseholdForm), defaultValues: valuesOf(detail) });
  const save = useMutation(trpc.households.update.mutationOptions());

  const submit = (values: FormValues) =>
    save.mutate(
      { caseId: detail.case.id, version: edit.version, household: values.household },
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
      <form noValidate onSubmit={form.handleSubmit(submit)} aria-label={t('casePage.overview.editHousehold')}>
        <Flex direction="column" gap="4">
          {edit.reloaded && !save.error ? <SavedNow rows={differences(edit.reloaded, form.getValues(), t, locale)} /> : null}
          {/* The village stays in the case's commune: another commune is another team, which is a transfer. */}
          <HouseholdFields communeCode={detail.case.communeCode} />
          <SaveProblem error={save.error} onReload={reload} reloading={edit.reloading} reloadError={edit.reloadError} />
          <EditActions saving={save.isPending} onCancel={onDone} />
        </Flex>
      </form>
    </FormProvider>
  );
}

function differences(fresh: CaseDetail, mine: FormInput, t: TFunction<['staff', 'values']>, locale: string): SavedValue[] {
  const saved = valuesOf(fresh).household;
  const rows: SavedValue[] = [];
  if (saved.villageCode !== mine.household.villageCode) {
    rows.push({ label: t('intake.household.village'), value: locale === 'km' ? fresh.case.villageNameKm : fresh.case.villageName });
  }
  if (saved.idPoor !== mine.household.idPoor) rows.push({ label: t('intake.household.idPoor'), value: t(`values:idPoor.${saved.idPoor}`) });
  if (JSON.stringify([...saved.incomeSources].sort()) !== JSON.stringify([...(mine.household.incomeSources ?? [])].sort())) {
    rows.push({ label: t('intake.household.incomeSources'), value: saved.incomeSources.map((s) => t(`values:incomeSource.${s}`)).join(', ') || t('casePage.nothing') });
  }
  if (saved.address !== (mine.household.address ?? '')) rows.push({ label: t('intake.household.address'), value: saved.address || t('casePage.nothing') });
  if (JSON.stringify(saved.members) !== JSON.stringify(mine.household.members ?? [])) {
    const names = saved.members.map((m) => `${m.nameLatin || m.nameKm} (${t(`values:relationship.${m.relationship}`)})`);
    rows.push({ label: t('intake.household.members'), value: names.join('\n') || t('casePage.nothing') });
  }
  return rows;
}
