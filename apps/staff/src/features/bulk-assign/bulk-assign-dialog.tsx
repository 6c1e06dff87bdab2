// Give every chosen case to one caseworker, in one request and one transaction: no cap on how many.
import { Button, Callout, Dialog, Flex, RadioGroup, Text, TextArea } from '@radix-ui/themes';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState, ErrorState, LoadingState, errorMessage, formatNumber, useLocale } from '@kruosar/ui';
import { useTRPC } from '../../lib/trpc';
import type { StaffInputs } from '../case-page/case-types';
import { Fieldset } from '../intake/form-fields';
import { selectedCount, type CaseSelection, type SelectedCase } from './case-selection';
import { useTeam } from './use-team';

type ListInput = StaffInputs['cases']['list'];

type Props = {
  selection: CaseSelection;
  /** The caseload's current filters, to find every matching case when "all" were chosen. */
  listInput: ListInput;
  onAssigned: () => void;
};

export function BulkAssignDialog({ selection, listInput, onAssigned }: Props) {
  const { t } = useTranslation('staff');
  const locale = useLocale();
  const [open, setOpen] = useState(false);
  const count = selectedCount(selection);
  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      <Dialog.Trigger>
        <Button type="button" disabled={count === 0}>
          {t('bulkAssign.open', { n: formatNumber(count, locale) })}
        </Button>
      </Dialog.Trigger>
      <Dialog.Content maxWidth="36rem">
        <Dialog.Title>{t('bulkAssign.title')}</Dialog.Title>
        <Dialog.Description size="2" mb="3">
          {t('bulkAssign.description', { n: formatNumber(count, locale) })}
        </Dialog.Description>
        {/* Mounted on open: the cases are resolved and the team fetched for this selection only. */}
        <AssignForm
          selection={selection}
          listInput={listInput}
          onDone={() => {
            setOpen(false);
            onAssigned();
          }}
        />
      </Dialog.Content>
    </Dialog.Root>
  );
}

function useSelectedCases(selection: CaseSelection, listInput: ListInput) {
  const trpc = useTRPC();
  // "All N matching" resolves to ids in one call when the dialog opens, so cases added meanwhile are not missed.
  const { page: _page, pageSize: _pageSize, ...filters } = listInput;
  const all = useQuery({ ...trpc.cases.matchingIds.queryOptions(filters), enabled: selection.mode === 'all', staleTime: 0, gcTime: 0 });
  if (selection.mode === 'some') return { cases: [...selection.cases.values()], pending: false, error: null, retry: () => {} };
  return { cases: all.data?.cases ?? [], pending: all.isPending, error: all.error, retry: () => void all.refetch() };
}

function AssignForm({ selection, listInput, onDone }: { selection: CaseSelection; listInput: ListInput; onDone: () => void }) {
  const { t, i18n } = useTranslation('staff');
  const locale = useLocale();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const id = useId();
  const selected = useSelectedCases(selection, listInput);
  const communes = [...new Set(selected.cases.map((c: SelectedCase) => c.communeCode))].sort();
  const team = useTeam(communes, !selected.pending);
  const [toUserId, setToUserId] = useState('');
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const assign = useMutation(trpc.cases.bulkAssign.mutationOptions());

  if (selected.pending || team.pending) return <LoadingState />;
  if (selected.error) return <ErrorState error={selected.error} onRetry={selected.retry} />;
  if (team.error) return <ErrorState error={team.error} onRetry={team.refetch} />;
  if (team.coveringAll.length === 0) return <EmptyState headingLevel="h3" title={t('bulkAssign.nobody')} body={t('bulkAssign.nobodyHint')} />;

  const submit = () => {
    setMissing(toUserId === '');
    if (toUserId === '') return;
    assign.mutate(
      { caseIds: selected.cases.map((c) => c.id), toUserId, reason },
      {
        onSuccess: () => {
          void queryClient.invalidateQueries({ queryKey: trpc.cases.list.pathKey() });
          void queryClient.invalidateQueries({ queryKey: trpc.cases.assignableStaff.pathKey() });
        },
      },
    );
  };

  if (assign.data) {
    return (
      <Flex direction="column" gap="3">
        <Callout.Root color="green" role="status">
          <Callout.Text>
            {t('bulkAssign.done', { assigned: formatNumber(assign.data.assigned, locale), already: formatNumber(assign.data.alreadyAssigned, locale) })}
          </Callout.Text>
        </Callout.Root>
        <Flex justify="end">
          <Button type="button" onClick={onDone}>
            {t('bulkAssign.close')}
          </Button>
        </Flex>
      </Flex>
    );
  }

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <Flex direction="column" gap="4">
        <Fieldset>
          <Text asChild size="2" weight="bold">
            <legend id={`${id}-to`}>{t('bulkAssign.to')}</legend>
          </Text>
          <RadioGroup.Root
            value={toUserId}
            onValueChange={setToUserId}
            aria-labelledby={`${id}-to`}
            aria-invalid={missing ? true : undefined}
            aria-describedby={missing ? `${id}-to-error` : undefined}
          >
            {team.coveringAll.map((member) => (
              <RadioGroup.Item key={member.id} value={member.id}>
                {t('bulkAssign.member', { name: member.displayName, open: formatNumber(member.openCases, locale) })}
              </RadioGroup.Item>
            ))}
          </RadioGroup.Root>
          {missing ? (
            <Text as="p" id={`${id}-to-error`} size="2" color="red" weight="medium" style={{ margin: 0 }}>
              {t('bulkAssign.chooseSomeone')}
            </Text>
          ) : null}
        </Fieldset>
        <Flex direction="column" gap="1">
          <Text as="label" htmlFor={`${id}-reason`} size="2" weight="bold">
            {t('bulkAssign.reason')}{' '}
            <Text weight="regular" color="gray">
              ({t('optional', { ns: 'common' })})
            </Text>
          </Text>
          <TextArea id={`${id}-reason`} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
        </Flex>
        {assign.error ? (
          <Callout.Root color="red" role="alert">
            <Callout.Text>{errorMessage(assign.error, i18n)}</Callout.Text>
          </Callout.Root>
        ) : null}
        <Flex gap="3" justify="end">
          <Dialog.Close>
            <Button type="button" variant="soft" color="gray">
              {t('casePage.cancel')}
            </Button>
          </Dialog.Close>
          <Button type="submit" loading={assign.isPending} disabled={assign.isPending}>
            {t('bulkAssign.submit', { n: formatNumber(selected.cases.length, locale) })}
          </Button>
        </Flex>
      </Flex>
    </form>
  );
}
