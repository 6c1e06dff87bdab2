// A child's school enrolments on the household page: record a new school (name, grade, from, until) and end the
// current one when the child leaves, so schooling reads as a history rather than one overwritten field.
import { Button, Card, Flex, Heading } from '@radix-ui/themes';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SchoolEnrolment } from '@kruosar/domain';
import { useTRPC } from '../../lib/trpc';
import { SaveError } from '../case-workflow/save-error';
import { todayInCambodia } from '../case-workflow/workflow-data';
import { ChoiceField, InputField } from './fields';

type Child = { childId: string; name: string };

export function SchoolEnrolmentForm({ pupils, onSaved }: { pupils: Child[]; onSaved: () => void }) {
  const { t } = useTranslation('families');
  const trpc = useTRPC();
  const save = useMutation(trpc.families.recordEnrolment.mutationOptions());
  const [open, setOpen] = useState(false);
  const [childId, setChildId] = useState(pupils.length === 1 ? pupils[0]!.childId : '');
  const [schoolName, setSchoolName] = useState('');
  const [grade, setGrade] = useState('');
  const [fromDate, setFromDate] = useState('');
  const [toDate, setToDate] = useState('');
  if (pupils.length === 0) return null;
  if (!open) return <Flex><Button variant="soft" onClick={() => setOpen(true)}>{t('school.add')}</Button></Flex>;
  const submit = () =>
    save.mutate(
      { childId, schoolName, grade, fromDate, toDate: toDate === '' ? null : toDate },
      { onSuccess: () => { setOpen(false); setSchoolName(''); setGrade(''); setFromDate(''); setToDate(''); onSaved(); } },
    );
  return (
    <form aria-labelledby="enrolment-form-heading" onSubmit={(e) => { e.preventDefault(); submit(); }}>
      <Card>
        <Flex direction="column" gap="2">
          <Heading as="h4" size="3" id="enrolment-form-heading">{t('school.add')}</Heading>
          <ChoiceField id="enrolment-child" label={t('household.child')} value={childId} onChange={setChildId} options={pupils.map((c) => ({ value: c.childId, label: c.name }))} />
          <InputField id="enrolment-school" label={t('school.name')} value={schoolName} onChange={setSchoolName} />
          <InputField id="enrolment-grade" label={t('school.grade')} value={grade} onChange={setGrade} />
          <InputField id="enrolment-from" label={t('school.from')} type="date" value={fromDate} onChange={setFromDate} />
          <InputField id="enrolment-to" label={t('school.to')} type="date" value={toDate} onChange={setToDate} />
          <SaveError error={save.error} onReload={() => save.reset()} />
          <Flex gap="2">
            <Button type="submit" loading={save.isPending}>{t('save')}</Button>
            <Button type="button" variant="soft" color="gray" onClick={() => setOpen(false)}>{t('cancel')}</Button>
          </Flex>
        </Flex>
      </Card>
    </form>
  );
}

/** Ends an open enrolment on a date (today unless changed). */
export function EndEnrolment({ enrolment, label, onSaved }: { enrolment: SchoolEnrolment; label: string; onSaved: () => void }) {
  const { t } = useTranslation('families');
  const trpc = useTRPC();
  const end = useMutation(trpc.families.endEnrolment.mutationOptions({ onSuccess: onSaved }));
  const [open, setOpen] = useState(false);
  const [toDate, setToDate] = useState(todayInCambodia());
  if (!open) return <Button size="1" variant="ghost" onClick={() => setOpen(true)} aria-label={t('school.endNamed', { school: label })}>{t('school.end')}</Button>;
  return (
    <form aria-label={t('school.endNamed', { school: label })} onSubmit={(e) => { e.preventDefault(); end.mutate({ id: enrolment.id, toDate }); }}>
      <Flex gap="2" align="end" wrap="wrap">
        <InputField id={`enrolment-${enrolment.id}-to`} label={t('school.to')} type="date" value={toDate} onChange={setToDate} />
        <Button type="submit" size="2" loading={end.isPending}>{t('school.end')}</Button>
        <Button type="button" size="2" variant="soft" color="gray" onClick={() => setOpen(false)}>{t('cancel')}</Button>
      </Flex>
      <SaveError error={end.error} onReload={() => end.reset()} />
    </form>
  );
}
