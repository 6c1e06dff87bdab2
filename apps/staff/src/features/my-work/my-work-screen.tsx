// / and /my-work: the staff home. Everything waiting for the signed-in person, soonest first, each item a link
// to the place to act. One query (myWork.get); it refreshes every minute so the first-contact countdown moves.
import { Badge, Card, Flex, Grid, Heading, Text } from '@radix-ui/themes';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { firstContactCountdown, type CurrentUser } from '@kruosar/domain';
import { ErrorState, LoadingState, formatDate, formatNumber, useLocale, usePageTitle } from '@kruosar/ui';
import { useTRPC } from '../../lib/trpc';
import type { StaffOutputs } from '../case-page/case-types';
import { useAlertStrings } from './alert-strings';
import { VoiceWorkSection } from '../feedback/voice-work';
import { fullListHref } from './full-lists';

type Work = StaffOutputs['myWork']['get'];

export function MyWorkScreen({ user }: { user: CurrentUser }) {
  useAlertStrings();
  const { t } = useTranslation('alerts');
  usePageTitle(t('myWork.title'));
  const trpc = useTRPC();
  // Fetched again whenever the screen opens: work done elsewhere (a first contact, a decision) leaves the list at once.
  const work = useQuery({ ...trpc.myWork.get.queryOptions(), refetchInterval: 60_000, refetchOnMount: 'always' });
  return (
    <>
      <Heading as="h1" size="7" mb="2">
        {t('myWork.heading')}
      </Heading>
      <Text as="p" color="gray" mb="4">
        {user.role === 'analyst' ? t('myWork.analystNote') : t('myWork.intro')}
      </Text>
      <VoiceWorkSection user={user} />
      {work.isPending ? <LoadingState /> : work.isError ? <ErrorState error={work.error} onRetry={() => void work.refetch()} /> : <MyWorkLists work={work.data} />}
    </>
  );
}

function MyWorkLists({ work }: { work: Work }) {
  const { t } = useTranslation(['alerts', 'values']);
  const locale = useLocale();
  const now = new Date(work.generatedAt);
  const name = (n: string | null) => n ?? t('myWork.nameHidden');
  const date = (d: string) => formatDate(d, locale);
  return (
    <Flex direction="column" gap="4">
      <Grid columns={{ initial: '1', md: '2' }} gap="4">
        <Section id="first-contacts" title={t('myWork.firstContacts')} total={work.firstContacts.total} shown={work.firstContacts.items.length} empty={t('myWork.firstContactsNone')} alert>
          {work.firstContacts.items.map((c) => {
            const left = firstContactCountdown(c.firstContactDueAt, now);
            const minutes = Math.abs(left.minutesLeft);
            const parts = { hours: formatNumber(Math.floor(minutes / 60), locale), minutes: formatNumber(minutes % 60, locale) };
            return (
              <Item key={c.caseId} href={`/cases/${c.caseId}`} title={`${c.reference} · ${name(c.childName)}`} testId="my-work-first-contact">
                <Badge color={c.riskLevel === 'high' ? 'red' : c.riskLevel === 'medium' ? 'amber' : 'green'}>{t(`values:riskLevel.${c.riskLevel}`)}</Badge>{' '}
                <Text color={left.overdue ? 'red' : undefined} weight={left.overdue ? 'bold' : undefined}>
                  {left.overdue ? t('myWork.overdueBy', parts) : t('myWork.dueIn', parts)}
                </Text>
              </Item>
            );
          })}
        </Section>
        <Section id="returned" title={t('myWork.returned')} total={work.returned.total} shown={work.returned.items.length} empty={t('myWork.returnedNone')} alert>
          {work.returned.items.map((r) => (
            <Item key={r.id} href={`/cases/${r.caseId}/${r.kind === 'case_plan' ? 'case-plan' : 'assessment'}`} title={`${t(`myWork.record.${r.kind}`)} · ${r.reference} · ${name(r.childName)}`} testId="my-work-returned">
              {r.returnReason ? t('myWork.returnReason', { reason: r.returnReason }) : null}
            </Item>
          ))}
        </Section>
        <Section
          id="approvals"
          title={work.approver ? t('myWork.awaitingMine') : t('myWork.awaitingSubmitted')}
          total={work.awaitingApproval.total}
          shown={work.awaitingApproval.items.length}
          empty={work.approver ? t('myWork.awaitingMineNone') : t('myWork.awaitingSubmittedNone')}
          allHref={fullListHref('approvals', work)}
        >
          {work.awaitingApproval.items.map((a) => (
            <Item key={a.id} href={work.approver ? '/approvals' : `/cases/${a.caseId}/${a.kind === 'case_plan' ? 'case-plan' : a.kind}`} title={`${t(`myWork.record.${a.kind}`)} · ${a.reference} · ${name(a.childName)}`} testId="my-work-approval">
              {work.approver && a.submittedByName ? t('myWork.submittedBy', { name: a.submittedByName, date: date(a.submittedAt) }) : t('myWork.submittedOn', { date: date(a.submittedAt) })}
            </Item>
          ))}
        </Section>
        <Section id="visits" allHref={fullListHref('visits', work)} title={t('myWork.visits')} total={work.visits.overdue + work.visits.dueSoon} shown={work.visits.items.length} empty={t('myWork.visitsNone')} alert={work.visits.overdue > 0}>
          {work.visits.items.map((v) => (
            <Item key={v.id} href={`/cases/${v.caseId}/follow-ups`} title={`${v.reference} · ${name(v.childName)}`} testId="my-work-visit">
              <Text color={v.overdue ? 'red' : undefined}>{v.overdue ? t('myWork.visitOverdue', { date: date(v.dueDate) }) : t('myWork.visitDue', { date: date(v.dueDate) })}</Text>
            </Item>
          ))}
        </Section>
        <Section id="plan-actions" title={t('myWork.planActions')} total={work.planActions.total} shown={work.planActions.items.length} empty={t('myWork.planActionsNone')}>
          {work.planActions.items.map((a, i) => (
            <Item key={`${a.planId}-${i}`} href={`/cases/${a.caseId}/case-plan`} title={`${a.reference} · ${a.description}`} testId="my-work-action">
              <Text color={a.overdue ? 'red' : undefined}>{a.overdue ? t('myWork.actionOverdue', { date: date(a.dueDate) }) : t('myWork.actionDue', { date: date(a.dueDate) })}</Text>
            </Item>
          ))}
        </Section>
        <Section id="plan-reviews" title={t('myWork.planReviews')} total={work.planReviews.total} shown={work.planReviews.items.length} empty={t('myWork.planReviewsNone')}>
          {work.planReviews.items.map((r) => (
            <Item key={r.planId} href={`/cases/${r.caseId}/case-plan`} title={`${r.reference} · ${name(r.childName)}`} testId="my-work-review">
              <Text color={r.overdue ? 'red' : undefined}>{t('myWork.reviewDue', { date: date(r.reviewDate) })}</Text>
            </Item>
          ))}
        </Section>
        <Section id="referrals" allHref={fullListHref('referrals', work)} title={t('myWork.referrals')} total={work.referrals.total} shown={work.referrals.items.length} empty={t('myWork.referralsNone')}>
          {work.referrals.items.map((r) => (
            <Item key={r.id} href="/referrals" title={`${r.reference} · ${r.reason}`} testId="my-work-referral">
              {t('myWork.referralFrom', { name: r.fromName ?? '-', date: date(r.referredOn) })}
            </Item>
          ))}
        </Section>
        <Section id="hive-needs" allHref={fullListHref('hive-needs', work)} title={t('myWork.hiveNeeds')} total={work.hiveNeeds.total} shown={work.hiveNeeds.items.length} empty={t('myWork.hiveNeedsNone')}>
          {work.hiveNeeds.items.map((n) => (
            <Item key={n.id} href={`/needs/${n.id}`} title={t(`values:needCategory.${n.category}` as 'values:needCategory.other')} testId="my-work-need">
              {t('myWork.needItem', { category: t(`values:needCategory.${n.category}` as 'values:needCategory.other'), urgency: t(`values:needUrgency.${n.urgency}` as 'values:needUrgency.urgent'), date: date(n.reportedAt) })}
            </Item>
          ))}
        </Section>
      </Grid>
      <Text size="1" color="gray">
        {t('myWork.generatedAt', { when: formatDate(work.generatedAt, locale, { withTime: true }) })}
      </Text>
    </Flex>
  );
}

/** `allHref`: the full list this one is the start of, where the app has one; offered when not everything fits. */
function Section({ id, title, total, shown, empty, alert = false, allHref, children }: { id: string; title: string; total: number; shown: number; empty: string; alert?: boolean; allHref?: string; children: ReactNode }) {
  const { t } = useTranslation('alerts');
  const locale = useLocale();
  return (
    <Card size="2" asChild>
      <section aria-labelledby={`${id}-heading`} data-testid={`my-work-${id}`}>
        <Flex justify="between" align="center" gap="2" mb="2">
          <Heading as="h2" size="4" id={`${id}-heading`}>
            {title}
          </Heading>
          <Badge size="2" color={alert && total > 0 ? 'red' : 'gray'} aria-hidden>
            {formatNumber(total, locale)}
          </Badge>
        </Flex>
        {total === 0 ? (
          <Text as="p" color="gray" size="2">
            {empty}
          </Text>
        ) : (
          <>
            <ul style={{ listStyle: 'none', padding: 0, margin: 0, display: 'grid', gap: 'var(--space-2)' }}>{children}</ul>
            {total > shown ? (
              <Flex justify="between" align="center" gap="2" mt="2" wrap="wrap">
                <Text as="p" size="1" color="gray" style={{ margin: 0 }}>
                  {t('myWork.showing', { shown: formatNumber(shown, locale), total: formatNumber(total, locale) })}
                </Text>
                {allHref ? (
                  <Text size="2">
                    <Link href={allHref} data-testid={`my-work-${id}-all`}>
                      {t('myWork.showAll', { total: formatNumber(total, locale) })}
                    </Link>
                  </Text>
                ) : null}
              </Flex>
            ) : null}
          </>
        )}
      </section>
    </Card>
  );
}

function Item({ href, title, testId, children }: { href: string; title: string; testId: string; children: ReactNode }) {
  return (
    <li data-testid={testId}>
      <Link href={href}>{title}</Link>
      {children ? (
        <Text as="div" size="2">
          {children}
        </Text>
      ) : null}
    </li>
  );
}
