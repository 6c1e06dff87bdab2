// /carers: the registry of foster and kinship carers, with "emergency foster carers available now" one click away.
import { Badge, Button, Flex, Heading, Link as RadixLink, SegmentedControl, Table, Text } from '@radix-ui/themes';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { CurrentUser } from '@kruosar/domain';
import { EmptyState, ErrorState, LoadingState, Pagination, usePageTitle } from '@kruosar/ui';
import { useTRPC } from '../../lib/trpc';
import { CarerRegisterForm } from './carer-register-form';

const PAGE_SIZE = 20;
type View = 'all' | 'applicant' | 'approved' | 'emergency';

export function CarersScreen({ user }: { user: CurrentUser }) {
  const { t } = useTranslation('families');
  usePageTitle(t('carers.title'));
  const trpc = useTRPC();
  const [view, setView] = useState<View>('all');
  const [page, setPage] = useState(1);
  const [registering, setRegistering] = useState(false);
  const filters = view === 'emergency' ? { emergencyAvailable: true } : view === 'all' ? {} : { status: view };
  const list = useQuery({ ...trpc.carers.list.queryOptions({ ...filters, page, pageSize: PAGE_SIZE }), placeholderData: keepPreviousData });
  return (
    <Flex direction="column" gap="4">
      <Flex justify="between" align="center">
        <Heading as="h1" size="7">{t('carers.title')}</Heading>
        {!registering && user.role !== 'analyst' ? <Button onClick={() => setRegistering(true)}>{t('carers.register')}</Button> : null}
      </Flex>
      {registering ? <CarerRegisterForm onDone={() => { setRegistering(false); void list.refetch(); }} /> : null}
      <SegmentedControl.Root value={view} onValueChange={(v) => { setView(v as View); setPage(1); }} aria-label={t('carers.filter')}>
        <SegmentedControl.Item value="all">{t('carers.all')}</SegmentedControl.Item>
        <SegmentedControl.Item value="applicant">{t('status.applicant')}</SegmentedControl.Item>
        <SegmentedControl.Item value="approved">{t('status.approved')}</SegmentedControl.Item>
        <SegmentedControl.Item value="emergency">{t('carers.emergencyNow')}</SegmentedControl.Item>
      </SegmentedControl.Root>
      {list.isPending ? (
        <LoadingState />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <EmptyState title={t('carers.empty')} body={view === 'emergency' ? t('carers.emptyEmergency') : undefined} />
      ) : (
        <>
          <Table.Root variant="surface" data-testid="carer-list">
            <Table.Header>
              <Table.Row>
                <Table.ColumnHeaderCell>{t('carers.name')}</Table.ColumnHeaderCell>
                <Table.ColumnHeaderCell>{t('carers.kind')}</Table.ColumnHeaderCell>
                <Table.ColumnHeaderCell>{t('carers.status')}</Table.ColumnHeaderCell>
                <Table.ColumnHeaderCell>{t('carers.places')}</Table.ColumnHeaderCell>
                <Table.ColumnHeaderCell>{t('carers.ages')}</Table.ColumnHeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {list.data.items.map((c) => (
                <Table.Row key={c.id}>
                  <Table.Cell><RadixLink asChild><Link href={`/carers/${c.id}`}>{c.name || c.villageCode}</Link></RadixLink></Table.Cell>
                  <Table.Cell>{t(`kind.${c.kind}`)}{c.emergency ? <> <Badge highContrast color="red">{t('carers.emergency')}</Badge></> : null}</Table.Cell>
                  <Table.Cell>{t(`status.${c.status}`)}</Table.Cell>
                  <Table.Cell>{t('carers.placesValue', { placed: c.placedNow, capacity: c.capacity })}</Table.Cell>
                  <Table.Cell>{t('carers.agesValue', { min: c.ageMin, max: c.ageMax })}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table.Root>
          <Pagination page={page} pageSize={PAGE_SIZE} total={list.data.total} onPage={setPage} label={t('carers.pages')} />
        </>
      )}
      <Text size="2" color="gray">{t('carers.intro')}</Text>
    </Flex>
  );
}
