// /households: find a family by a child's name or a case reference, among the cases this person may see.
import { Button, Flex, Heading, Link as RadixLink, Table, Text, TextField } from '@radix-ui/themes';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { EmptyState, ErrorState, LoadingState, Pagination, usePageTitle } from '@kruosar/ui';
import { useTRPC } from '../../lib/trpc';

const PAGE_SIZE = 20;

/**
 * The search box and its paged results; `onPick` turns a row into a choice (intake, or where a child moves to; the
 * household they leave is not offered), else rows link to the household.
 */
export function HouseholdSearch({ onPick, pick = 'register', exclude }: { onPick?: (householdId: string) => void; pick?: 'register' | 'move'; exclude?: string }) {
  const { t } = useTranslation('families');
  const trpc = useTRPC();
  const [draft, setDraft] = useState('');
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(1);
  const result = useQuery({ ...trpc.families.search.queryOptions({ search: search || undefined, page, pageSize: PAGE_SIZE }), placeholderData: keepPreviousData });
  return (
    <Flex direction="column" gap="3">
      <form role="search" onSubmit={(e) => { e.preventDefault(); setSearch(draft.trim()); setPage(1); }}>
        <Flex gap="2" align="end">
          <Flex direction="column" gap="1">
            <Text as="label" htmlFor="household-search" size="2" weight="medium">{t('search.label')}</Text>
            <TextField.Root id="household-search" value={draft} onChange={(e) => setDraft(e.target.value)} placeholder={t('search.placeholder')} />
          </Flex>
          <Button type="submit">{t('search.submit')}</Button>
        </Flex>
      </form>
      {result.isPending ? (
        <LoadingState />
      ) : result.isError ? (
        <ErrorState error={result.error} onRetry={() => void result.refetch()} />
      ) : result.data.items.length === 0 ? (
        <EmptyState title={t('search.empty')} body={t('search.emptyBody')} headingLevel="h3" />
      ) : (
        <>
          <Table.Root variant="surface" data-testid="household-results">
            <Table.Header>
              <Table.Row>
                <Table.ColumnHeaderCell>{t('search.children')}</Table.ColumnHeaderCell>
                <Table.ColumnHeaderCell>{t('search.cases')}</Table.ColumnHeaderCell>
                <Table.ColumnHeaderCell>{t('search.village')}</Table.ColumnHeaderCell>
                <Table.ColumnHeaderCell>{t('search.open')}</Table.ColumnHeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {result.data.items.filter((h) => h.id !== exclude).map((h) => (
                <Table.Row key={h.id}>
                  <Table.Cell>{h.childNames.join(', ') || t('search.noNames')}</Table.Cell>
                  <Table.Cell>{h.caseCount}</Table.Cell>
                  <Table.Cell>{h.villageCode}{h.address ? ` · ${h.address}` : ''}</Table.Cell>
                  <Table.Cell>
                    {onPick ? (
                      <Button type="button" variant="soft" onClick={() => onPick(h.id)} aria-label={t(pick === 'move' ? 'search.moveHereNamed' : 'search.chooseNamed', { names: h.childNames.join(', ') || h.villageCode })}>
                        {t(pick === 'move' ? 'search.moveHere' : 'search.choose')}
                      </Button>
                    ) : (
                      <RadixLink asChild>
                        <Link href={`/households/${h.id}`}>{t('search.openNamed', { names: h.childNames.join(', ') || h.villageCode })}</Link>
                      </RadixLink>
                    )}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table.Root>
          <Pagination page={page} pageSize={PAGE_SIZE} total={result.data.total} onPage={setPage} label={t('search.pages')} />
        </>
      )}
    </Flex>
  );
}

export function HouseholdsScreen() {
  const { t } = useTranslation('families');
  usePageTitle(t('households.title'));
  return (
    <Flex direction="column" gap="4">
      <Heading as="h1" size="7">{t('households.title')}</Heading>
      <Text color="gray">{t('households.intro')}</Text>
      <HouseholdSearch />
    </Flex>
  );
}
