// The family plan on the household page: the newest plan, a form for a new one, sending it for approval and the
// supervisor's decision (never by the person who sent it).
import { Badge, Button, Card, Flex, Heading, Text } from '@radix-ui/themes';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { familyAssessmentAreas, type CurrentUser, type FamilyAssessmentArea, type FamilyPlan } from '@kruosar/domain';
import { EmptyState, formatDate, useLocale } from '@kruosar/ui';
import { useTRPC } from '../../lib/trpc';
import { SaveError } from '../case-workflow/save-error';
import { ChoiceField, InputField } from './fields';

type GoalDraft = { area: FamilyAssessmentArea | ''; goal: string; action: string; who: string; dueDate: string };
const blankGoal = (): GoalDraft => ({ area: '', goal: '', action: '', who: '', dueDate: '' });

export function FamilyPlanView({ plan }: { plan: FamilyPlan }) {
  const { t } = useTranslation(['families', 'values']);
  const locale = useLocale();
  return (
    <Flex direction="column" gap="2" data-testid="family-plan">
      <Flex gap="2" align="center">
        <Badge highContrast color={plan.approvalState === 'approved' ? 'green' : plan.approvalState === 'returned' ? 'amber' : 'gray'}>{t(`values:approvalState.${plan.approvalState}`)}</Badge>
        <Text size="2" color="gray">{t('plan.reviewBy', { date: formatDate(plan.reviewDate, locale) })}</Text>
      </Flex>
      {plan.returnReason ? <Text size="2">{t('plan.returned', { reason: plan.returnReason })}</Text> : null}
      {plan.goals.map((g, i) => (
        <Card key={i}>
          <Text as="p" weight="bold">{t(`area.${g.area}`)}: {g.goal}</Text>
          <ul>
            {g.actions.map((a, j) => (
              <li key={j}>{a.description} · {a.who} · {formatDate(a.dueDate, locale)}</li>
            ))}
          </ul>
        </Card>
      ))}
    </Flex>
  );
}

export function FamilyPlanSection({ householdId, plans, user, onChanged }: { householdId: string; plans: FamilyPlan[]; user: CurrentUser; onChanged: () => void }) {
  const { t } = useTranslation('families');
  const trpc = useTRPC();
  const [writing, setWriting] = useState(false);
  const current = plans[0] ?? null;
  const submit = useMutation(trpc.families.submitPlan.mutationOptions({ onSuccess: onChanged }));
  const decide = useMutation(trpc.families.decidePlan.mutationOptions({ onSuccess: onChanged }));
  const [reason, setReason] = useState('');
  const mayDecide = (user.role === 'supervisor' || user.role === 'admin') && current?.approvalState === 'submitted' && current.submittedById !== user.id;
  const inProgress = current !== null && current.approvalState !== 'approved';

  return (
    <Flex direction="column" gap="3">
      <Flex justify="between" align="center">
        <Heading as="h2" size="5" id="family-plan-heading">{t('plan.heading')}</Heading>
        {!inProgress && !writing ? <Button onClick={() => setWriting(true)}>{t('plan.write')}</Button> : null}
      </Flex>
      {current ? <FamilyPlanView plan={current} /> : writing ? null : <EmptyState title={t('plan.none')} body={t('plan.noneBody')} headingLevel="h3" />}
      {current && (current.approvalState === 'draft' || current.approvalState === 'returned') ? (
        <Button variant="soft" loading={submit.isPending} onClick={() => submit.mutate({ id: current.id, expectedVersion: current.version })}>{t('plan.submit')}</Button>
      ) : null}
      {mayDecide && current ? (
        <Flex direction="column" gap="2">
          <InputField id="plan-return-reason" label={t('plan.returnReason')} value={reason} onChange={setReason} />
          <Flex gap="2">
            <Button color="green" loading={decide.isPending} onClick={() => decide.mutate({ id: current.id, expectedVersion: current.version, decision: 'approve', reason: '' })}>{t('plan.approve')}</Button>
            <Button color="amber" variant="soft" onClick={() => decide.mutate({ id: current.id, expectedVersion: current.version, decision: 'return', reason })}>{t('plan.return')}</Button>
          </Flex>
        </Flex>
      ) : null}
      <SaveError error={submit.error ?? decide.error} onReload={() => { submit.reset(); decide.reset(); onChanged(); }} />
      {writing ? <FamilyPlanForm householdId={householdId} onDone={() => { setWriting(false); onChanged(); }} /> : null}
    </Flex>
  );
}

function FamilyPlanForm({ householdId, onDone }: { householdId: string; onDone: () => void }) {
  const { t } = useTranslation('families');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const create = useMutation(trpc.families.createPlan.mutationOptions());
  const [goals, setGoals] = useState<GoalDraft[]>([blankGoal()]);
  const [reviewDate, setReviewDate] = useState('');
  const setGoal = (i: number, patch: Partial<GoalDraft>) => setGoals((gs) => gs.map((g, j) => (j === i ? { ...g, ...patch } : g)));
  const save = () =>
    create.mutate(
      {
        householdId,
        reviewDate,
        goals: goals.map((g) => ({ area: g.area as FamilyAssessmentArea, goal: g.goal, actions: [{ description: g.action, who: g.who, dueDate: g.dueDate, doneOn: null }] })),
      },
      { onSuccess: () => { void queryClient.invalidateQueries({ queryKey: trpc.families.planOfCase.queryKey() }); onDone(); } },
    );
  return (
    <form aria-labelledby="family-plan-form-heading" onSubmit={(e) => { e.preventDefault(); save(); }}>
      <Flex direction="column" gap="3">
        <Heading as="h3" size="4" id="family-plan-form-heading">{t('plan.formHeading')}</Heading>
        {goals.map((g, i) => (
          <Card key={i}>
            <Flex direction="column" gap="2">
              <ChoiceField id={`goal-${i}-area`} label={t('plan.area')} value={g.area} onChange={(area) => setGoal(i, { area })} options={familyAssessmentAreas.map((a) => ({ value: a, label: t(`area.${a}`) }))} />
              <InputField id={`goal-${i}-goal`} label={t('plan.goal')} value={g.goal} onChange={(goal) => setGoal(i, { goal })} />
              <InputField id={`goal-${i}-action`} label={t('plan.action')} value={g.action} onChange={(action) => setGoal(i, { action })} />
              <InputField id={`goal-${i}-who`} label={t('plan.who')} value={g.who} onChange={(who) => setGoal(i, { who })} />
              <InputField id={`goal-${i}-due`} label={t('plan.due')} type="date" value={g.dueDate} onChange={(dueDate) => setGoal(i, { dueDate })} />
            </Flex>
          </Card>
        ))}
        <Button type="button" variant="soft" onClick={() => setGoals((gs) => [...gs, blankGoal()])}>{t('plan.addGoal')}</Button>
        <InputField id="plan-review-date" label={t('plan.reviewDate')} type="date" value={reviewDate} onChange={setReviewDate} />
        <SaveError error={create.error} onReload={() => create.reset()} />
        <Flex gap="2">
          <Button type="submit" loading={create.isPending}>{t('plan.save')}</Button>
          <Button type="button" variant="soft" color="gray" onClick={onDone}>{t('cancel')}</Button>
        </Flex>
      </Flex>
    </form>
  );
}
