// The tracing tab's reads, and the refresh after each change (the tab's own records, the case, the inbox).
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { use } from 'react';
import { useTranslation } from 'react-i18next';
import { loadTracingStrings } from '@kruosar/ui';
import { useTRPC } from '../../lib/trpc';

export function useCaseTracing(caseId: string) {
  const trpc = useTRPC();
  return useQuery(trpc.tracing.forCase.queryOptions({ caseId }));
}

export function useCaseReintegration(caseId: string) {
  const trpc = useTRPC();
  return useQuery(trpc.reintegration.forCase.queryOptions({ caseId }));
}

export function useRefreshTracing() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const routers = [trpc.tracing, trpc.reintegration, trpc.institutions, trpc.approvals, trpc.workflow, trpc.placements];
  return () => Promise.all(routers.map((r) => queryClient.invalidateQueries({ queryKey: r.pathKey() })));
}

/** Waits (Suspense) until the tracing strings are loaded; call before any useTranslation('tracing'). */
export function useTracingStrings(): void {
  const { i18n } = useTranslation();
  if (!i18n.hasResourceBundle('en', 'tracing')) use(loadTracingStrings(i18n));
}
