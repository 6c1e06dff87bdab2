// The hive's meetings: when, how many came, notes and decisions (hidden from analysts: minutes often name families).
import { Button, Card, Flex, Heading, Table, TextArea, TextField } from '@radix-ui/themes';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { HiveMeetingInput, HiveMeetingUpdateInput, type HiveMeeting } from '@kruosar/domain';
import { formatDate, formatNumber, useLocale } from '@kruosar/ui';
import { trpcClient } from '../../lib/trpc';
import { FormField, controlProps, problemsOfZod, type Problems } from './form-field';
import { useCurrentVersion, useRecordSave } from './record-editing';
import { ArchivedMark, RecordsSection } from './records-section';
import { SaveProblem, serverProblems } from './save-problem';

type Props = { communeCode: string; meetings: HiveMeeting[]; manage: boolean };

export function MeetingsSection({ communeCode, meetings, manage }: Props) {
  const { t } = useTranslation(['staff', 'common']);
  const locale = useLocale();
  return (
    <RecordsSection
      kind="meetings"
      records={meetings}
      manage={manage}
      columns={[t('hives.meetings.heldOn'), t('hives.meetings.attendees'), t('hives.meetings.notes'), t('hives.meetings.decisions')]}
      testIds={{ table: 'meetings-table', row: 'meeting-row' }}
      labelOf={(m) => formatDate(m.heldOn, locale)}
      cells={(m) => (
        <>
          <Table.RowHeaderCell style={{ whiteSpace: 'nowrap' }}>
            {formatDate(m.heldOn, locale)} <ArchivedMark archivedAt={m.archivedAt} />
          </Table.RowHeaderCell>
          <Table.Cell>{formatNumber(m.attendeesCount, locale)}</Table.Cell>
          <Table.Cell style={{ maxWidth: '20rem', whiteSpace: 'pre-wrap' }}>{m.notes ?? t('hives.hiddenForRole')}</Table.Cell>
          <Table.Cell>
            {m.decisions === null ? (
              t('hives.hiddenForRole')
            ) : m.decisions.length === 0 ? (
              t('common:none')
            ) : (
              <ul style={{ margin: 0, paddingInlineStart: '1rem' }}>
                {m.decisions.map((d, i) => (
                  <li key={i}>{d}</li>
                ))}
              </ul>
            )}
          </Table.Cell>
        </>
      )}
      form={(meeting, onDone) => <MeetingForm communeCode={communeCode} meeting={meeting} onDone={onDone} />}
    />
  );
}

function MeetingForm({ communeCode, meeting, onDone }: { communeCode: string; meeting: HiveMeeting | null; onDone: () => void }) {
  const { t } = useTranslation('staff');
  const [draft, setDraft] = useState({
    heldOn: meeting?.heldOn ?? '',
    attendeesCount: meeting ? String(meeting.attendeesCount) : '',
    notes: meeting?.notes ?? '',
    decisions: (meeting?.decisions ?? []).join('\n'),
  });
  const [version, setVersion] = useState(meeting?.version ?? 0);
  const [problems, setProblems] = useState<Problems>({});
  const currentVersion = useCurrentVersion(communeCode, 'meetings');
  const save = useRecordSave((input: HiveMeetingInput | HiveMeetingUpdateInput) => ('id' in input ? trpcClient.hiveMeetings.update.mutate(input) : trpcClient.hiveMeetings.create.mutate(input)), onDone);
  const set = (change: Partial<typeof draft>) => setDraft((d) => ({ ...d, ...change }));

  const submit = () => {
    // One decision a line; blank lines are not decisions.
    const fields = { ...draft, decisions: draft.decisions.split('\n').map((d) => d.trim()).filter(Boolean) };
    const parsed = meeting ? HiveMeetingUpdateInput.safeParse({ ...fields, id: meeting.id, version }) : HiveMeetingInput.safeParse({ ...fields, communeCode });
    setProblems(parsed.success ? {} : problemsOfZod(parsed.error));
    if (parsed.success) save.mutate(parsed.data, { onError: (e) => setProblems(serverProblems(e)) });
  };
  const reload = async () => {
    save.reset();
    if (meeting) setVersion((await currentVersion(meeting.id)) ?? version);
  };

  return (
    <Card size="2" mt="3" asChild>
      <form aria-labelledby="meeting-form-heading" onSubmit={(e) => (e.preventDefault(), submit())}>
        <Flex direction="column" gap="3">
          <Heading as="h3" size="3" id="meeting-form-heading">
            {meeting ? t('hives.meetings.editHeading') : t('hives.meetings.add')}
          </Heading>
          <Flex gap="4" wrap="wrap">
            <FormField id="meeting-heldOn" label={t('hives.meetings.heldOn')} problem={problems.heldOn}>
              <TextField.Root {...controlProps('meeting-heldOn', problems.heldOn)} type="date" value={draft.heldOn} onChange={(e) => set({ heldOn: e.target.value })} />
            </FormField>
            <FormField id="meeting-attendees" label={t('hives.meetings.attendees')} problem={problems.attendeesCount}>
              <TextField.Root {...controlProps('meeting-attendees', problems.attendeesCount)} inputMode="numeric" value={draft.attendeesCount} onChange={(e) => set({ attendeesCount: e.target.value })} style={{ maxWidth: '8rem' }} />
            </FormField>
          </Flex>
          <FormField id="meeting-notes" label={t('hives.meetings.notes')} optional problem={problems.notes}>
            <TextArea {...controlProps('meeting-notes', problems.notes)} rows={3} value={draft.notes} onChange={(e) => set({ notes: e.target.value })} />
          </FormField>
          <FormField id="meeting-decisions" label={t('hives.meetings.decisions')} hint={t('hives.meetings.decisionsHint')} optional problem={problems.decisions}>
            <TextArea {...controlProps('meeting-decisions', problems.decisions, true)} rows={3} value={draft.decisions} onChange={(e) => set({ decisions: e.target.value })} />
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
