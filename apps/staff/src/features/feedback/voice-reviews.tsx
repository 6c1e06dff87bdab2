// In the approvals inbox: children a caseworker could not ask for their views, for the supervisor to acknowledge.
import { Button, Card, Flex, Heading, Text } from '@radix-ui/themes';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { ErrorState, LoadingState, formatDate, useLocale } from '@kruosar/ui';
import { useTRPC } from '../../lib/trpc';
import { SaveError } from '../case-workflow/save-error';
import { useFeedbackStrings } from './feedback-strings';

const tabOf = { assessment: 'assessment', placement: 'placements', closure: 'closure' } as const;

export function VoiceReviews() {
  useFeedbackStrings();
  const { t } = useTranslation('feedback');
  const locale = useLocale();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const list = useQuery(trpc.childVoices.toReview.queryOptions());
  const acknowledge = useMutation(trpc.childVoices.acknowledge.mutationOptions());
  return (
    <Flex asChild direction="column" gap="3">
      <section aria-labelledby="voice-reviews-heading" data-testid="voice-reviews">
        <Heading as="h2" size="5" id="voice-reviews-heading">
          {t('review.heading')}
        </Heading>
        <Text as="p" color="gray" size="2" style={{ margin: 0 }}>
          {t('review.intro')}
        </Text>
        {list.isPending ? (
          <LoadingState />
        ) : list.isError ? (
          <ErrorState error={list.error} onRetry={() => void list.refetch()} />
        ) : list.data.length === 0 ? (
          <Text as="p" style={{ margin: 0 }}>
            {t('review.empty')}
          </Text>
        ) : (
          <ul style={{ listStyle: 'none', padding: 0, margin: 0, display: 'grid', gap: 'var(--space-2)' }}>
            {list.data.map((v) => (
              <li key={v.id} data-testid="voice-review">
                <Card size="1">
                  <Flex justify="between" align="center" gap="3" wrap="wrap">
                    <Flex direction="column" gap="1">
                      <Link href={`/cases/${v.caseId}/${tabOf[v.occasion]}`}>{v.reference}</Link>
                      <Text size="2">
                        {t('review.item', { occasion: t(`occasion.${v.occasion}`), reason: t(`notAskedReason.${v.notAskedReason}`) })}
                        {v.notAskedNote ? ` (${v.notAskedNote})` : ''}
                      </Text>
                      <Text size="1" color="gray">
                        {t('review.by', { name: v.recordedByName ?? '-', date: formatDate(v.recordedAt, locale) })}
                      </Text>
                    </Flex>
                    <Button
                      type="button"
                      variant="soft"
                      loading={acknowledge.isPending && acknowledge.variables?.id === v.id}
                      aria-label={`${t('review.acknowledge')}: ${v.reference}`}
                      onClick={() => acknowledge.mutate({ id: v.id }, { onSuccess: () => void queryClient.invalidateQueries({ queryKey: trpc.childVoices.pathKey() }).then(() => queryClient.invalidateQueries({ queryKey: trpc.feedback.myWork.queryKey() })) })}
                    >
                      {t('review.acknowledge')}
                    </Button>
                  </Flex>
                </Card>
              </li>
            ))}
          </ul>
        )}
        <SaveError error={acknowledge.error} onReload={() => { acknowledge.reset(); void list.refetch(); }} />
      </section>
    </Flex>
  );
}
