// My work: complaints with no answer after 14 days (for safeguarding leads and supervisors), and how many
// children who could not be asked wait for the supervisor's acknowledgement.
import { Card, Flex, Heading, Text } from '@radix-ui/themes';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { CurrentUser } from '@kruosar/domain';
import { formatDate, formatNumber, useLocale } from '@kruosar/ui';
import { useTRPC } from '../../lib/trpc';
import { useFeedbackStrings } from './feedback-strings';

export function VoiceWorkSection({ user }: { user: CurrentUser }) {
  useFeedbackStrings();
  const { t } = useTranslation('feedback');
  const locale = useLocale();
  const trpc = useTRPC();
  const caseStaff = user.role !== 'analyst';
  const work = useQuery({ ...trpc.feedback.myWork.queryOptions(), enabled: caseStaff, refetchOnMount: 'always' });
  if (!caseStaff || !work.data) return null;
  const { overdueFeedback, voicesToReview } = work.data;
  if (overdueFeedback.length === 0 && voicesToReview === 0) return null;
  return (
    <Card size="2" asChild>
      <section aria-labelledby="voice-work-heading" data-testid="my-work-voices">
        <Flex direction="column" gap="2">
          <Heading as="h2" size="4" id="voice-work-heading">
            {t('myWork.heading')}
          </Heading>
          {overdueFeedback.length > 0 ? (
            <>
              <Text as="p" weight="bold" color="red" style={{ margin: 0 }}>
                {t('myWork.overdue')}
              </Text>
              <ul style={{ margin: 0 }}>
                {overdueFeedback.map((f) => (
                  <li key={f.id} data-testid="my-work-overdue-feedback">
                    <Link href="/feedback">{t('myWork.overdueItem', { kind: t(`kind.${f.kind}`), date: formatDate(f.receivedOn, locale) })}</Link>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {voicesToReview > 0 ? (
            <Text as="p" style={{ margin: 0 }} data-testid="my-work-voices-to-review">
              {t('myWork.toReview', { n: formatNumber(voicesToReview, locale) })} <Link href="/approvals">{t('myWork.toReviewLink')}</Link>
            </Text>
          ) : null}
        </Flex>
      </section>
    </Card>
  );
}
