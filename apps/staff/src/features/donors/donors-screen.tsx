// /donors (admins): record gifts as they arrive (each gets a receipt number), see the gifts recorded, and set the
// organisation's giving page that donors are sent to. Payments themselves happen outside Kruosar.
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Card, Flex, Heading, Select, Table, Text } from '@radix-ui/themes';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { GiftInput, GivingSettingsInput, cambodiaToday, formatAmount, giftCurrencies, type GiftInputParsed } from '@kruosar/domain';
import { EmptyState, ErrorState, LoadingState, formatDate, useLocale, usePageTitle } from '@kruosar/ui';
import { useTRPC } from '../../lib/trpc';
import { FormProblems, SelectField, TextInputField } from '../case-workflow/form-fields';
import { SaveError, showServerFieldErrors } from '../case-workflow/save-error';
import { useDonorStrings } from './donor-strings';

type GiftValues = z.input<typeof GiftInput>;
type SettingsValues = z.input<typeof GivingSettingsInput>;
const EVERYONE = 'all';

export function DonorsScreen() {
  useDonorStrings();
  const { t } = useTranslation('donors');
  usePageTitle(t('title'));
  const trpc = useTRPC();
  const donors = useQuery(trpc.donors.list.queryOptions());
  const programmes = useQuery(trpc.programmes.list.queryOptions({}));
  const failed = [donors, programmes].find((q) => q.isError);
  return (
    <Flex direction="column" gap="5">
      <Heading as="h1" size="7">
        {t('heading')}
      </Heading>
      <Text as="p" color="gray" style={{ maxWidth: '48rem' }}>
        {t('intro')}
      </Text>
      {failed ? (
        <ErrorState error={failed.error} onRetry={() => void failed.refetch()} />
      ) : !donors.data || !programmes.data ? (
        <LoadingState />
      ) : (
        <>
          <GiftForm donors={donors.data} programmes={programmes.data.map((p) => ({ id: p.id, name: p.name }))} />
          <GiftList donors={donors.data} />
        </>
      )}
      <GivingPageForm />
    </Flex>
  );
}

type DonorOption = { id: string; displayName: string; username: string };

function GiftForm({ donors, programmes }: { donors: DonorOption[]; programmes: { id: string; name: string }[] }) {
  const { t } = useTranslation('donors');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [savedNumber, setSavedNumber] = useState<string | null>(null);
  const record = useMutation(trpc.donors.recordGift.mutationOptions());
  const blank: GiftValues = { donorId: '', givenOn: cambodiaToday(), amount: '', currency: 'USD', programmeId: '', note: '' };
  const { control, register, handleSubmit, setError, reset, formState } = useForm<GiftValues, unknown, GiftInputParsed>({ resolver: zodResolver(GiftInput), defaultValues: blank });
  const { errors } = formState;
  const onSubmit = handleSubmit((values) => {
    setSavedNumber(null);
    record.mutate(values, {
      onSuccess: (gift) => {
        setSavedNumber(gift.receiptNumber);
        reset({ ...blank, donorId: values.donorId, currency: values.currency, programmeId: values.programmeId });
        void queryClient.invalidateQueries({ queryKey: trpc.donors.pathKey() });
      },
      onError: (error) => showServerFieldErrors(error, setError),
    });
  });
  if (donors.length === 0) return <EmptyState headingLevel="h2" title={t('record.heading')} body={t('record.noDonors')} />;
  if (programmes.length === 0) return <EmptyState headingLevel="h2" title={t('record.heading')} body={t('record.noProgrammes')} />;
  return (
    <Card size="3" asChild>
      <form onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby="gift-form-heading" aria-busy={record.isPending}>
        <Flex direction="column" gap="3" style={{ maxWidth: '36rem' }}>
          <Heading as="h2" size="5" id="gift-form-heading">
            {t('record.heading')}
          </Heading>
          <Controller
            control={control}
            name="donorId"
            render={({ field }) => (
              <SelectField id="gift-donor" label={t('record.donor')} placeholder={t('record.donorPlaceholder')} value={field.value || null} onChange={field.onChange} error={errors.donorId} options={donors.map((d) => ({ value: d.id, label: `${d.displayName} (${d.username})` }))} />
            )}
          />
          <TextInputField id="gift-date" type="date" label={t('record.date')} hint={t('record.dateHint')} error={errors.givenOn} registration={register('givenOn')} />
          <TextInputField id="gift-amount" label={t('record.amount')} hint={t('record.amountHint')} error={errors.amount} registration={register('amount')} />
          <Controller
            control={control}
            name="currency"
            render={({ field }) => (
              <SelectField id="gift-currency" label={t('record.currency')} value={field.value} onChange={field.onChange} error={errors.currency} options={giftCurrencies.map((c) => ({ value: c, label: t(`currency.${c}`) }))} />
            )}
          />
          <Controller
            control={control}
            name="programmeId"
            render={({ field }) => (
              <SelectField id="gift-programme" label={t('record.programme')} placeholder={t('record.programmePlaceholder')} value={field.value || null} onChange={field.onChange} error={errors.programmeId} options={programmes.map((p) => ({ value: p.id, label: p.name }))} />
            )}
          />
          <TextInputField id="gift-note" label={t('record.note')} hint={t('record.noteHint')} optional error={errors.note} registration={register('note')} />
          <FormProblems show={formState.submitCount > 0 && Object.keys(errors).length > 0} />
          <SaveError error={record.error && !Object.keys(errors).length ? record.error : null} onReload={() => record.reset()} />
          <div aria-live="polite">
            {savedNumber ? (
              <Text role="status" color="green" weight="medium" data-testid="gift-saved">
                {t('record.saved', { number: savedNumber })}
              </Text>
            ) : null}
          </div>
          <Flex>
            <Button type="submit" loading={record.isPending}>
              {t('record.submit')}
            </Button>
          </Flex>
        </Flex>
      </form>
    </Card>
  );
}

function GiftList({ donors }: { donors: DonorOption[] }) {
  const { t } = useTranslation('donors');
  const locale = useLocale();
  const trpc = useTRPC();
  const [donorId, setDonorId] = useState(EVERYONE);
  const gifts = useQuery(trpc.donors.gifts.queryOptions(donorId === EVERYONE ? {} : { donorId }));
  return (
    <section aria-labelledby="gift-list-heading">
      <Flex justify="between" align="end" wrap="wrap" gap="3" mb="3">
        <Heading as="h2" size="5" id="gift-list-heading">
          {t('list.heading')}
        </Heading>
        <Flex direction="column" gap="1">
          <Text as="label" size="2" weight="bold" id="gift-filter-label" htmlFor="gift-filter">
            {t('list.filter')}
          </Text>
          <Select.Root value={donorId} onValueChange={setDonorId}>
            <Select.Trigger id="gift-filter" aria-labelledby="gift-filter-label gift-filter" style={{ minWidth: '14rem' }} />
            <Select.Content position="popper">
              <Select.Item value={EVERYONE}>{t('list.everyone')}</Select.Item>
              {donors.map((d) => (
                <Select.Item key={d.id} value={d.id}>
                  {d.displayName}
                </Select.Item>
              ))}
            </Select.Content>
          </Select.Root>
        </Flex>
      </Flex>
      {gifts.isPending ? (
        <LoadingState />
      ) : gifts.isError ? (
        <ErrorState error={gifts.error} onRetry={() => void gifts.refetch()} />
      ) : gifts.data.length === 0 ? (
        <Text as="p" color="gray">
          {t('list.empty')}
        </Text>
      ) : (
        <Table.Root variant="surface" size="1">
          <caption className="kr-visually-hidden">{t('list.caption')}</caption>
          <Table.Header>
            <Table.Row>
              <Table.ColumnHeaderCell>{t('list.receipt')}</Table.ColumnHeaderCell>
              <Table.ColumnHeaderCell>{t('list.date')}</Table.ColumnHeaderCell>
              <Table.ColumnHeaderCell>{t('list.donor')}</Table.ColumnHeaderCell>
              <Table.ColumnHeaderCell>{t('list.programme')}</Table.ColumnHeaderCell>
              <Table.ColumnHeaderCell>{t('list.amount')}</Table.ColumnHeaderCell>
              <Table.ColumnHeaderCell>{t('list.recordedBy')}</Table.ColumnHeaderCell>
              <Table.ColumnHeaderCell>{t('list.note')}</Table.ColumnHeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {gifts.data.map((g) => (
              <Table.Row key={g.id} data-testid="gift-row">
                <Table.RowHeaderCell>{g.receiptNumber}</Table.RowHeaderCell>
                <Table.Cell>{formatDate(g.givenOn, locale)}</Table.Cell>
                <Table.Cell>{g.donorName}</Table.Cell>
                <Table.Cell>{g.programmeName}</Table.Cell>
                <Table.Cell>{formatAmount(g.amountMinor, g.currency)}</Table.Cell>
                <Table.Cell>{g.recordedByName}</Table.Cell>
                <Table.Cell>{g.note}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table.Root>
      )}
    </section>
  );
}

function GivingPageForm() {
  const trpc = useTRPC();
  const current = useQuery(trpc.donors.settings.queryOptions());
  if (current.isPending) return <LoadingState />;
  if (current.isError) return <ErrorState error={current.error} onRetry={() => void current.refetch()} />;
  return <GivingPageFields initial={current.data.givingPageUrl} />;
}

function GivingPageFields({ initial }: { initial: string }) {
  const { t } = useTranslation(['donors', 'errors']);
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [saved, setSaved] = useState(false);
  const save = useMutation(trpc.donors.saveSettings.mutationOptions());
  const { register, handleSubmit, setError, formState } = useForm<SettingsValues, unknown, { givingPageUrl: string }>({ resolver: zodResolver(GivingSettingsInput), defaultValues: { givingPageUrl: initial } });
  const onSubmit = handleSubmit((values) => {
    setSaved(false);
    save.mutate(values, {
      onSuccess: (s) => {
        setSaved(true);
        queryClient.setQueryData(trpc.donors.settings.queryKey(), s);
      },
      onError: (error) => showServerFieldErrors(error, setError),
    });
  });
  return (
    <Card size="3" asChild>
      <form onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby="giving-page-heading" aria-busy={save.isPending}>
        <Flex direction="column" gap="3" style={{ maxWidth: '36rem' }}>
          <Heading as="h2" size="5" id="giving-page-heading">
            {t('settings.heading')}
          </Heading>
          <Text as="p" color="gray">
            {t('settings.intro')}
          </Text>
          <TextInputField id="giving-page-url" label={t('settings.url')} hint={t('settings.urlHint')} optional error={formState.errors.givingPageUrl} customMessage={t('errors:givingPageUrl')} registration={register('givingPageUrl')} />
          <SaveError error={save.error && !formState.errors.givingPageUrl ? save.error : null} onReload={() => save.reset()} />
          <div aria-live="polite">
            {saved ? (
              <Text role="status" color="green" weight="medium">
                {t('settings.saved')}
              </Text>
            ) : null}
          </div>
          <Flex>
            <Button type="submit" loading={save.isPending}>
              {t('settings.save')}
            </Button>
          </Flex>
        </Flex>
      </form>
    </Card>
  );
}
