// The caseload the signed-in person may see, searchable, filtered, sorted, paged; supervisors choose cases to assign.
import { Button, Callout, Flex, Heading } from '@radix-ui/themes';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'wouter';
import { mayIdentifyChildren, type CurrentUser } from '@kruosar/domain';
import { EmptyState, ErrorState, LoadingState, Pagination, usePageTitle } from '@kruosar/ui';
import { useTRPC } from '../../lib/trpc';
import { BulkBar } from '../bulk-assign/bulk-bar';
import { isSelected, pageState, toggleCase, togglePage, useCaseSelection } from '../bulk-assign/case-selection';
import { mayAssign, useTeam } from '../bulk-assign/use-team';
import { ExportButton } from '../export/export-button';
import { PrintButton, PrintedBy } from '../print/print-button';
import { CaseloadFilters, type ParamsUpdate } from './caseload-filters';
import {
  CASELOAD_PAGE_SIZE,
  filterKey,
  hasFilters,
  readCaseloadParams,
  sortBy,
  toCaseListInput,
  writeCaseloadParams,
} from './caseload-params';
import { CaseloadTable } from './caseload-table';

export function CaseloadScreen({ user }: { user: CurrentUser }) {
  const { t } = useTranslation('staff');
  usePageTitle(t('caseload.title'));
  const trpc = useTRPC();
  const [searchParams, setSearchParams] = useSearchParams();
  const params = readCaseloadParams(searchParams);
  const updateParams: ParamsUpdate = (update, options) =>
    setSearchParams((current) => new URLSearchParams(writeCaseloadParams(update(readCaseloadParams(current)))), options);
  const showNames = mayIdentifyChildren(user.role);

  const assigner = mayAssign(user.role);
  const listInput = toCaseListInput(params);
  const { page: _page, pageSize: _pageSize, ...exportInput } = listInput;

  const communes = useQuery(trpc.geography.communes.queryOptions());
  const cases = useQuery({ ...trpc.cases.list.queryOptions(listInput), placeholderData: keepPreviousData });
  const team = useTeam((communes.data ?? []).map((c) => c.code), assigner);
  const { selection, setSelection, clear } = useCaseSelection(filterKey(params));
  const pageRows = (cases.data?.items ?? []).map((c) => ({ id: c.id, communeCode: c.communeCode }));

  return (
    <>
      <PrintedBy user={user} />
      <Flex justify="between" align="start" wrap="wrap" gap="3" mb="4">
        <Heading as="h1" size="7">
          {t('caseload.heading')}
        </Heading>
        <Flex gap="3" align="start" wrap="wrap" className="kr-no-print">
          <PrintButton />
          <ExportButton filters={exportInput} />
          {showNames ? (
            <Button asChild>
              <Link href="/cases/new">{t('caseload.newCase')}</Link>
            </Button>
          ) : null}
        </Flex>
      </Flex>
      <div className="kr-no-print">
        <CaseloadFilters
          params={params}
          onChange={updateParams}
          communes={communes.data ?? []}
          canSearchNames={showNames}
          team={assigner ? team.everyone : undefined}
        />
      </div>
      {showNames ? null : (
        <Callout.Root color="gray" mb="4">
          <Callout.Text>{t('caseload.namesHidden')}</Callout.Text>
        </Callout.Root>
      )}
      {cases.isPending ? (
        <LoadingState />
      ) : cases.isError ? (
        <ErrorState error={cases.error} onRetry={() => void cases.refetch()} />
      ) : cases.data.total === 0 ? (
        <EmptyState title={t('caseload.empty.title')} body={hasFilters(params) ? t('caseload.empty.body') : undefined} />
      ) : (
        <div aria-busy={cases.isFetching}>
          {assigner ? (
            <div className="kr-no-print">
              <BulkBar selection={selection} onSelect={setSelection} onClear={clear} pageRows={pageRows} total={cases.data.total} listInput={listInput} />
            </div>
          ) : null}
          <CaseloadTable
            cases={cases.data.items}
            params={params}
            onSort={(key) => updateParams((current) => sortBy(current, key))}
            communes={communes.data ?? []}
            showNames={showNames}
            selection={
              assigner
                ? {
                    isSelected: (id) => isSelected(selection, id),
                    onToggle: (c) => setSelection(toggleCase(selection, { id: c.id, communeCode: c.communeCode }, pageRows)),
                    pageState: pageState(selection, pageRows),
                    onTogglePage: () => setSelection(togglePage(selection, pageRows)),
                  }
                : undefined
            }
          />
          <Pagination
            page={params.page}
            pageSize={CASELOAD_PAGE_SIZE}
            total={cases.data.total}
            onPage={(page) => updateParams((current) => ({ ...current, page }))}
          />
        </div>
      )}
    </>
  );
}
