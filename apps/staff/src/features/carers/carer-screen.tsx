// /carers/:id: a carer's file: profile and status, the assessment and other records, approval (four eyes), status
// changes with reasons, and the children placed there (cases outside the person's scope show a reference only).
import { Badge, Button, Card, DataList, Flex, Heading, Link as RadixLink, Table, Text } from '@radix-ui/themes';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { carerRecordKinds, carerRecordOutcomes, relationships, type CarerKind, type CarerRecordInput, type CarerView, type CurrentUser } from '@kruosar/domain';
import { ErrorState, LoadingState, formatDate, formatNumber, useLocale, usePageTitle } from '@kruosar/ui';
import { useTRPC } from '../../lib/trpc';
import { SaveError } from '../case-workflow/save-error';
import { todayInCambodia } from '../case-workflow/workflow-data';
import { ChoiceField, InputField } from '../families/fields';

export function CarerScreen({ carerId, user }: { carerId: string; user: CurrentUser }) {
  const { t } = useTranslation(['families', 'values']);
  usePageTitle(t('carer.title'));
  const locale = useLocale();
  const trpc = useTRPC();
  const view = useQuery(trpc.carers.byId.queryOptions({ id: carerId }));
  if (view.isPending) return <LoadingState />;
  if (view.isError) return <ErrorState error={view.error} onRetry={() => void view.refetch()} />;
  const { carer, household, records, statusHistory, placements } = view.data;
  const refresh = () => void view.refetch();
  return (
    <Flex direction="column" gap="5">
      <Flex justify="between" align="center" wrap="wrap" gap="2">
        <Heading as="h1" size="7">{carer.name || t('carer.title')}</Heading>
        <Button asChild variant="soft"><Link href={`/households/${carer.householdId}`}>{t('carer.household')}</Link></Button>
      </Flex>
      <DataList.Root>
        <DataList.Item><DataList.Label>{t('carers.kind')}</DataList.Label><DataList.Value>{t(`kind.${carer.kind}`)}{carer.emergency ? ` · ${t('carers.emergency')}` : ''}</DataList.Value></DataList.Item>
        <DataList.Item><DataList.Label>{t('carers.status')}</DataList.Label><DataList.Value><Badge highContrast data-testid="carer-status">{t(`status.${carer.status}`)}</Badge>{carer.statusReason ? ` · ${carer.statusReason}` : ''}</DataList.Value></DataList.Item>
        <DataList.Item><DataList.Label>{t('carer.approval')}</DataList.Label><DataList.Value>{t(`values:approvalState.${carer.approvalState}`)}</DataList.Value></DataList.Item>
        <DataList.Item><DataList.Label>{t('carers.places')}</DataList.Label><DataList.Value>{t('carers.placesValue', { placed: carer.placedNow, capacity: carer.capacity })}</DataList.Value></DataList.Item>
        <DataList.Item><DataList.Label>{t('carers.ages')}</DataList.Label><DataList.Value>{t('carers.agesValue', { min: carer.ageMin, max: carer.ageMax })}</DataList.Value></DataList.Item>
        <DataList.Item><DataList.Label>{t('carers.languages')}</DataList.Label><DataList.Value>{carer.languages.map((l) => t(`language.${l}`)).join(', ')}</DataList.Value></DataList.Item>
        <DataList.Item><DataList.Label>{t('carer.members')}</DataList.Label><DataList.Value>{household.members.map((m) => `${m.nameKm}${m.nameLatin ? ` (${m.nameLatin})` : ''}`).join(', ')}</DataList.Value></DataList.Item>
      </DataList.Root>
      <ApprovalActions view={view.data} user={user} onChanged={refresh} />
      <Flex direction="column" gap="2">
        <Heading as="h2" size="5">{t('carer.placements')}</Heading>
        {placements.length === 0 ? <Text color="gray">{t('carer.noPlacements')}</Text> : (
          <Table.Root variant="surface" data-testid="carer-placements">
            <Table.Header>
              <Table.Row>
                <Table.ColumnHeaderCell>{t('household.reference')}</Table.ColumnHeaderCell>
                <Table.ColumnHeaderCell>{t('carer.placementType')}</Table.ColumnHeaderCell>
                <Table.ColumnHeaderCell>{t('carer.dates')}</Table.ColumnHeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {placements.map((p) => (
                <Table.Row key={`${p.reference}-${p.startDate}`}>
                  <Table.Cell>{p.caseId ? <RadixLink asChild><Link href={`/cases/${p.caseId}`}>{p.reference}</Link></RadixLink> : p.reference}</Table.Cell>
                  <Table.Cell>{t(`values:placementType.${p.type}`)}{p.relationshipToChild ? ` · ${t(`values:relationship.${p.relationshipToChild}`)}` : ''}</Table.Cell>
                  <Table.Cell>{formatDate(p.startDate, locale)} – {p.endDate ? formatDate(p.endDate, locale) : t('history.now')}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table.Root>
        )}
      </Flex>
      <Flex direction="column" gap="2">
        <Heading as="h2" size="5">{t('carer.records')}</Heading>
        {records.length === 0 ? <Text color="gray">{t('carer.noRecords')}</Text> : (
          <ul data-testid="carer-records">
            {records.map((r) => (
              <li key={r.id}>
                {formatDate(r.recordedOn, locale)} · {t(`recordKind.${r.kind}`)} · {t(`outcome.${r.outcome}`)}
                {r.amountRiel !== null ? ` · ${t('carer.amount', { amount: formatNumber(r.amountRiel, locale) })}` : ''}
                {r.reference ? ` · ${r.reference}` : ''}
                {r.relationshipToChild ? ` · ${t(`values:relationship.${r.relationshipToChild}`)}` : ''}
                {r.notes ? ` · ${r.notes}` : ''}
              </li>
            ))}
          </ul>
        )}
        <RecordForm carerId={carer.id} carerKind={carer.kind} onSaved={refresh} />
      </Flex>
      <Flex direction="column" gap="2">
        <Heading as="h2" size="5">{t('carer.statusHistory')}</Heading>
        <ul>
          {statusHistory.map((s, i) => (
            <li key={i}>{formatDate(s.changedOn, locale)} · {t(`status.${s.status}`)}{s.reason ? ` · ${s.reason}` : ''}</li>
          ))}
        </ul>
      </Flex>
    </Flex>
  );
}

function ApprovalActions({ view, user, onChanged }: { view: CarerView; user: CurrentUser; onChanged: () => void }) {
  const { t } = useTranslation('families');
  const trpc = useTRPC();
  const { carer } = view;
  const submit = useMutation(trpc.carers.submitForApproval.mutationOptions({ onSuccess: onChanged }));
  const decide = useMutation(trpc.carers.decide.mutationOptions({ onSuccess: onChanged }));
  const status = useMutation(trpc.carers.changeStatus.mutationOptions({ onSuccess: onChanged }));
  const [reason, setReason] = useState('');
  const supervises = user.role === 'supervisor' || user.role === 'admin';
  const ref = { id: carer.id, expectedVersion: carer.version };
  return (
    <Card>
      <Flex direction="column" gap="2">
        <Heading as="h2" size="4">{t('carer.approvalHeading')}</Heading>
        {carer.status === 'applicant' && (carer.approvalState === 'draft' || carer.approvalState === 'returned') ? (
          <Button variant="soft" loading={submit.isPending} onClick={() => submit.mutate(ref)}>{t('carer.submit')}</Button>
        ) : null}
        {supervises ? <InputField id="carer-reason" label={t('carer.reason')} value={reason} onChange={setReason} /> : null}
        <Flex gap="2" wrap="wrap">
          {supervises && carer.approvalState === 'submitted' && carer.submittedById !== user.id ? (
            <>
              <Button color="green" loading={decide.isPending} onClick={() => decide.mutate({ ...ref, decision: 'approve', reason: '' })}>{t('carer.approve')}</Button>
              <Button color="amber" variant="soft" onClick={() => decide.mutate({ ...ref, decision: 'return', reason })}>{t('carer.return')}</Button>
            </>
          ) : null}
          {supervises && carer.status === 'approved' ? <Button variant="soft" onClick={() => status.mutate({ ...ref, status: 'on_hold', reason })}>{t('carer.hold')}</Button> : null}
          {supervises && carer.status === 'on_hold' ? <Button variant="soft" onClick={() => status.mutate({ ...ref, status: 'approved', reason })}>{t('carer.resume')}</Button> : null}
          {supervises && carer.status !== 'deregistered' ? <Button color="red" variant="soft" onClick={() => status.mutate({ ...ref, status: 'deregistered', reason })}>{t('carer.deregister')}</Button> : null}
        </Flex>
        <SaveError error={submit.error ?? decide.error ?? status.error} onReload={() => { submit.reset(); decide.reset(); status.reset(); onChanged(); }} />
      </Flex>
    </Card>
  );
}

/** Support, training and reviews go to every carer's file; a kinship carer's also holds the kinship assessment. */
function RecordForm({ carerId, carerKind, onSaved }: { carerId: string; carerKind: CarerKind; onSaved: () => void }) {
  const { t } = useTranslation(['families', 'values']);
  const trpc = useTRPC();
  const add = useMutation(trpc.carers.addRecord.mutationOptions());
  const [kind, setKind] = useState<CarerRecordInput['kind'] | ''>('');
  const [outcome, setOutcome] = useState<CarerRecordInput['outcome']>('satisfactory');
  const [recordedOn, setRecordedOn] = useState(todayInCambodia());
  const [amount, setAmount] = useState('');
  const [notes, setNotes] = useState('');
  const [caseReference, setCaseReference] = useState('');
  const [relationship, setRelationship] = useState<NonNullable<CarerRecordInput['relationshipToChild']> | ''>('');
  const kinds = carerRecordKinds.filter((k) => k !== 'application' && (k !== 'kinship_assessment' || carerKind === 'kinship'));
  const save = () =>
    add.mutate(
      {
        carerId,
        kind: kind as CarerRecordInput['kind'],
        outcome,
        recordedOn,
        amountRiel: amount === '' ? null : Number(amount),
        caseId: null,
        caseReference,
        relationshipToChild: kind === 'kinship_assessment' && relationship !== '' ? relationship : null,
        notes,
      },
      { onSuccess: () => { setKind(''); setAmount(''); setNotes(''); setCaseReference(''); setRelationship(''); onSaved(); } },
    );
  return (
    <form aria-labelledby="carer-record-heading" onSubmit={(e) => { e.preventDefault(); save(); }}>
      <Card>
        <Flex direction="column" gap="2">
          <Heading as="h3" size="3" id="carer-record-heading">{t('carer.addRecord')}</Heading>
          <ChoiceField id="record-kind" label={t('carer.recordKind')} value={kind} onChange={setKind} options={kinds.map((k) => ({ value: k, label: t(`recordKind.${k}`) }))} />
          <ChoiceField id="record-outcome" label={t('carer.outcome')} value={outcome} onChange={setOutcome} options={carerRecordOutcomes.map((o) => ({ value: o, label: t(`outcome.${o}`) }))} />
          <InputField id="record-date" label={t('carer.date')} type="date" value={recordedOn} onChange={setRecordedOn} />
          <InputField id="record-amount" label={t('carer.amountLabel')} type="number" value={amount} onChange={setAmount} />
          <InputField id="record-case" label={t('carer.caseReference')} value={caseReference} onChange={setCaseReference} />
          {kind === 'kinship_assessment' ? (
            <ChoiceField id="record-relationship" label={t('picker.relationship')} value={relationship} onChange={setRelationship} options={relationships.filter((r) => r !== 'child').map((r) => ({ value: r, label: t(`values:relationship.${r}`) }))} />
          ) : null}
          <InputField id="record-notes" label={t('carer.notes')} value={notes} onChange={setNotes} />
          <SaveError error={add.error} onReload={() => add.reset()} />
          <Flex><Button type="submit" loading={add.isPending}>{t('carer.saveRecord')}</Button></Flex>
        </Flex>
      </Card>
    </form>
  );
}
