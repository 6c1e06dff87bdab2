// Add or edit a hive volunteer: name, phone, the hive-portal account they sign in with (optional), and trainings.
// An update replaces the whole record, so every field (and every training) is sent again.
import { Button, Card, Flex, Heading, Select, TextField } from '@radix-ui/themes';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { HiveVolunteerRecordInput, HiveVolunteerUpdateInput, type HiveVolunteer } from '@kruosar/domain';
import { trpcClient, useTRPC } from '../../lib/trpc';
import { FormField, controlProps, problemsOfZod, type Problems } from './form-field';
import { useCurrentVersion, useRecordSave } from './record-editing';
import { SaveProblem, serverProblems } from './save-problem';
import { TrainingsEditor, type TrainingDraft } from './trainings-editor';

const NO_ACCOUNT = 'none';

export function VolunteerForm({ communeCode, volunteer, onDone }: { communeCode: string; volunteer: HiveVolunteer | null; onDone: () => void }) {
  const { t } = useTranslation('staff');
  const trpc = useTRPC();
  const accounts = useQuery(trpc.hiveVolunteers.accounts.queryOptions({ communeCode }));
  const [draft, setDraft] = useState({ name: volunteer?.name ?? '', phone: volunteer?.phone ?? '', userId: volunteer?.userId ?? null });
  const [trainings, setTrainings] = useState<TrainingDraft[]>(volunteer?.trainings ?? []);
  const [version, setVersion] = useState(volunteer?.version ?? 0);
  const [problems, setProblems] = useState<Problems>({});
  const currentVersion = useCurrentVersion(communeCode, 'volunteers');
  const save = useRecordSave(
    (input: HiveVolunteerRecordInput | HiveVolunteerUpdateInput) => ('id' in input ? trpcClient.hiveVolunteers.update.mutate(input) : trpcClient.hiveVolunteers.create.mutate(input)),
    onDone,
  );
  // Accounts free to link, and the one this volunteer has.
  const choices = (accounts.data ?? []).filter((a) => a.linkedVolunteerId === null || a.linkedVolunteerId === volunteer?.id);

  const submit = () => {
    const fields = { ...draft, trainings };
    const parsed = volunteer ? HiveVolunteerUpdateInput.safeParse({ ...fields, id: volunteer.id, version }) : HiveVolunteerRecordInput.safeParse({ ...fields, communeCode });
    setProblems(parsed.success ? {} : problemsOfZod(parsed.error));
    if (parsed.success) save.mutate(parsed.data, { onError: (e) => setProblems(serverProblems(e)) });
  };
  const reload = async () => {
    save.reset();
    if (volunteer) setVersion((await currentVersion(volunteer.id)) ?? version);
  };

  return (
    <Card size="2" mt="3" asChild>
      <form aria-labelledby="volunteer-form-heading" onSubmit={(e) => (e.preventDefault(), submit())}>
        <Flex direction="column" gap="3">
          <Heading as="h3" size="3" id="volunteer-form-heading">
            {volunteer ? t('hives.volunteers.editHeading') : t('hives.volunteers.add')}
          </Heading>
          <FormField id="volunteer-name" label={t('hives.columns.name')} problem={problems.name}>
            <TextField.Root {...controlProps('volunteer-name', problems.name)} value={draft.name} onChange={(e) => setDraft((d) => ({ ...d, name: e.target.value }))} />
          </FormField>
          <FormField id="volunteer-phone" label={t('hives.columns.phone')} optional problem={problems.phone}>
            <TextField.Root {...controlProps('volunteer-phone', problems.phone)} type="tel" value={draft.phone} onChange={(e) => setDraft((d) => ({ ...d, phone: e.target.value }))} style={{ maxWidth: '14rem' }} />
          </FormField>
          <FormField id="volunteer-account" label={t('hives.volunteers.account')} hint={t('hives.volunteers.accountHint')} problem={problems.userId}>
            <Select.Root value={draft.userId ?? NO_ACCOUNT} onValueChange={(v) => setDraft((d) => ({ ...d, userId: v === NO_ACCOUNT ? null : v }))}>
              <Select.Trigger {...controlProps('volunteer-account', problems.userId, true)} aria-labelledby="volunteer-account-label volunteer-account" style={{ maxWidth: '18rem' }} />
              <Select.Content position="popper">
                <Select.Item value={NO_ACCOUNT}>{t('hives.volunteers.noAccount')}</Select.Item>
                {choices.map((a) => (
                  <Select.Item key={a.id} value={a.id}>
                    {a.displayName} ({a.username})
                  </Select.Item>
                ))}
              </Select.Content>
            </Select.Root>
          </FormField>
          <TrainingsEditor trainings={trainings} problems={problems} onChange={setTrainings} />
          <SaveProblem error={save.error} onReload={() => void reload()} />
          <Flex gap="3">
            <Button type="submit" loading={save.isPending}>
              {t('hives.save')}
            </Button>
            <Button type="button" variant="ghost" onClick={onDone}>
              {t('hives.cancel')}
            </Button>
          </Flex>
        </Flex>
      </form>
    </Card>
  );
}
