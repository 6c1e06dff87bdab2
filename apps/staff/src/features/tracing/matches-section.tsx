// Possible family of the child, best first, each with why it was proposed. Outside the person's communes only
// the commune shows, with whom to ask. Confirm or reject with a note; a rejected person is not proposed again.
import { Badge, Button, Callout, Card, Flex, Heading, Text, TextArea } from '@radix-ui/themes';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState, LoadingState, useLocale } from '@kruosar/ui';
import { useTRPC } from '../../lib/trpc';
import type { StaffOutputs } from '../case-page/case-types';
import { FieldMessage } from '../case-workflow/form-fields';
import { SaveError } from '../case-workflow/save-error';
import { useRefreshTracing } from './tracing-data';

type Match = StaffOutputs['tracing']['matches'][number];

export function MatchesSection({ request }: { request: { id: string } }) {
  const { t } = useTranslation('tracing');
  const trpc = useTRPC();
  const matches = useQuery(trpc.tracing.matches.queryOptions({ tracingRequestId: request.id }));
  return (
    <section aria-labelledby="matches-heading">
      <Flex direction="column" gap="2">
        <Heading as="h3" size="4" id="matches-heading">
          {t('matches.heading')}
        </Heading>
        <Text size="2" color="gray">
          {t('matches.intro')}
        </Text>
        {matches.isPending ? (
          <LoadingState />
        ) : matches.isError ? (
          <ErrorState error={matches.error} onRetry={() => void matches.refetch()} />
        ) : matches.data.length === 0 ? (
          <Text size="2" data-testid="no-matches">
            {t('matches.none')}
          </Text>
        ) : (
          <ol style={{ listStyle: 'none', padding: 0, margin: 0, display: 'grid', gap: 'var(--space-2)' }} data-testid="matches">
            {matches.data.map((m) => (
              <li key={`${m.source}:${m.sourceId}`}>
                <MatchCard requestId={request.id} match={m} />
              </li>
            ))}
          </ol>
        )}
      </Flex>
    </section>
  );
}

function MatchCard({ requestId, match }: { requestId: string; match: Match }) {
  const { t } = useTranslation(['tracing', 'values']);
  const locale = useLocale();
  const id = useId();
  const trpc = useTRPC();
  const refresh = useRefreshTracing();
  const decide = useMutation(trpc.tracing.decideMatch.mutationOptions());
  const [note, setNote] = useState('');
  const [noteMissing, setNoteMissing] = useState(false);
  const commune = (locale === 'km' ? match.communeNameKm : match.communeName) ?? '';
  const send = (decision: 'confirm' | 'reject') => {
    if (note.trim() === '') {
      setNoteMissing(true);
      return;
    }
    setNoteMissing(false);
    decide.mutate({ tracingRequestId: requestId, source: match.source, sourceId: match.sourceId, decision, note }, { onSuccess: () => void refresh() });
  };
  const role = match.role in roleKeys ? t(roleKeys[match.role as keyof typeof roleKeys]) : t(`values:relationship.${match.role}` as 'values:relationship.mother', { defaultValue: match.role });
  return (
    <Card size="2" data-testid="match">
      <Flex direction="column" gap="2">
        <Flex gap="2" align="center" wrap="wrap">
          <Heading as="h4" size="3">
            {match.inScope ? match.name : t('matches.masked')}
          </Heading>
          <Badge color="blue" highContrast>
            {t('matches.score', { score: Math.round(match.score * 100) })}
          </Badge>
          {match.confirmed ? (
            <Badge color="green" highContrast data-testid="match-confirmed">
              {t('matches.confirmed')}
            </Badge>
          ) : null}
        </Flex>
        <Text size="2">
          {t('matches.for', { relation: t(`relation.${match.soughtRelation}`), name: match.soughtName })}
        </Text>
        <Text size="2">
          {t(`source.${match.source}`)} · {role} · {commune}
          {match.caseReference ? ` · ${match.caseReference}` : ''}
        </Text>
        <ul aria-label={t('matches.reasons')} style={{ display: 'flex', flexWrap: 'wrap', gap: 'var(--space-1)', listStyle: 'none', padding: 0, margin: 0 }} data-testid="match-reasons">
          {match.reasons.map((r) => (
            <li key={r}>
              <Badge color={r.endsWith('inconsistent') ? 'amber' : 'gray'}>{t(`reason.${r}`)}</Badge>
            </li>
          ))}
        </ul>
        {!match.inScope ? (
          <Callout.Root color="gray">
            <Callout.Text>{t('matches.askTeam', { commune })}</Callout.Text>
          </Callout.Root>
        ) : match.confirmed ? null : (
          <Flex direction="column" gap="2">
            <Text as="label" htmlFor={`${id}-note`} size="2" weight="bold">
              {t('matches.note')}
            </Text>
            <TextArea id={`${id}-note`} value={note} onChange={(e) => setNote(e.target.value)} rows={2} aria-invalid={noteMissing || undefined} aria-describedby={noteMissing ? `${id}-note-error` : undefined} />
            {noteMissing ? <FieldMessage id={`${id}-note`} error={{ type: 'server', message: 'errors.matchNoteRequired' }} /> : null}
            <SaveError error={decide.error} onReload={() => { decide.reset(); void refresh(); }} />
            <Flex gap="2">
              <Button type="button" onClick={() => send('confirm')} loading={decide.isPending && decide.variables?.decision === 'confirm'}>
                {t('matches.confirm')}
              </Button>
              <Button type="button" variant="soft" color="gray" onClick={() => send('reject')} loading={decide.isPending && decide.variables?.decision === 'reject'}>
                {t('matches.reject')}
              </Button>
            </Flex>
          </Flex>
        )}
      </Flex>
    </Card>
  );
}

const roleKeys = { contact: 'role.contact', child: 'role.child' } as const;
