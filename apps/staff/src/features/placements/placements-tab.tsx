// The case page's placements tab: where the child has lived, newest first; a new placement or the end of the
// current one. A reunification shows the follow-up visits it scheduled.
import { Badge, Button, Callout, Card, Flex, Heading, Text } from '@radix-ui/themes';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FollowUp } from '@kruosar/domain';
import { EmptyState, ErrorState, LoadingState, formatDate, useLocale } from '@kruosar/ui';
import { DueBadge } from '../case-workflow/due-badge';
import { useWorkflowOverview, type CaseTabProps } from '../case-workflow/workflow-data';
import { PlacementEnd } from './placement-end';
import { PlacementForm, type PlacementSaved } from './placement-form';
import { ChildVoicePanel } from '../feedback/child-voice-lazy';

export function PlacementsTab({ detail }: CaseTabProps) {
  const caseId = detail.case.id;
  const { t } = useTranslation(['staff', 'values']);
  const locale = useLocale();
  const overview = useWorkflowOverview(caseId);
  const [adding, setAdding] = useState(false);
  const [ending, setEnding] = useState(false);
  const [saved, setSaved] = useState<PlacementSaved | null>(null);

  if (overview.isPending) return <LoadingState />;
  if (overview.isError) return <ErrorState error={overview.error} onRetry={() => void overview.refetch()} />;
  const { state, placements, followUps } = overview.data;
  const open = state.status === 'open';
  const current = placements.find((p) => p.endDate === null) ?? null;
  const newestFirst = [...placements].reverse();
  const visitsOf = (placementId: string) => followUps.filter((f) => f.placementId === placementId);

  return (
    <Flex direction="column" gap="4">
      <Flex justify="between" align="center" gap="3" wrap="wrap">
        <Heading as="h2" size="5">
          {t('placements.heading')}
        </Heading>
        {open && !adding ? (
          <Button type="button" onClick={() => { setAdding(true); setSaved(null); }}>
            {t('placements.add')}
          </Button>
        ) : null}
      </Flex>
      {saved ? (
        <Callout.Root color="green" role="status" data-testid="placement-saved">
          <Callout.Text weight="bold">{t('placements.saved')}</Callout.Text>
          {saved.placement.reunification ? (
            <Callout.Text>
              {t('placements.visitsScheduled', { count: saved.followUps.length, first: saved.followUps[0] ? formatDate(saved.followUps[0].dueDate, locale) : '' })}
            </Callout.Text>
          ) : null}
        </Callout.Root>
      ) : null}
      {adding ? <PlacementForm caseId={caseId} current={current} onDone={(result) => { setAdding(false); setSaved(result); }} /> : null}
      {newestFirst.length === 0 ? (
        <EmptyState title={t('placements.empty')} />
      ) : (
        <ol className="kr-timeline" aria-label={t('placements.historyLabel')} style={{ listStyle: 'none', padding: 0, margin: 0, display: 'grid', gap: 'var(--space-3)' }}>
          {newestFirst.map((p) => (
            <li key={p.id} data-testid="placement-item">
              <Card size="2">
                <Flex direction="column" gap="2">
                  <Flex gap="2" align="center" wrap="wrap">
                    <Heading as="h3" size="3">
                      {t(`values:placementType.${p.type}`)}
                    </Heading>
                    {p.endDate === null ? (
                      <Badge color="teal" highContrast>
                        {t('placements.current')}
                      </Badge>
                    ) : null}
                    {p.reunification ? (
                      <Badge color="green" highContrast>
                        {t('placements.reunification')}
                      </Badge>
                    ) : null}
                  </Flex>
                  <Text size="2">
                    {p.endDate
                      ? t('placements.fromTo', { from: formatDate(p.startDate, locale), to: formatDate(p.endDate, locale) })
                      : t('placements.since', { from: formatDate(p.startDate, locale) })}
                  </Text>
                  {p.carerName ? <Text size="2">{t('placements.carerIs', { carer: p.carerName })}</Text> : null}
                  <Text size="2" color="gray">
                    {p.reason}
                  </Text>
                  {p.reunification ? <ScheduledVisits visits={visitsOf(p.id)} /> : null}
                  {open && p.endDate === null && !adding ? (
                    ending ? (
                      <PlacementEnd placement={p} onDone={() => setEnding(false)} onReload={() => void overview.refetch()} />
                    ) : (
                      <Flex>
                        <Button type="button" variant="soft" onClick={() => setEnding(true)}>
                          {t('placements.endThis')}
                        </Button>
                      </Flex>
                    )
                  ) : null}
                </Flex>
              </Card>
            </li>
          ))}
        </ol>
      )}
      <ChildVoicePanel caseId={caseId} occasion="placement" records={newestFirst.map((p) => ({ id: p.id, date: p.startDate }))} />
    </Flex>
  );
}

function ScheduledVisits({ visits }: { visits: readonly (FollowUp & { status: 'done' | 'due' | 'overdue' | 'upcoming' | 'cancelled' })[] }) {
  const { t } = useTranslation('staff');
  const locale = useLocale();
  if (visits.length === 0) return null;
  return (
    <details>
      <summary>
        <Text size="2" weight="bold">
          {t('placements.visits', { count: visits.length })}
        </Text>
      </summary>
      <ul style={{ listStyle: 'none', padding: 0, margin: 'var(--space-2) 0 0', display: 'flex', flexWrap: 'wrap', gap: 'var(--space-2)' }} data-testid="scheduled-visits">
        {visits.map((v) => (
          <li key={v.id}>
            <Flex gap="1" align="center">
              <Text size="2">{formatDate(v.dueDate, locale)}</Text>
              <DueBadge status={v.status} />
            </Flex>
          </li>
        ))}
      </ul>
    </details>
  );
}
