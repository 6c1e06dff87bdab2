// The merges into a record, on its page: what each merge set aside, and "Undo merge" while an exact undo is possible.
import { Badge, Box, Button, Card, Flex, Heading, Text } from '@radix-ui/themes';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { MergeField, MergeHistoryEntry, MergeKind } from '@kruosar/domain';
import { ErrorState, LoadingState, formatDate, useLocale } from '@kruosar/ui';
import { useTRPC } from '../../lib/trpc';
import { MergeError, formatMergeValue, useMergeStrings } from './merge-values';

/** For supervisors and admins: "Mark as the same as…" and the record's merge history. */
export function MergePanel({ kind, id }: { kind: MergeKind; id: string }) {
  useMergeStrings();
  const { t } = useTranslation('merge');
  const trpc = useTRPC();
  const history = useQuery(trpc.merges.history.queryOptions({ kind, id }));
  return (
    <Card data-testid={`merge-panel-${kind}`}>
      <Flex direction="column" gap="3">
        <Flex justify="between" align="center" wrap="wrap" gap="2">
          <Heading as="h2" size="4">{t(`panelHeading.${kind}`)}</Heading>
          <Button asChild variant="soft"><Link href={`/merge/${kind}/${id}`}>{t('markSame')}</Link></Button>
        </Flex>
        {history.isPending ? <LoadingState /> : history.isError ? <ErrorState error={history.error} onRetry={() => void history.refetch()} /> : history.data.length === 0 ? (
          <Text size="2" color="gray">{t('noHistory')}</Text>
        ) : (
          <ul data-testid="merge-history">
            {history.data.map((m) => <HistoryItem key={m.id} entry={m} onChanged={() => void history.refetch()} />)}
          </ul>
        )}
      </Flex>
    </Card>
  );
}

function HistoryItem({ entry, onChanged }: { entry: MergeHistoryEntry; onChanged: () => void }) {
  const { t } = useTranslation(['merge', 'values']);
  const locale = useLocale();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const undo = useMutation(trpc.merges.undo.mutationOptions());
  const [confirming, setConfirming] = useState(false);
  return (
    <li>
      <Flex direction="column" gap="1" mb="3">
        <Text size="2">
          {t('historyLine', { label: entry.mergedLabel, date: formatDate(entry.mergedAt, locale, { withTime: true }), name: entry.mergedByName, count: entry.movedRows })}
          {entry.undoneAt ? <> <Badge color="gray" highContrast>{t('undone', { date: formatDate(entry.undoneAt, locale), name: entry.undoneByName ?? '' })}</Badge></> : null}
        </Text>
        {entry.decisions.length ? (
          <ul>
            {entry.decisions.map((d) => (
              <li key={d.field}>
                <Text size="2">{t('decision', { field: t(`fields.${d.field as MergeField}`), kept: formatMergeValue(t, locale, d.field, d.kept), discarded: formatMergeValue(t, locale, d.field, d.discarded) })}</Text>
              </li>
            ))}
          </ul>
        ) : null}
        {entry.undoneAt ? null : (
          <Box>
            {confirming ? (
              <Flex gap="2" align="center" wrap="wrap">
                <Text size="2" weight="medium">{t('undoConfirm')}</Text>
                <Button size="1" color="amber" loading={undo.isPending} onClick={() => undo.mutate({ mergeId: entry.id }, { onSuccess: () => { setConfirming(false); void queryClient.invalidateQueries(); onChanged(); } })}>
                  {t('undoYes')}
                </Button>
                <Button size="1" variant="soft" color="gray" onClick={() => { setConfirming(false); undo.reset(); }}>{t('cancel')}</Button>
              </Flex>
            ) : (
              <Button size="1" variant="soft" onClick={() => setConfirming(true)}>{t('undo')}</Button>
            )}
          </Box>
        )}
        <MergeError error={undo.error} />
      </Flex>
    </li>
  );
}

/** On a merged record's old address: where it went; `fallback` (the usual error) when it is not a tombstone. */
export function MergedNotice({ kind, id, fallback }: { kind: MergeKind; id: string; fallback: ReactNode }) {
  useMergeStrings();
  const { t } = useTranslation('merge');
  const trpc = useTRPC();
  const into = useQuery(trpc.merges.mergedInto.queryOptions({ kind, id }));
  if (into.isPending) return <LoadingState />;
  if (!into.data) return <>{fallback}</>;
  return (
    <Card data-testid="merged-notice">
      <Flex direction="column" gap="2">
        <Heading as="h2" size="4">{t('mergedHeading')}</Heading>
        <Text>{t(`mergedBody.${kind}`)}</Text>
        <Box><Button asChild><Link href={kind === 'household' ? `/households/${into.data.survivorId}` : '/cases'}>{t(`openSurvivor.${kind}`)}</Link></Button></Box>
      </Flex>
    </Card>
  );
}
