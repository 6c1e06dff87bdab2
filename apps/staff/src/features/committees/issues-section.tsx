// "You said, we did": each issue as the committee said it (in its own language), the answer, what was done or
// why it is not possible; the case team moves it one step at a time.
import { Badge, Button, Card, Flex, Heading, Text, TextArea } from '@radix-ui/themes';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { nextIssueStatuses, type AnswerStatus, type CommitteeIssue, type IssueStatus } from '@kruosar/domain';
import { EmptyState, formatDate, useLocale } from '@kruosar/ui';
import { useTRPC } from '../../lib/trpc';
import { SaveError } from '../case-workflow/save-error';
import { ChoiceField } from '../families/fields';

const statusColor: Record<IssueStatus, 'amber' | 'blue' | 'green' | 'gray'> = { raised: 'amber', answered: 'blue', done: 'green', not_possible: 'gray' };

export function IssuesSection({ issues, keeps, onSaved }: { issues: CommitteeIssue[]; keeps: boolean; onSaved: () => void }) {
  const { t } = useTranslation('committees');
  return (
    <section aria-labelledby="issues-heading">
      <Flex direction="column" gap="3">
        <Heading as="h2" size="5" id="issues-heading">
          {t('issues.heading')}
        </Heading>
        <Text as="p" size="2" color="gray">
          {t('issues.intro')}
        </Text>
        {issues.length === 0 ? (
          <EmptyState title={t('issues.empty')} headingLevel="h3" />
        ) : (
          <ul data-testid="issue-list" style={{ listStyle: 'none', padding: 0, margin: 0, display: 'grid', gap: 'var(--space-3)' }}>
            {issues.map((issue) => (
              <li key={issue.id} data-testid="issue">
                <IssueCard issue={issue} keeps={keeps} onSaved={onSaved} />
              </li>
            ))}
          </ul>
        )}
      </Flex>
    </section>
  );
}

function IssueCard({ issue, keeps, onSaved }: { issue: CommitteeIssue; keeps: boolean; onSaved: () => void }) {
  const { t } = useTranslation('committees');
  const locale = useLocale();
  const [responding, setResponding] = useState(false);
  const next = nextIssueStatuses(issue.status);
  return (
    <Card>
      <Flex direction="column" gap="2">
        <Flex gap="2" align="center" wrap="wrap">
          <Badge color={statusColor[issue.status]} data-testid="issue-status">
            {t(`status.${issue.status}`)}
          </Badge>
          <Text size="2" color="gray">
            {t('issues.raisedOn', { date: formatDate(issue.raisedOn, locale) })}
          </Text>
        </Flex>
        <Said label={t('issues.youSaid')} text={issue.text} lang={issue.language} testId="you-said" />
        {issue.answer ? <Said label={t('issues.ourAnswer')} text={issue.answer} testId="our-answer" /> : null}
        {issue.action ? <Said label={t('issues.weDid')} text={issue.action} testId="we-did" /> : null}
        {issue.reason ? <Said label={t('issues.notPossible')} text={issue.reason} testId="not-possible" /> : null}
        {keeps && next.length > 0 && !responding ? (
          <Flex>
            <Button variant="soft" onClick={() => setResponding(true)} aria-label={t('issues.respond', { text: issue.text })}>
              {t('issues.respondShort')}
            </Button>
          </Flex>
        ) : null}
        {responding ? (
          <AnswerForm
            issue={issue}
            steps={next}
            onDone={(saved) => {
              setResponding(false);
              if (saved) onSaved();
            }}
          />
        ) : null}
      </Flex>
    </Card>
  );
}

function Said({ label, text, lang, testId }: { label: string; text: string; lang?: string; testId: string }) {
  return (
    <div>
      <Text as="div" size="1" weight="bold" color="gray">
        {label}
      </Text>
      <Text as="p" lang={lang} data-testid={testId} style={{ whiteSpace: 'pre-wrap' }}>
        {text}
      </Text>
    </div>
  );
}

const fieldOf = { answered: 'answer', done: 'action', not_possible: 'reason' } as const;

function AnswerForm({ issue, steps, onDone }: { issue: CommitteeIssue; steps: readonly AnswerStatus[]; onDone: (saved: boolean) => void }) {
  const { t } = useTranslation('committees');
  const trpc = useTRPC();
  const answer = useMutation(trpc.committees.answerIssue.mutationOptions({ onSuccess: () => onDone(true) }));
  const [status, setStatus] = useState<AnswerStatus>(steps[0]!);
  const [words, setWords] = useState('');
  const id = `answer-${issue.id}`;
  return (
    <form
      aria-label={t('issues.respond', { text: issue.text })}
      onSubmit={(e) => {
        e.preventDefault();
        answer.mutate({ id: issue.id, expectedVersion: issue.version, status, answer: '', action: '', reason: '', [fieldOf[status]]: words });
      }}
    >
      <Flex direction="column" gap="2">
        <ChoiceField id={`${id}-step`} label={t('issues.nextStep')} value={status} onChange={setStatus} options={steps.map((s) => ({ value: s, label: t(`issues.step.${s}`) }))} />
        <Text as="label" htmlFor={`${id}-words`} size="2" weight="medium">
          {t(`issues.field.${status}`)}
        </Text>
        <TextArea id={`${id}-words`} value={words} onChange={(e) => setWords(e.target.value)} rows={2} />
        <SaveError error={answer.error} onReload={() => answer.reset()} />
        <Flex gap="2">
          <Button type="submit" loading={answer.isPending}>
            {t('committee.save')}
          </Button>
          <Button type="button" variant="soft" color="gray" onClick={() => onDone(false)}>
            {t('committee.cancel')}
          </Button>
        </Flex>
      </Flex>
    </form>
  );
}
