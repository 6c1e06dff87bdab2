// Supervisors' view of children in residential care: by institution and by stage on the way home, with the
// time each child has been in their stage; and the institutions themselves.
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Card, Flex, Heading, Table, Text } from '@radix-ui/themes';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { z } from 'zod';
import { InstitutionInput, institutionTypes, reintegrationStages } from '@kruosar/domain';
import { EmptyState, ErrorState, LoadingState, formatDate, useLocale, usePageTitle } from '@kruosar/ui';
import { useTRPC } from '../../lib/trpc';
import { FormProblems, SelectField, TextInputField } from '../case-workflow/form-fields';
import { SaveError, showServerFieldErrors } from '../case-workflow/save-error';
import { useRefreshTracing, useTracingStrings } from './tracing-data';

export function ResidentialCareScreen() {
  useTracingStrings();
  const { t } = useTranslation('tracing');
  usePageTitle(t('board.title'));
  const locale = useLocale();
  const trpc = useTRPC();
  const board = useQuery(trpc.reintegration.board.queryOptions({}));
  return (
    <Flex direction="column" gap="5">
      <div>
        <Heading as="h1" size="7" mb="2">
          {t('board.title')}
        </Heading>
        <Text as="p" color="gray">
          {t('board.intro')}
        </Text>
      </div>
      {board.isPending ? (
        <LoadingState />
      ) : board.isError ? (
        <ErrorState error={board.error} onRetry={() => void board.refetch()} />
      ) : board.data.children.length === 0 ? (
        <EmptyState title={t('board.empty')} body={t('board.emptyBody')} />
      ) : (
        <>
          <section aria-labelledby="by-institution">
            <Heading as="h2" size="5" mb="2" id="by-institution">
              {t('board.byInstitution')}
            </Heading>
            <Table.Root variant="surface" data-testid="board-institutions">
              <Table.Header>
                <Table.Row>
                  <Table.ColumnHeaderCell>{t('board.institution')}</Table.ColumnHeaderCell>
                  {reintegrationStages.map((s) => (
                    <Table.ColumnHeaderCell key={s}>{t(`stage.${s}`)}</Table.ColumnHeaderCell>
                  ))}
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {board.data.institutions.map((i) => (
                  <Table.Row key={i.id}>
                    <Table.RowHeaderCell>{i.name}</Table.RowHeaderCell>
                    {reintegrationStages.map((s) => (
                      <Table.Cell key={s}>{i.counts[s] ?? 0}</Table.Cell>
                    ))}
                  </Table.Row>
                ))}
              </Table.Body>
            </Table.Root>
          </section>
          <section aria-labelledby="children-by-stage">
            <Heading as="h2" size="5" mb="2" id="children-by-stage">
              {t('board.children')}
            </Heading>
            <Table.Root variant="surface" data-testid="board-children">
              <Table.Header>
                <Table.Row>
                  <Table.ColumnHeaderCell>{t('board.child')}</Table.ColumnHeaderCell>
                  <Table.ColumnHeaderCell>{t('board.institution')}</Table.ColumnHeaderCell>
                  <Table.ColumnHeaderCell>{t('board.stage')}</Table.ColumnHeaderCell>
                  <Table.ColumnHeaderCell>{t('board.since')}</Table.ColumnHeaderCell>
                  <Table.ColumnHeaderCell>{t('board.days')}</Table.ColumnHeaderCell>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {board.data.children.map((c) => (
                  <Table.Row key={c.caseId}>
                    <Table.RowHeaderCell>
                      <Link href={`/cases/${encodeURIComponent(c.caseId)}/tracing`}>{locale === 'km' ? c.childNameKm : c.childName}</Link> <Text color="gray">{c.reference}</Text>
                    </Table.RowHeaderCell>
                    <Table.Cell>{c.institutionName}</Table.Cell>
                    <Table.Cell>{t(`stage.${c.stage}`)}</Table.Cell>
                    <Table.Cell>{formatDate(c.stageSince, locale)}</Table.Cell>
                    <Table.Cell>{t('board.daysCount', { count: c.daysInStage })}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table.Root>
          </section>
        </>
      )}
      <Institutions />
    </Flex>
  );
}

function Institutions() {
  const { t } = useTranslation(['tracing', 'staff']);
  const locale = useLocale();
  const trpc = useTRPC();
  const list = useQuery(trpc.institutions.list.queryOptions({}));
  const [adding, setAdding] = useState(false);
  return (
    <section aria-labelledby="institutions-heading">
      <Flex direction="column" gap="3">
        <Flex justify="between" align="center" gap="3" wrap="wrap">
          <Heading as="h2" size="5" id="institutions-heading">
            {t('institutions.heading')}
          </Heading>
          {!adding ? (
            <Button type="button" variant="soft" onClick={() => setAdding(true)}>
              {t('institutions.add')}
            </Button>
          ) : null}
        </Flex>
        {adding ? <InstitutionForm onDone={() => setAdding(false)} /> : null}
        {list.isPending ? (
          <LoadingState />
        ) : list.isError ? (
          <ErrorState error={list.error} onRetry={() => void list.refetch()} />
        ) : list.data.length === 0 ? (
          <EmptyState headingLevel="h3" title={t('institutions.empty')} />
        ) : (
          <Table.Root variant="surface" data-testid="institutions">
            <Table.Header>
              <Table.Row>
                <Table.ColumnHeaderCell>{t('institutions.name')}</Table.ColumnHeaderCell>
                <Table.ColumnHeaderCell>{t('institutions.type')}</Table.ColumnHeaderCell>
                <Table.ColumnHeaderCell>{t('institutions.commune')}</Table.ColumnHeaderCell>
                <Table.ColumnHeaderCell>{t('institutions.contact')}</Table.ColumnHeaderCell>
                <Table.ColumnHeaderCell>{t('institutions.inCare')}</Table.ColumnHeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {list.data.map((i) => (
                <Table.Row key={i.id}>
                  <Table.RowHeaderCell>{i.name}</Table.RowHeaderCell>
                  <Table.Cell>{t(`institutionType.${i.type}`)}</Table.Cell>
                  <Table.Cell>{locale === 'km' ? i.communeNameKm : i.communeName}</Table.Cell>
                  <Table.Cell>{[i.contactName, i.contactPhone].filter(Boolean).join(' · ')}</Table.Cell>
                  <Table.Cell>{i.childrenInCare}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table.Root>
        )}
      </Flex>
    </section>
  );
}

function InstitutionForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation(['tracing', 'staff']);
  const locale = useLocale();
  const trpc = useTRPC();
  const refresh = useRefreshTracing();
  const communes = useQuery(trpc.geography.communes.queryOptions());
  const create = useMutation(trpc.institutions.create.mutationOptions());
  const { control, register, handleSubmit, setError, formState } = useForm<z.input<typeof InstitutionInput>, unknown, InstitutionInput>({
    resolver: zodResolver(InstitutionInput),
    defaultValues: { name: '', type: undefined, communeCode: '', contactName: '', contactPhone: '' },
  });
  const { errors } = formState;
  const onSubmit = handleSubmit((values) => create.mutate(values, { onSuccess: () => { void refresh(); onDone(); }, onError: (e) => showServerFieldErrors(e, setError) }));
  return (
    <Card size="2" asChild>
      <form onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby="institution-form-heading" aria-busy={create.isPending}>
        <Flex direction="column" gap="3">
          <Heading as="h3" size="4" id="institution-form-heading">
            {t('institutions.formHeading')}
          </Heading>
          <TextInputField id="institution-name" label={t('institutions.name')} error={errors.name} registration={register('name')} />
          <Controller
            control={control}
            name="type"
            render={({ field }) => (
              <SelectField id="institution-type" label={t('institutions.type')} value={field.value} onChange={field.onChange} error={errors.type} options={institutionTypes.map((k) => ({ value: k, label: t(`institutionType.${k}`) }))} />
            )}
          />
          <Controller
            control={control}
            name="communeCode"
            render={({ field }) => (
              <SelectField
                id="institution-commune"
                label={t('institutions.commune')}
                value={field.value || undefined}
                onChange={field.onChange}
                error={errors.communeCode}
                options={(communes.data ?? []).map((c) => ({ value: c.code, label: locale === 'km' ? c.nameKm : c.nameLatin }))}
              />
            )}
          />
          <TextInputField id="institution-contact" label={t('institutions.contactName')} optional error={errors.contactName} registration={register('contactName')} />
          <TextInputField id="institution-phone" label={t('institutions.contactPhone')} optional error={errors.contactPhone} registration={register('contactPhone')} />
          <FormProblems show={formState.submitCount > 0 && Object.keys(errors).length > 0} />
          <SaveError error={create.error} onReload={() => create.reset()} />
          <Flex gap="3">
            <Button type="submit" loading={create.isPending}>
              {t('institutions.save')}
            </Button>
            <Button type="button" variant="soft" color="gray" onClick={onDone}>
              {t('staff:caseWork.cancel')}
            </Button>
          </Flex>
        </Flex>
      </form>
    </Card>
  );
}
