// The case's workflow records, read in one call for every workflow tab, and the refresh after each change.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { CurrentUser } from '@kruosar/domain';
import { useTRPC } from '../../lib/trpc';

/** What every tab of the case page receives: the case detail (its id, commune, version) and the signed-in person. */
export type { CaseTabProps } from '../case-page/case-types';

/** One audited read of all the case's workflow records; every workflow tab shares it (one cache entry). */
export function useWorkflowOverview(caseId: string) {
  const trpc = useTRPC();
  return useQuery(trpc.workflow.overview.queryOptions({ caseId }));
}

/** Today in Cambodia, as the server counts due dates. */
export { cambodiaToday as todayInCambodia } from '@kruosar/domain';

/**
 * After a change, everything that may show it is read again: the case (stage, version), its workflow records,
 * the inbox, the due lists and the dashboard. Only queries on screen refetch; the others are marked stale.
 */
export function useRefreshCaseWork() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const routers = [
    trpc.workflow,
    trpc.cases,
    trpc.assessments,
    trpc.casePlans,
    trpc.services,
    trpc.placements,
    trpc.followUps,
    trpc.referrals,
    trpc.closures,
    trpc.approvals,
    trpc.dashboard,
  ];
  return () => Promise.all(routers.map((r) => queryClient.invalidateQueries({ queryKey: r.pathKey() })));
}

export const mayApprove = (user: CurrentUser) => user.role === 'supervisor' || user.role === 'admin';
