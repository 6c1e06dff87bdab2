// /feedback: feedback and complaints from children and families, waiting ones first; each answered, then closed.
// The server decides what each person sees: complaints about staff reach safeguarding leads only.
import { Badge, Button, Card, DataList, Flex, Heading, SegmentedControl, Text } from '@radix-ui/themes';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { feedbackStatuses, type FeedbackItem, type FeedbackStatus } from '@kruosar/domain';
import { EmptyState, ErrorState, LoadingState, formatDate, useLocale, usePageTitle } from '@kruosar/ui';
import { useTRPC } from '../../lib/trpc';
import { SaveError } from '../case-workflow/save-error';
import { AnswerForm } from './answer-form';
import { FeedbackForm } from './feedback-form';
import { useFeedbackStrings } from './feedback-strings';

export function FeedbackScreen() {
  useFeedbackStrings();
  const { t } = useTranslation('feedback');
  usePageTitle(t('title'));
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<FeedbackStatus | 'all'>('all');
  const [recording, setRecording] = useState(false);
  const [saved, setSaved] = useState(false);
  const list = useQuery(trpc.feedback.list.queryOptions({ status: status === 'all' ? null : status }));
  const reload = () => {
    void queryClient.invalidateQueries({ queryKey: trpc.feedback.pathKey() });
  };
  return (
    <Flex direction="column" gap="4">
      <Heading as="h1" size="7">
        {t('heading')}
      </Heading>
      <Text as="p" color="gray" style={{ margin: 0 }}>
        {t('intro')}
      </Text>
      {saved ? (
        <Text role="status" color="green" weight="medium">
          {t('form.saved')}
        </Text>
      ) : null}
      {recording ? (
        <FeedbackForm
          onSaved={() => {
            setRecording(false);
            setSaved(true);
            reload();
          }}
          onCancel={() => setRecording(false)}
        />
      ) : (
        <Flex>
          <Button type="button" onClick={() => { setRecording(true); setSaved(false); }}>
            {t('recordButton')}
          </Button>
        </Flex>
      )}
      <Flex direction="column" gap="1">
        <Text as="p" id="feedback-filter-label" size="2" weight="bold" style={{ margin: 0 }}>
          {t('filter')}
        </Text>
        <SegmentedControl.Root value={status} onValueChange={(v) => setStatus(v as FeedbackStatus | 'all')} aria-labelledby="feedback-filter-label">
          <SegmentedControl.Item value="all">{t('filterAll')}</SegmentedControl.Item>
          {feedbackStatuses.map((s) => (
            <SegmentedControl.Item key={s} value={s}>
              {t(`status.${s}`)}
            </SegmentedControl.Item>
          ))}
        </SegmentedControl.Root>
      </Flex>
      {list.isPending ? (
        <LoadingState />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.length === 0 ? (
        <EmptyState title={t('empty')} />
      ) : (
        <ul aria-label={t('heading')} style={{ listStyle: 'none', padding: 0, margin: 0, display: 'grid', gap: 'var(--space-3)' }}>
          {list.data.map((item) => (
            <li key={item.id}>
              <FeedbackCard item={item} onChanged={reload} />
            </li>
          ))}
        </ul>
      )}
    </Flex>
  );
}

function FeedbackCard({ item, onChanged }: { item: FeedbackItem; onChanged: () => void }) {
  const { t } = useTranslation('feedback');
  const locale = useLocale();
  const trpc = useTRPC();
  const close = useMutation(trpc.feedback.close.mutationOptions());
  const [answering, setAnswering] = useState(false);
  const headingId = `feedback-${item.id}-heading`;
  return (
    <Card size="2" asChild>
      <article aria-labelledby={headingId} data-testid="feedback-item">
        <Flex direction="column" gap="2">
          <Flex gap="2" align="center" wrap="wrap">
            <Heading as="h2" size="4" id={headingId}>
              {t(`kind.${item.kind}`)}
            </Heading>
            <Badge color={item.status === 'received' ? 'amber' : item.status === 'answered' ? 'blue' : 'gray'} data-testid="feedback-status">
              {t(`status.${item.status}`)}
            </Badge>
            {item.overdue ? <Badge color="red">{t('overdue')}</Badge> : null}
          </Flex>
          <Text as="p" size="1" color="gray" style={{ margin: 0 }}>
            {t('received', { date: formatDate(item.receivedOn, locale) })} · {t(`channel.${item.channel}`)} · {t(`from.${item.from}`)}
            {item.recordedByName ? ` · ${t('recordedBy', { name: item.recordedByName })}` : ''}
          </Text>
          <DataList.Root size="2">
            <DataList.Item>
              <DataList.Label>{t('words')}</DataList.Label>
              <DataList.Value style={{ whiteSpace: 'pre-wrap' }}>{item.words}</DataList.Value>
            </DataList.Item>
            {item.concerns ? (
              <DataList.Item>
                <DataList.Label>{t('concerns')}</DataList.Label>
                <DataList.Value>{item.concerns}</DataList.Value>
              </DataList.Item>
            ) : null}
            <DataList.Item>
              <DataList.Label>{t('answerWay')}</DataList.Label>
              <DataList.Value>{t(`answerWayValue.${item.answerWay}`)}</DataList.Value>
            </DataList.Item>
            <DataList.Item>
              <DataList.Label>{t('contact')}</DataList.Label>
              <DataList.Value>{item.contactConsent && item.contact ? item.contact : t('noContact')}</DataList.Value>
            </DataList.Item>
            {item.answeredOn ? (
              <DataList.Item>
                <DataList.Label>{t('answer')}</DataList.Label>
                <DataList.Value>
                  <Flex direction="column" gap="1">
                    <Text style={{ whiteSpace: 'pre-wrap' }}>{item.answer}</Text>
                    <Text size="1" color="gray">
                      {t('answeredOn', { date: formatDate(item.answeredOn, locale), name: item.answeredByName ?? '-' })}
                    </Text>
                  </Flex>
                </DataList.Value>
              </DataList.Item>
            ) : null}
          </DataList.Root>
          {item.closedOn ? (
            <Text as="p" size="2" color="gray" style={{ margin: 0 }}>
              {t('closedOn', { date: formatDate(item.closedOn, locale) })}
            </Text>
          ) : null}
          {item.status === 'received' ? (
            answering ? (
              <AnswerForm item={item} onDone={() => { setAnswering(false); onChanged(); }} onCancel={() => setAnswering(false)} />
            ) : (
              <Flex>
                <Button type="button" variant="soft" onClick={() => setAnswering(true)}>
                  {t('answerButton')}
                </Button>
              </Flex>
            )
          ) : item.status === 'answered' ? (
            <Flex direction="column" gap="2" align="start">
              <Button type="button" variant="soft" loading={close.isPending} onClick={() => close.mutate({ id: item.id, expectedVersion: item.version }, { onSuccess: onChanged })}>
                {t('closeButton')}
              </Button>
              <SaveError error={close.error} onReload={() => { close.reset(); onChanged(); }} />
            </Flex>
          ) : null}
        </Flex>
      </article>
    </Card>
  );
}
