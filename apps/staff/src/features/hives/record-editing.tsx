// What the committee, volunteer and meeting sections share: saving a record (then every hive view refreshes),
// reading a record's current version again after a conflict, and archive / restore.
import { Button } from '@radix-ui/themes';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { HiveDetail } from '@kruosar/domain';
import { trpcClient, useTRPC } from '../../lib/trpc';

export type RecordKind = 'committee' | 'volunteers' | 'meetings';

export function useRefreshHives() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: trpc.hives.pathKey() });
}

/** A save of one record; afterwards the list and the hive page show it. */
export function useRecordSave<TInput>(save: (input: TInput) => Promise<unknown>, onSaved: () => void) {
  const refresh = useRefreshHives();
  return useMutation({
    mutationFn: save,
    onSuccess: () => {
      void refresh();
      onSaved();
    },
  });
}

/** The record's version as the server has it now (after a conflict), archived ones included. */
export function useCurrentVersion(communeCode: string, kind: RecordKind) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return async (id: string): Promise<number | null> => {
    const hive: HiveDetail = await queryClient.fetchQuery({ ...trpc.hives.byCommune.queryOptions({ communeCode, includeArchived: true }), staleTime: 0 });
    void queryClient.invalidateQueries({ queryKey: trpc.hives.pathKey() });
    return hive[kind === 'committee' ? 'committee' : kind].find((r) => r.id === id)?.version ?? null;
  };
}

const archivers: Record<RecordKind, Record<'archive' | 'restore', (input: { id: string; version: number }) => Promise<unknown>>> = {
  committee: { archive: (i) => trpcClient.hiveCommittee.archive.mutate(i), restore: (i) => trpcClient.hiveCommittee.restore.mutate(i) },
  volunteers: { archive: (i) => trpcClient.hiveVolunteers.archive.mutate(i), restore: (i) => trpcClient.hiveVolunteers.restore.mutate(i) },
  meetings: { archive: (i) => trpcClient.hiveMeetings.archive.mutate(i), restore: (i) => trpcClient.hiveMeetings.restore.mutate(i) },
};

/** Archive (nothing is deleted) or restore; a failure shows through onError (the section's message). */
export function ArchiveToggle({ kind, record, label, onError }: { kind: RecordKind; record: { id: string; version: number; archivedAt: string | null }; label: string; onError: (error: unknown) => void }) {
  const { t } = useTranslation('staff');
  const refresh = useRefreshHives();
  const action = record.archivedAt ? 'restore' : 'archive';
  const toggle = useMutation({ mutationFn: archivers[kind][action], onSuccess: () => void refresh(), onError });
  return (
    <Button type="button" size="1" variant="soft" color={action === 'archive' ? 'gray' : 'teal'} loading={toggle.isPending} onClick={() => toggle.mutate({ id: record.id, version: record.version })} aria-label={`${t(`hives.${action}`)}: ${label}`}>
      {t(`hives.${action}`)}
    </Button>
  );
}
