// The staff home: the caseload the signed-in person may see, searchable, filtered, sorted, paged.
import { Callout, Heading } from '@radix-ui/themes';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'wouter';
import { mayIdentifyChildren, type CurrentUser } from '@kruosar/domain';
import { EmptyState, ErrorState, LoadingState, Pagination, usePageTitle } from '@kruosar/ui';
import { useTRPC } from '../../lib/trpc';
import { CaseloadFilters, type ParamsUpdate } from './caseload-filters';
import {
  CASELOAD_PAGE_SIZE,
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

  const communes = useQuery(trpc.geography.communes.queryOptions());
  const cases = useQuery({ ...trpc.cases.list.queryOptions(toCaseListInput(params)), placeholderData: keepPreviousData });

  return (
    <>
      <Heading as="h1" size="7" mb="4">
        {t('caseload.heading')}
      </Heading>
      <CaseloadFilters params={params} onChange={updateParams} communes={communes.data ?? []} canSearchNames={showNames} />
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
          <CaseloadTable
            cases={cases.data.items}
            params={params}
            onSort={(key) => updateParams((current) => sortBy(current, key))}
            communes={communes.data ?? []}
            showNames={showNames}
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
