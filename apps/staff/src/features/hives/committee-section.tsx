// The hive committee: members and their roles; supervisors and admins add, edit, archive and restore them.
import { Button, Card, Flex, Heading, Select, Table, TextField } from '@radix-ui/themes';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CommitteeMemberInput, CommitteeMemberUpdateInput, committeeRoles, type CommitteeRole, type HiveCommitteeMember } from '@kruosar/domain';
import { trpcClient } from '../../lib/trpc';
import { FormField, controlProps, problemsOfZod, type Problems } from './form-field';
import { useCurrentVersion, useRecordSave } from './record-editing';
import { ArchivedMark, RecordsSection } from './records-section';
import { SaveProblem, serverProblems } from './save-problem';

type Props = { communeCode: string; members: HiveCommitteeMember[]; manage: boolean };

export function CommitteeSection({ communeCode, members, manage }: Props) {
  const { t } = useTranslation(['staff', 'values', 'common']);
  return (
    <RecordsSection
      kind="committee"
      records={members}
      manage={manage}
      columns={[t('hives.columns.name'), t('hives.committee.role'), t('hives.columns.phone')]}
      testIds={{ table: 'committee-table', row: 'committee-row' }}
      labelOf={(m) => m.name ?? ''}
      cells={(m) => (
        <>
          <Table.RowHeaderCell>
            {m.name ?? t('caseload.nameHidden')} <ArchivedMark archivedAt={m.archivedAt} />
          </Table.RowHeaderCell>
          <Table.Cell>{t(`values:committeeRole.${m.committeeRole}`)}</Table.Cell>
          <Table.Cell>{m.phone || t('common:none')}</Table.Cell>
        </>
      )}
      form={(member, onDone) => <CommitteeForm communeCode={communeCode} member={member} onDone={onDone} />}
    />
  );
}

function CommitteeForm({ communeCode, member, onDone }: { communeCode: string; member: HiveCommitteeMember | null; onDone: () => void }) {
  const { t } = useTranslation(['staff', 'values']);
  const [draft, setDraft] = useState({ name: member?.name ?? '', committeeRole: (member?.committeeRole ?? '') as CommitteeRole | '', phone: member?.phone ?? '' });
  const [version, setVersion] = useState(member?.version ?? 0);
  const [problems, setProblems] = useState<Problems>({});
  const currentVersion = useCurrentVersion(communeCode, 'committee');
  const save = useRecordSave((input: CommitteeMemberInput | CommitteeMemberUpdateInput) => ('id' in input ? trpcClient.hiveCommittee.update.mutate(input) : trpcClient.hiveCommittee.create.mutate(input)), onDone);

  const submit = () => {
    const parsed = member ? CommitteeMemberUpdateInput.safeParse({ ...draft, id: member.id, version }) : CommitteeMemberInput.safeParse({ ...draft, communeCode });
    setProblems(parsed.success ? {} : problemsOfZod(parsed.error));
    if (parsed.success) save.mutate(parsed.data, { onError: (e) => setProblems(serverProblems(e)) });
  };
  const reload = async () => {
    save.reset();
    if (member) setVersion((await currentVersion(member.id)) ?? version);
  };

  return (
    <Card size="2" mt="3" asChild>
      <form aria-labelledby="committee-form-heading" onSubmit={(e) => (e.preventDefault(), submit())}>
        <Flex direction="column" gap="3">
          <Heading as="h3" size="3" id="committee-form-heading">
            {member ? t('hives.committee.editHeading') : t('hives.committee.add')}
          </Heading>
          <FormField id="committee-name" label={t('hives.columns.name')} problem={problems.name}>
            <TextField.Root {...controlProps('committee-name', problems.name)} value={draft.name} onChange={(e) => setDraft((d) => ({ ...d, name: e.target.value }))} />
          </FormField>
          <FormField id="committee-role" label={t('hives.committee.role')} problem={problems.committeeRole}>
            <Select.Root value={draft.committeeRole || undefined} onValueChange={(v) => setDraft((d) => ({ ...d, committeeRole: v as CommitteeRole }))}>
              <Select.Trigger {...controlProps('committee-role', problems.committeeRole)} aria-labelledby="committee-role-label committee-role" placeholder={t('hives.choose')} style={{ maxWidth: '14rem' }} />
              <Select.Content position="popper">
                {committeeRoles.map((r) => (
                  <Select.Item key={r} value={r}>
                    {t(`values:committeeRole.${r}`)}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select.Root>
          </FormField>
          <FormField id="committee-phone" label={t('hives.columns.phone')} optional problem={problems.phone}>
            <TextField.Root {...controlProps('committee-phone', problems.phone)} type="tel" value={draft.phone} onChange={(e) => setDraft((d) => ({ ...d, phone: e.target.value }))} style={{ maxWidth: '14rem' }} />
          </FormField>
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
