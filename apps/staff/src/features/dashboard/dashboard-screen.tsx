// /dashboard: what needs attention now in the person's scope: late first contacts, approvals, follow-ups, open cases.
import { Badge, Button, Card, Flex, Grid, Heading, Table, Text } from '@radix-ui/themes';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { mayIdentifyChildren, type CurrentUser, type RiskLevel } from '@kruosar/domain';
import { EmptyState, ErrorState, LoadingState, formatDate, formatNumber, useLocale, usePageTitle } from '@kruosar/ui';
import { useTRPC } from '../../lib/trpc';
import type { StaffOutputs } from '../case-page/case-types';
import { StageRiskTable } from './stage-risk-table';

type Summary = StaffOutputs['dashboard']['summary'];
const riskColor: Record<RiskLevel, 'red' | 'amber' | 'green'> = { high: 'red', medium: 'amber', low: 'green' };

export function DashboardScreen({ user }: { user: CurrentUser }) {
  const { t } = useTranslation('staff');
  usePageTitle(t('dashboard.title'));
  const trpc = useTRPC();
  const summary = useQuery(trpc.dashboard.summary.queryOptions());

  return (
    <>
      <Flex justify="between" align="center" wrap="wrap" gap="3" mb="4">
        <Heading as="h1" size="7">
          {t('dashboard.heading')}
        </Heading>
        {mayIdentifyChildren(user.role) ? (
          <Button asChild>
            <Link href="/cases/new">{t('caseload.newCase')}</Link>
          </Button>
        ) : null}
      </Flex>
      {summary.isPending ? (
        <LoadingState />
      ) : summary.isError ? (
        <ErrorState error={summary.error} onRetry={() => void summary.refetch()} />
      ) : (
        <Dashboard summary={summary.data} user={user} />
      )}
    </>
  );
}

function Dashboard({ summary, user }: { summary: Summary; user: CurrentUser }) {
  const { t } = useTranslation('staff');
  const locale = useLocale();
  const caseTeam = mayIdentifyChildren(user.role);
  return (
    <Flex direction="column" gap="5">
      <Grid asChild columns={{ initial: '1', sm: '2', md: '4' }} gap="3">
        <ul aria-label={t('dashboard.countsLabel')} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          <Count label={t('dashboard.pastFirstContact')} value={summary.pastFirstContact.count} href="/cases?overdue=1" alert />
          {summary.approvalsWaiting !== null ? (
            <Count label={t('dashboard.approvalsWaiting')} value={summary.approvalsWaiting} href="/approvals" />
          ) : null}
          {caseTeam ? (
            <>
              <Count label={t('dashboard.followUpsOverdue')} value={summary.followUps.overdue} href="/follow-ups" alert />
              <Count label={t('dashboard.followUpsThisWeek')} value={summary.followUps.dueThisWeek} href="/follow-ups" />
            </>
          ) : null}
        </ul>
      </Grid>
      <Card size="3" asChild>
        <section aria-labelledby="past-target-heading">
          <Heading as="h2" size="5" id="past-target-heading" mb="3">
            {t('dashboard.pastTargetHeading')}
          </Heading>
          {summary.pastFirstContact.count === 0 ? (
            <EmptyState headingLevel="h3" title={t('dashboard.pastTargetNone')} />
          ) : (
            <PastTargetTable cases={summary.pastFirstContact.top} linked={caseTeam} />
          )}
          {summary.pastFirstContact.count > summary.pastFirstContact.top.length ? (
            <Text as="p" size="2" mt="3" style={{ margin: 0 }}>
              <Link href="/cases?overdue=1">{t('dashboard.pastTargetAll', { n: formatNumber(summary.pastFirstContact.count, locale) })}</Link>
            </Text>
          ) : null}
        </section>
      </Card>
      <Card size="3" asChild>
        <section aria-labelledby="stage-risk-heading">
          <Heading as="h2" size="5" id="stage-risk-heading" mb="3">
            {t('dashboard.openByStageRisk')}
          </Heading>
          <StageRiskTable cells={summary.openByStageRisk} />
        </section>
      </Card>
      <Text size="1" color="gray">
        {t('dashboard.generatedAt', { when: formatDate(summary.generatedAt, locale, { withTime: true }) })}
      </Text>
    </Flex>
  );
}

function Count({ label, value, href, alert = false }: { label: string; value: number; href: string; alert?: boolean }) {
  const locale = useLocale();
  return (
    <li>
      <Card asChild style={{ height: '100%' }}>
        <Link href={href} data-testid="dashboard-count">
          <Text as="div" size="7" weight="bold" color={alert && value > 0 ? 'red' : undefined}>
            {formatNumber(value, locale)}
          </Text>
          <Text as="div" size="2">
            {label}
          </Text>
        </Link>
      </Card>
    </li>
  );
}

function PastTargetTable({ cases, linked }: { cases: Summary['pastFirstContact']['top']; linked: boolean }) {
  const { t } = useTranslation(['staff', 'values']);
  const locale = useLocale();
  return (
    <Table.Root variant="surface">
      <caption className="kr-visually-hidden">{t('dashboard.pastTargetHeading')}</caption>
      <Table.Header>
        <Table.Row>
          <Table.ColumnHeaderCell>{t('caseload.columns.reference')}</Table.ColumnHeaderCell>
          <Table.ColumnHeaderCell>{t('caseload.columns.child')}</Table.ColumnHeaderCell>
          <Table.ColumnHeaderCell>{t('caseload.columns.risk')}</Table.ColumnHeaderCell>
          <Table.ColumnHeaderCell>{t('dashboard.dueAt')}</Table.ColumnHeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {cases.map((c) => (
          <Table.Row key={c.caseId} data-testid="past-target-row">
            <Table.RowHeaderCell style={{ whiteSpace: 'nowrap' }}>
              {linked ? <Link href={`/cases/${encodeURIComponent(c.caseId)}`}>{c.reference}</Link> : c.reference}
            </Table.RowHeaderCell>
            <Table.Cell>{c.childName ?? <Text color="gray">{t('caseload.nameHidden')}</Text>}</Table.Cell>
            <Table.Cell>
              <Badge color={riskColor[c.riskLevel]} highContrast>
                {t(`values:riskLevel.${c.riskLevel}`)}
              </Badge>
            </Table.Cell>
            <Table.Cell style={{ whiteSpace: 'nowrap' }}>{formatDate(c.firstContactDueAt, locale, { withTime: true })}</Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table.Root>
  );
}
