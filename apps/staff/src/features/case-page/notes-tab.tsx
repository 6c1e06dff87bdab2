// Case notes: newest first, paged; a sensitive note's text reaches the case team only, others see that it exists.
import { zodResolver } from '@hookform/resolvers/zod';
import { Badge, Box, Button, Callout, Card, Flex, Grid, Heading, Text } from '@radix-ui/themes';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { CaseNoteInput, caseNoteKinds } from '@kruosar/domain';
import { EmptyState, ErrorState, LoadingState, Pagination, errorMessage, formatDate, useLocale } from '@kruosar/ui';
import { useTRPC } from '../../lib/trpc';
import { todayLocal } from '../intake/birth-date';
import { ChoiceSelect, LongText, TextInput, YesNo } from '../intake/form-fields';
import { markServerFieldErrors } from '../intake/server-errors';
import type { CaseTabProps, StaffOutputs } from './case-types';

const PAGE_SIZE = 20;
type Note = StaffOutputs['caseNotes']['list']['items'][number];

export function NotesTab({ detail }: CaseTabProps) {
  const { t } = useTranslation('staff');
  const trpc = useTRPC();
  const caseId = detail.case.id;
  const [page, setPage] = useState(1);
  const notes = useQuery({ ...trpc.caseNotes.list.queryOptions({ caseId, page, pageSize: PAGE_SIZE }), placeholderData: keepPreviousData });

  return (
    <Flex direction="column" gap="4">
      <NoteForm caseId={caseId} onSaved={() => setPage(1)} />
      <Heading as="h2" size="4">
        {t('notes.heading')}
      </Heading>
      {notes.isPending ? (
        <LoadingState />
      ) : notes.isError ? (
        <ErrorState error={notes.error} onRetry={() => void notes.refetch()} />
      ) : notes.data.total === 0 ? (
        <EmptyState headingLevel="h3" title={t('notes.empty')} />
      ) : (
        <div aria-busy={notes.isFetching}>
          <Flex asChild direction="column" gap="3">
            <ol style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {notes.data.items.map((note) => (
                <li key={note.id}>
                  <NoteCard note={note} />
                </li>
              ))}
            </ol>
          </Flex>
          <Pagination page={page} pageSize={PAGE_SIZE} total={notes.data.total} onPage={setPage} />
        </div>
      )}
    </Flex>
  );
}

function NoteCard({ note }: { note: Note }) {
  const { t } = useTranslation(['staff', 'values']);
  const locale = useLocale();
  return (
    <Card data-testid="case-note">
      <Flex gap="2" align="center" wrap="wrap" mb="2">
        <Badge color="gray" highContrast>
          {t(`values:caseNoteKind.${note.kind}`)}
        </Badge>
        <Text size="2" weight="bold">
          {formatDate(note.happenedOn, locale)}
        </Text>
        <Text size="2" color="gray">
          {t('notes.by', { name: note.authorName })}
        </Text>
        {note.sensitive ? (
          <Badge color="red" variant="outline" highContrast>
            {t('notes.sensitive')}
          </Badge>
        ) : null}
      </Flex>
      {note.withheld ? (
        <Text as="p" color="gray" style={{ fontStyle: 'italic', margin: 0 }}>
          {t('notes.withheld')}
        </Text>
      ) : (
        <>
          {note.contactWith ? (
            <Text as="p" size="2" color="gray" style={{ margin: 0 }}>
              {t('notes.spokeWith', { who: note.contactWith })}
            </Text>
          ) : null}
          <Text as="p" style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
            {note.text}
          </Text>
        </>
      )}
    </Card>
  );
}

type FormInput = z.input<typeof CaseNoteInput>;
type FormValues = z.output<typeof CaseNoteInput>;

function NoteForm({ caseId, onSaved }: { caseId: string; onSaved: () => void }) {
  const { t, i18n } = useTranslation(['staff', 'values']);
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const blank = (): FormInput => ({ kind: 'visit', happenedOn: todayLocal(), contactWith: '', text: '', sensitive: false });
  const form = useForm<FormInput, unknown, FormValues>({ resolver: zodResolver(CaseNoteInput), defaultValues: blank() });
  const [saved, setSaved] = useState(false);
  const create = useMutation(trpc.caseNotes.create.mutationOptions());

  const submit = (values: FormValues) => {
    setSaved(false);
    create.mutate(
      { caseId, ...values },
      {
        onSuccess: () => {
          form.reset(blank());
          setSaved(true);
          onSaved();
          void queryClient.invalidateQueries({ queryKey: trpc.caseNotes.list.pathKey() });
          void queryClient.invalidateQueries({ queryKey: trpc.cases.timeline.pathKey() });
        },
        onError: (error) => markServerFieldErrors(error, form.setError, i18n),
      },
    );
  };

  return (
    <Card size="3" asChild>
      <section aria-labelledby="note-form-heading">
        <Heading as="h2" size="4" id="note-form-heading" mb="3">
          {t('notes.add')}
        </Heading>
        <FormProvider {...form}>
          <form noValidate onSubmit={form.handleSubmit(submit)} aria-busy={create.isPending}>
            <Flex direction="column" gap="4">
              <Grid columns={{ initial: '1', sm: '3' }} gap="4">
                <ChoiceSelect
                  name="kind"
                  label={t('notes.kind')}
                  placeholder={t('intake.choose')}
                  choices={caseNoteKinds.map((k) => ({ value: k, label: t(`values:caseNoteKind.${k}`) }))}
                />
                <TextInput name="happenedOn" label={t('notes.happenedOn')} type="date" />
                <TextInput name="contactWith" label={t('notes.contactWith')} optional />
              </Grid>
              <LongText name="text" label={t('notes.text')} rows={5} />
              <YesNo name="sensitive" label={t('notes.markSensitive')} hint={t('notes.sensitiveHint')} />
              {create.error ? (
                <Callout.Root color="red" role="alert">
                  <Callout.Text>{errorMessage(create.error, i18n)}</Callout.Text>
                </Callout.Root>
              ) : null}
              {saved ? (
                <Text role="status" color="green" size="2">
                  {t('notes.saved')}
                </Text>
              ) : null}
              <Box>
                <Button type="submit" loading={create.isPending} disabled={create.isPending}>
                  {t('notes.save')}
                </Button>
              </Box>
            </Flex>
          </form>
        </FormProvider>
      </section>
    </Card>
  );
}
