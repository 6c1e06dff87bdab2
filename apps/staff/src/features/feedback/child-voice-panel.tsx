// The child's views at an assessment, a placement decision or a closure, recorded as at the case plan: the child's
// own words, or why they could not be asked (which a supervisor then acknowledges in the approvals inbox).
import { zodResolver } from '@hookform/resolvers/zod';
import { Badge, Button, Card, Checkbox, Flex, Heading, Text } from '@radix-ui/themes';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ChildVoiceInput, childNotAskedReasons, type ChildVoice, type ChildVoiceOccasion } from '@kruosar/domain';
import { ErrorState, LoadingState, formatDate, useLocale } from '@kruosar/ui';
import { useTRPC } from '../../lib/trpc';
import { SelectField, TextAreaField } from '../case-workflow/form-fields';
import { SaveError, showServerFieldErrors } from '../case-workflow/save-error';
import { useFeedbackStrings } from './feedback-strings';

type Props = {
  caseId: string;
  occasion: ChildVoiceOccasion;
  /** The assessments, placements or closures of the case the views may belong to, newest first. */
  records: { id: string; date: string }[];
  readOnly?: boolean;
};

export function ChildVoicePanel({ caseId, occasion, records, readOnly = false }: Props) {
  useFeedbackStrings();
  const { t } = useTranslation('feedback');
  const locale = useLocale();
  const trpc = useTRPC();
  const voices = useQuery(trpc.childVoices.list.queryOptions({ caseId, occasion }));
  const [recordId, setRecordId] = useState(records[0]?.id ?? '');
  const [again, setAgain] = useState(false);
  if (records.length === 0) return null;
  const chosen = records.some((r) => r.id === recordId) ? recordId : records[0]!.id;
  const latest = voices.data?.find((v) => v.recordId === chosen) ?? null;
  const headingId = `child-voice-${occasion}-heading`;
  return (
    <Card size="2" asChild>
      <section aria-labelledby={headingId} data-testid={`child-voice-${occasion}`}>
        <Flex direction="column" gap="3">
          <Heading as="h3" size="4" id={headingId}>
            {t('voice.heading')}
          </Heading>
          {records.length > 1 ? (
            <SelectField id={`child-voice-${occasion}-record`} label={t('voice.for')} error={undefined} value={chosen} onChange={(v) => { setRecordId(v); setAgain(false); }} options={records.map((r) => ({ value: r.id, label: `${t(`occasion.${occasion}`)} · ${formatDate(r.date, locale)}` }))} />
          ) : null}
          {voices.isPending ? (
            <LoadingState />
          ) : voices.isError ? (
            <ErrorState error={voices.error} onRetry={() => void voices.refetch()} />
          ) : latest && !again ? (
            <>
              <VoiceView voice={latest} />
              {readOnly ? null : (
                <Flex>
                  <Button type="button" variant="soft" onClick={() => setAgain(true)}>
                    {t('voice.recordAgain')}
                  </Button>
                </Flex>
              )}
            </>
          ) : readOnly ? (
            <Text as="p" color="gray" style={{ margin: 0 }}>
              {t('voice.none')}
            </Text>
          ) : (
            <VoiceForm key={chosen} caseId={caseId} occasion={occasion} recordId={chosen} onSaved={() => setAgain(false)} />
          )}
        </Flex>
      </section>
    </Card>
  );
}

function VoiceView({ voice }: { voice: ChildVoice }) {
  const { t } = useTranslation('feedback');
  const locale = useLocale();
  return (
    <Flex direction="column" gap="1" data-testid="child-voice-recorded">
      {voice.notAskedReason ? (
        <Text as="p" weight="medium" style={{ margin: 0 }}>
          {t('voice.notAskedShown', { reason: t(`notAskedReason.${voice.notAskedReason}`) })}
          {voice.notAskedNote ? ` (${voice.notAskedNote})` : ''}
        </Text>
      ) : (
        <Text as="p" style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
          “{voice.views}”
        </Text>
      )}
      <Text as="p" size="1" color="gray" style={{ margin: 0 }}>
        {t('voice.recordedBy', { name: voice.recordedByName ?? '-', date: formatDate(voice.recordedAt, locale) })}
      </Text>
      {voice.notAskedReason ? (
        voice.reviewedAt ? (
          <Text as="p" size="1" color="green" style={{ margin: 0 }} data-testid="child-voice-reviewed">
            {t('voice.reviewedBy', { name: voice.reviewedByName ?? '-', date: formatDate(voice.reviewedAt, locale) })}
          </Text>
        ) : (
          <Flex>
            <Badge color="amber">{t('voice.waitingReview')}</Badge>
          </Flex>
        )
      ) : null}
    </Flex>
  );
}

type Values = z.input<typeof ChildVoiceInput>;

function VoiceForm({ caseId, occasion, recordId, onSaved }: { caseId: string; occasion: ChildVoiceOccasion; recordId: string; onSaved: () => void }) {
  const { t } = useTranslation('feedback');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const save = useMutation(trpc.childVoices.record.mutationOptions());
  const [notAsked, setNotAsked] = useState(false);
  const [saved, setSaved] = useState(false);
  const { control, register, handleSubmit, setError, setValue, formState } = useForm<Values, unknown, ChildVoiceInput>({
    resolver: zodResolver(ChildVoiceInput),
    defaultValues: { caseId, occasion, recordId, views: '', notAskedReason: null, notAskedNote: '' },
  });
  const { errors } = formState;
  const reason = useWatch({ control, name: 'notAskedReason' });
  const id = `child-voice-${occasion}`;

  const toggle = (value: boolean) => {
    setNotAsked(value);
    // The views or the reason, never both.
    if (value) setValue('views', '');
    else {
      setValue('notAskedReason', null);
      setValue('notAskedNote', '');
    }
  };

  const onSubmit = handleSubmit(async (values) => {
    setSaved(false);
    try {
      await save.mutateAsync(values);
      setSaved(true);
      await queryClient.invalidateQueries({ queryKey: trpc.childVoices.list.queryKey({ caseId, occasion }) });
      onSaved();
    } catch (error) {
      showServerFieldErrors(error, setError);
    }
  });

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate aria-busy={save.isPending}>
      <Flex direction="column" gap="3">
        <Text as="p" size="2" color="gray" style={{ margin: 0 }}>
          {t('voice.intro')}
        </Text>
        <Text as="label" size="2">
          <Flex gap="2" align="center">
            <Checkbox checked={notAsked} onCheckedChange={(c) => toggle(c === true)} />
            {t('voice.notAsked')}
          </Flex>
        </Text>
        {notAsked ? (
          <>
            <Controller
              control={control}
              name="notAskedReason"
              render={({ field }) => (
                <SelectField
                  id={`${id}-reason`}
                  label={t('voice.notAskedReason')}
                  value={field.value ?? undefined}
                  onChange={field.onChange}
                  error={errors.notAskedReason ?? errors.views}
                  customMessage={t('voice.required')}
                  options={childNotAskedReasons.map((r) => ({ value: r, label: t(`notAskedReason.${r}`) }))}
                />
              )}
            />
            {reason === 'other' ? <TextAreaField id={`${id}-note`} label={t('voice.notAskedNote')} rows={2} error={errors.notAskedNote} customMessage={t('voice.noteRequired')} registration={register('notAskedNote')} /> : null}
          </>
        ) : (
          <TextAreaField id={`${id}-views`} label={t('voice.views')} rows={3} error={errors.views} customMessage={t('voice.required')} registration={register('views')} />
        )}
        <SaveError error={save.error} onReload={() => save.reset()} />
        {saved ? (
          <Text role="status" color="green" weight="medium">
            {t('voice.saved')}
          </Text>
        ) : null}
        <Flex>
          <Button type="submit" loading={save.isPending}>
            {t('voice.save')}
          </Button>
        </Flex>
      </Flex>
    </form>
  );
}
