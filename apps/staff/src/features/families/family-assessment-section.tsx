// Family assessments on the household page: each area rated 1 to 4 with a note, sent to a supervisor who approves
// it or returns it with a reason (never the person who sent it), as a case assessment is.
import { Badge, Button, Card, Flex, Heading, Text } from '@radix-ui/themes';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { familyAssessmentAreas, idPoorStatuses, type CurrentUser, type FamilyAssessment, type FamilyAssessmentArea, type FamilyAssessmentInput } from '@kruosar/domain';
import { EmptyState, formatDate, useLocale } from '@kruosar/ui';
import { useTRPC } from '../../lib/trpc';
import { SaveError } from '../case-workflow/save-error';
import { todayInCambodia } from '../case-workflow/workflow-data';
import { ChoiceField, InputField } from './fields';

const scores = ['1', '2', '3', '4'] as const;
type AreaDraft = { score: (typeof scores)[number] | ''; note: string };

export function FamilyAssessmentSection({ householdId, assessments, user, onChanged }: { householdId: string; assessments: FamilyAssessment[]; user: CurrentUser; onChanged: () => void }) {
  const { t } = useTranslation('families');
  const [writing, setWriting] = useState(false);
  return (
    <Flex direction="column" gap="3">
      <Flex justify="between" align="center" wrap="wrap" gap="2">
        <Heading as="h2" size="5">{t('assessment.heading')}</Heading>
        {!writing ? <Button onClick={() => setWriting(true)}>{t('assessment.write')}</Button> : null}
      </Flex>
      {writing ? <FamilyAssessmentForm householdId={householdId} onDone={() => { setWriting(false); onChanged(); }} /> : null}
      {assessments.length === 0 ? (
        writing ? null : <EmptyState title={t('assessment.none')} body={t('assessment.noneBody')} headingLevel="h3" />
      ) : (
        assessments.map((a) => <AssessmentCard key={a.id} assessment={a} user={user} onChanged={onChanged} />)
      )}
    </Flex>
  );
}

function AssessmentCard({ assessment: a, user, onChanged }: { assessment: FamilyAssessment; user: CurrentUser; onChanged: () => void }) {
  const { t } = useTranslation(['families', 'values']);
  const locale = useLocale();
  const trpc = useTRPC();
  const submit = useMutation(trpc.families.submitAssessment.mutationOptions({ onSuccess: onChanged }));
  const decide = useMutation(trpc.families.decideAssessment.mutationOptions({ onSuccess: onChanged }));
  const [reason, setReason] = useState('');
  const ref = { id: a.id, expectedVersion: a.version };
  const supervises = user.role === 'supervisor' || user.role === 'admin';
  const mayDecide = supervises && a.approvalState === 'submitted' && a.submittedById !== user.id;
  const reasonId = `assessment-${a.id}-reason`;
  return (
    <Card data-testid="family-assessment">
      <Flex direction="column" gap="2">
        <Flex gap="2" align="center" wrap="wrap">
          <Text weight="bold">{formatDate(a.assessedOn, locale)} · {t(`values:idPoor.${a.idPoor}`)}</Text>
          <Badge highContrast color={a.approvalState === 'approved' ? 'green' : a.approvalState === 'returned' ? 'amber' : 'gray'}>{t(`values:approvalState.${a.approvalState}`)}</Badge>
        </Flex>
        {a.returnReason && a.approvalState === 'returned' ? <Text size="2">{t('plan.returned', { reason: a.returnReason })}</Text> : null}
        <ul>
          {familyAssessmentAreas.map((area) => (
            <li key={area}>{t(`area.${area}`)}: {a.areas[area].score}/4{a.areas[area].note ? ` · ${a.areas[area].note}` : ''}</li>
          ))}
        </ul>
        {a.approvalState === 'draft' || a.approvalState === 'returned' ? (
          <Flex><Button variant="soft" loading={submit.isPending} onClick={() => submit.mutate(ref)}>{t('assessment.submit')}</Button></Flex>
        ) : null}
        {a.approvalState === 'submitted' && a.submittedById === user.id ? <Text size="2" color="gray">{t('assessment.waitingOther')}</Text> : null}
        {mayDecide ? (
          <Flex direction="column" gap="2">
            <InputField id={reasonId} label={t('plan.returnReason')} value={reason} onChange={setReason} />
            <Flex gap="2" wrap="wrap">
              <Button color="green" loading={decide.isPending} onClick={() => decide.mutate({ ...ref, decision: 'approve', reason: '' })}>{t('assessment.approve')}</Button>
              <Button color="amber" variant="soft" onClick={() => decide.mutate({ ...ref, decision: 'return', reason })}>{t('assessment.return')}</Button>
            </Flex>
          </Flex>
        ) : null}
        <SaveError error={submit.error ?? decide.error} onReload={() => { submit.reset(); decide.reset(); onChanged(); }} />
      </Flex>
    </Card>
  );
}

function FamilyAssessmentForm({ householdId, onDone }: { householdId: string; onDone: () => void }) {
  const { t } = useTranslation(['families', 'values']);
  const trpc = useTRPC();
  const create = useMutation(trpc.families.createAssessment.mutationOptions());
  const [assessedOn, setAssessedOn] = useState(todayInCambodia());
  const [idPoor, setIdPoor] = useState<FamilyAssessmentInput['idPoor'] | ''>('');
  const [areas, setAreas] = useState<Record<FamilyAssessmentArea, AreaDraft>>(
    Object.fromEntries(familyAssessmentAreas.map((a) => [a, { score: '', note: '' }])) as Record<FamilyAssessmentArea, AreaDraft>,
  );
  const setArea = (area: FamilyAssessmentArea, patch: Partial<AreaDraft>) => setAreas((as) => ({ ...as, [area]: { ...as[area], ...patch } }));
  const save = () =>
    create.mutate(
      {
        householdId,
        assessedOn,
        idPoor: idPoor as FamilyAssessmentInput['idPoor'],
        // An unrated area goes as 0 so the server names it in its error, rather than the form guessing a score.
        areas: Object.fromEntries(familyAssessmentAreas.map((a) => [a, { score: areas[a].score === '' ? 0 : Number(areas[a].score), note: areas[a].note }])) as FamilyAssessmentInput['areas'],
      },
      { onSuccess: onDone },
    );
  return (
    <form aria-labelledby="family-assessment-form-heading" onSubmit={(e) => { e.preventDefault(); save(); }}>
      <Card>
        <Flex direction="column" gap="3">
          <Heading as="h3" size="4" id="family-assessment-form-heading">{t('assessment.formHeading')}</Heading>
          <Text size="2" color="gray">{t('assessment.scale')}</Text>
          <InputField id="assessment-date" label={t('assessment.date')} type="date" value={assessedOn} onChange={setAssessedOn} />
          <ChoiceField id="assessment-id-poor" label={t('history.idPoor')} value={idPoor} onChange={setIdPoor} options={idPoorStatuses.map((s) => ({ value: s, label: t(`values:idPoor.${s}`) }))} />
          {familyAssessmentAreas.map((area) => (
            <Flex key={area} gap="3" wrap="wrap" align="end">
              <ChoiceField id={`area-${area}-score`} label={t(`area.${area}`)} value={areas[area].score} onChange={(score) => setArea(area, { score })} options={scores.map((s) => ({ value: s, label: t(`assessment.score.${s}`) }))} />
              <InputField id={`area-${area}-note`} label={t('assessment.note', { area: t(`area.${area}`) })} value={areas[area].note} onChange={(note) => setArea(area, { note })} />
            </Flex>
          ))}
          <SaveError error={create.error} onReload={() => create.reset()} />
          <Flex gap="2">
            <Button type="submit" loading={create.isPending}>{t('assessment.save')}</Button>
            <Button type="button" variant="soft" color="gray" onClick={onDone}>{t('cancel')}</Button>
          </Flex>
        </Flex>
      </Card>
    </form>
  );
}
