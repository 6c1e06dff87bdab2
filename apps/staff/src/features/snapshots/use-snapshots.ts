// Snapshot queries and the steps of their workflow; every step refreshes the list and the snapshot.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../../lib/trpc';

export function useSnapshotList() {
  const trpc = useTRPC();
  return useQuery(trpc.snapshots.list.queryOptions({}));
}

export function useSnapshot(id: string) {
  const trpc = useTRPC();
  return useQuery(trpc.snapshots.byId.queryOptions({ id }));
}

function useRefresh() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: trpc.snapshots.pathKey() });
}

export function useSnapshotSteps() {
  const trpc = useTRPC();
  const refresh = useRefresh();
  const options = { onSettled: refresh };
  return {
    build: useMutation(trpc.snapshots.build.mutationOptions(options)),
    buildCorrection: useMutation(trpc.snapshots.buildCorrection.mutationOptions(options)),
    submit: useMutation(trpc.snapshots.submitForReview.mutationOptions(options)),
    review: useMutation(trpc.snapshots.review.mutationOptions(options)),
    publish: useMutation(trpc.snapshots.publish.mutationOptions(options)),
    withdraw: useMutation(trpc.snapshots.withdraw.mutationOptions(options)),
  };
}

export type SnapshotDetail = NonNullable<ReturnType<typeof useSnapshot>['data']>;
export type SnapshotSummary = NonNullable<ReturnType<typeof useSnapshotList>['data']>[number];
