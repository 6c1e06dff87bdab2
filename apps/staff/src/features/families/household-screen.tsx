// /households/:id: a family as the unit of work: its children and cases (those outside the person's scope show a
// reference only), members, needs, history over time, assessments and the family plan.
import { Badge, Button, Card, Flex, Heading, Link as RadixLink, Table, Text } from '@radix-ui/themes';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { CurrentUser, HouseholdView } from '@kruosar/domain';
import { ErrorState, LoadingState, formatDate, formatNumber, useLocale, usePageTitle } from '@kruosar/ui';
import { useTRPC } from '../../lib/trpc';
import { FamilyAssessmentSection } from './family-assessment-section';
import { FamilyPlanSection } from './family-plan-section';
import { HouseholdStatusForm } from './household-status-form';
import { MoveChildForm } from './move-child-form';
import { LazyMergedNotice, LazyMergePanel } from '../merge/lazy';
import { mayMerge } from '../merge/may-merge';
import { EndEnrolment, SchoolEnrolmentForm } from './school-enrolment-form';

export function HouseholdScreen({ householdId, user }: { householdId: string; user: CurrentUser }) {
  const { t } = useTranslation('families');
  usePageTitle(t('household.title'));
  const trpc = useTRPC();
  const view = useQuery(trpc.families.byId.queryOptions({ householdId }));
  if (view.isPending) return <LoadingState />;
  if (view.isError) return <LazyMergedNotice kind="household" id={householdId} fallback={<ErrorState error={view.error} onRetry={() => void view.refetch()} />} />;
  const data = view.data;
  return (
    <Flex direction="column" gap="5">
      <Flex justify="between" align="center" wrap="wrap" gap="3">
        <Heading as="h1" size="7">{t('household.title')}</Heading>
        <Flex gap="2">
          {data.carerId ? (
            <Button asChild variant="soft"><Link href={`/carers/${data.carerId}`}>{t('household.carerPage')}</Link></Button>
          ) : null}
          <Button asChild><Link href={`/cases/new?household=${householdId}`}>{t('household.addChild')}</Link></Button>
        </Flex>
      </Flex>
      <Text color="gray">{data.household.villageCode}{data.household.address ? ` · ${data.household.address}` : ''}</Text>
      <ChildrenSection data={data} onChanged={() => void view.refetch()} />
      <MembersSection data={data} />
      <NeedsSection data={data} />
      <HistorySection data={data} onChanged={() => void view.refetch()} />
      {mayMerge(user.role) ? <LazyMergePanel kind="household" id={householdId} /> : null}
      <FamilyAssessmentSection householdId={householdId} assessments={data.assessments} user={user} onChanged={() => void view.refetch()} />
      <Card>
        <FamilyPlanSection householdId={householdId} plans={data.plans} user={user} onChanged={() => void view.refetch()} />
      </Card>
    </Flex>
  );
}

function ChildrenSection({ data, onChanged }: { data: HouseholdView; onChanged: () => void }) {
  const { t } = useTranslation(['families', 'values']);
  const [moving, setMoving] = useState<{ caseId: string; name: string } | null>(null);
  return (
    <Flex direction="column" gap="2">
      <Heading as="h2" size="5">{t('household.children')}</Heading>
      <Table.Root variant="surface" data-testid="household-children">
        <Table.Header>
          <Table.Row>
            <Table.ColumnHeaderCell>{t('household.reference')}</Table.ColumnHeaderCell>
            <Table.ColumnHeaderCell>{t('household.child')}</Table.ColumnHeaderCell>
            <Table.ColumnHeaderCell>{t('household.stage')}</Table.ColumnHeaderCell>
            <Table.ColumnHeaderCell>{t('household.livesHere')}</Table.ColumnHeaderCell>
            <Table.ColumnHeaderCell>{t('move.column')}</Table.ColumnHeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {data.cases.map((c) => (
            <Table.Row key={c.reference}>
              <Table.Cell>
                {c.caseId ? <RadixLink asChild><Link href={`/cases/${c.caseId}`}>{c.reference}</Link></RadixLink> : c.reference}
              </Table.Cell>
              <Table.Cell>{c.inScope ? c.childName : <Text color="gray">{t('household.outsideScope')}</Text>}</Table.Cell>
              <Table.Cell>{c.stage ? t(`values:caseStage.${c.stage}`) : t(`values:caseStatus.${c.status}`)}</Table.Cell>
              <Table.Cell>{c.current ? <Badge highContrast color="green">{t('household.now')}</Badge> : <Badge highContrast color="gray">{t('household.movedOn')}</Badge>}</Table.Cell>
              <Table.Cell>
                {c.current && c.caseId ? (
                  <Button size="1" variant="soft" onClick={() => setMoving({ caseId: c.caseId!, name: c.childName ?? c.reference })} aria-label={t('move.buttonNamed', { name: c.childName ?? c.reference })}>
                    {t('move.button')}
                  </Button>
                ) : null}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table.Root>
      {moving ? (
        <MoveChildForm
          key={moving.caseId}
          caseId={moving.caseId}
          childName={moving.name}
          fromHouseholdId={data.household.id}
          onCancel={() => setMoving(null)}
          onDone={() => { setMoving(null); onChanged(); }}
        />
      ) : null}
    </Flex>
  );
}

function MembersSection({ data }: { data: HouseholdView }) {
  const { t } = useTranslation(['families', 'values']);
  return (
    <Flex direction="column" gap="2">
      <Heading as="h2" size="5">{t('household.members')}</Heading>
      {data.household.members.length === 0 ? (
        <Text color="gray">{t('household.noMembers')}</Text>
      ) : (
        <ul>
          {data.household.members.map((m) => (
            <li key={m.id}><span lang="km">{m.nameKm}</span>{m.nameLatin ? ` (${m.nameLatin})` : ''} · {t(`values:relationship.${m.relationship}`)}{m.isCaregiver ? ` · ${t('household.caregiver')}` : ''}</li>
          ))}
        </ul>
      )}
    </Flex>
  );
}

function NeedsSection({ data }: { data: HouseholdView }) {
  const { t } = useTranslation(['families', 'values']);
  const locale = useLocale();
  return (
    <Flex direction="column" gap="2">
      <Heading as="h2" size="5">{t('household.needs')}</Heading>
      {data.needs.length === 0 ? (
        <Text color="gray">{t('household.noNeeds')}</Text>
      ) : (
        <ul>
          {data.needs.map((n) => (
            <li key={n.id}>{formatDate(n.reportedAt, locale)} · {n.category} · {n.status}</li>
          ))}
        </ul>
      )}
    </Flex>
  );
}

function HistorySection({ data, onChanged }: { data: HouseholdView; onChanged: () => void }) {
  const { t } = useTranslation(['families', 'values']);
  const locale = useLocale();
  const nameOf = (childId: string) => data.cases.find((c) => c.childId === childId)?.childName ?? '';
  return (
    <Flex direction="column" gap="3">
      <Heading as="h2" size="5">{t('history.heading')}</Heading>
      <Heading as="h3" size="3">{t('history.stays')}</Heading>
      {data.stays.length === 0 ? <Text color="gray">{t('history.noStays')}</Text> : (
        <ul data-testid="household-stays">
          {data.stays.map((s) => (
            <li key={`${s.childId}-${s.fromDate}`}>{s.reference} · {nameOf(s.childId)} · {formatDate(s.fromDate, locale)} – {s.toDate ? formatDate(s.toDate, locale) : t('history.now')}{s.reason ? ` · ${s.reason}` : ''}</li>
          ))}
        </ul>
      )}
      <Heading as="h3" size="3">{t('history.status')}</Heading>
      {data.statusHistory.length === 0 ? <Text color="gray">{t('history.noStatus')}</Text> : (
        <ul>
          {data.statusHistory.map((s) => (
            <li key={s.id}>
              {formatDate(s.recordedOn, locale)} · {t(`values:idPoor.${s.idPoor}`)} · {t('history.income', { amount: formatNumber(s.monthlyIncomeRiel, locale) })}
              {s.incomeSources.length ? ` · ${s.incomeSources.map((i) => t(`values:incomeSource.${i}`)).join(', ')}` : ''}
              {s.note ? ` · ${s.note}` : ''}
            </li>
          ))}
        </ul>
      )}
      <HouseholdStatusForm householdId={data.household.id} onSaved={onChanged} />
      <Heading as="h3" size="3">{t('history.school')}</Heading>
      {data.enrolments.length === 0 ? <Text color="gray">{t('history.noSchool')}</Text> : (
        <ul data-testid="household-enrolments">
          {data.enrolments.map((e) => (
            <li key={e.id}>
              <Flex gap="2" align="center" wrap="wrap">
                <span>{nameOf(e.childId)} · {e.schoolName}{e.grade ? ` (${e.grade})` : ''} · {formatDate(e.fromDate, locale)} – {e.toDate ? formatDate(e.toDate, locale) : t('history.now')}</span>
                {e.toDate === null ? <EndEnrolment enrolment={e} label={`${nameOf(e.childId)} · ${e.schoolName}`} onSaved={onChanged} /> : null}
              </Flex>
            </li>
          ))}
        </ul>
      )}
      <SchoolEnrolmentForm
        pupils={data.cases.filter((c) => c.current && c.childId).map((c) => ({ childId: c.childId!, name: c.childName ?? c.reference }))}
        onSaved={onChanged}
      />
    </Flex>
  );
}
