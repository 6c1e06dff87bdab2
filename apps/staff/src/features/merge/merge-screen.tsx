// /merge/:kind/:fromId: a supervisor marks two records of one child (or household) as the same, compares them side
// by side, picks the value that survives for each differing field, and merges. The other values stay in the history.
import { Badge, Box, Button, Callout, Card, Flex, Heading, RadioGroup, Table, Text, TextField } from '@radix-ui/themes';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import type { MergeCompare, MergeField, MergeKind, MergeSide } from '@kruosar/domain';
import { ErrorState, LoadingState, useLocale, usePageTitle } from '@kruosar/ui';
import { useTRPC } from '../../lib/trpc';
import { MergeError, formatMergeValue, useMergeStrings } from './merge-values';

export function MergeScreen({ kind, fromId }: { kind: MergeKind; fromId: string }) {
  useMergeStrings();
  const { t } = useTranslation('merge');
  usePageTitle(t(`title.${kind}`));
  const [draft, setDraft] = useState('');
  const [other, setOther] = useState('');
  const back = kind === 'child' ? `/cases/${fromId}` : `/households/${fromId}`;
  return (
    <Flex direction="column" gap="4">
      <Heading as="h1" size="7">{t(`title.${kind}`)}</Heading>
      <Text color="gray">{t(`intro.${kind}`)}</Text>
      <form role="search" onSubmit={(e) => { e.preventDefault(); setOther(draft.trim()); }}>
        <Flex gap="2" align="end" wrap="wrap">
          <Flex direction="column" gap="1">
            <Text as="label" htmlFor="merge-other" size="2" weight="medium">{t('otherLabel')}</Text>
            <TextField.Root id="merge-other" value={draft} onChange={(e) => setDraft(e.target.value)} placeholder="KR-2026-00001" aria-describedby="merge-other-hint" />
            <Text id="merge-other-hint" size="1" color="gray">{t(`otherHint.${kind}`)}</Text>
          </Flex>
          <Button type="submit">{t('compare')}</Button>
          <Button asChild variant="soft" color="gray"><Link href={back}>{t('cancel')}</Link></Button>
        </Flex>
      </form>
      {other ? <Comparison key={other} kind={kind} fromId={fromId} other={other} back={back} /> : null}
    </Flex>
  );
}

function Comparison({ kind, fromId, other, back }: { kind: MergeKind; fromId: string; other: string; back: string }) {
  const { i18n } = useTranslation('merge');
  const trpc = useTRPC();
  const compare = useQuery({ ...trpc.merges.compare.queryOptions({ kind, fromId, other }), retry: false });
  if (compare.isPending) return <LoadingState />;
  if (compare.isError) return <ErrorState error={compare.error} onRetry={() => void compare.refetch()} />;
  const data = compare.data;
  if (data.blockedKey) {
    return (
      <Callout.Root color="amber" role="alert" data-testid="merge-blocked">
        <Callout.Text>{(i18n.t as unknown as (key: string, fallback: string) => string)(data.blockedKey.replace('.', ':'), data.blockedMessage ?? '')}</Callout.Text>
      </Callout.Root>
    );
  }
  return <CompareForm data={data} back={back} />;
}

function CompareForm({ data, back }: { data: MergeCompare; back: string }) {
  const { t } = useTranslation(['merge', 'values', 'errors']);
  const locale = useLocale();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [, navigate] = useLocation();
  const [choices, setChoices] = useState<Record<string, MergeSide>>({});
  const merge = useMutation(trpc.merges.merge.mutationOptions());
  const fields = Object.keys(data.survivor.values);
  const missing = data.conflicts.filter((f) => !choices[f]);
  const [tried, setTried] = useState(false);
  const submit = () => {
    setTried(true);
    if (missing.length > 0) return;
    merge.mutate(
      { kind: data.kind, survivorId: data.survivor.id, survivorVersion: data.survivor.version, mergedId: data.merged.id, mergedVersion: data.merged.version, choices },
      { onSuccess: () => { void queryClient.invalidateQueries(); navigate(back); } },
    );
  };
  return (
    <Card>
      <form aria-labelledby="merge-compare-heading" onSubmit={(e) => { e.preventDefault(); submit(); }}>
        <Flex direction="column" gap="3">
          <Heading as="h2" size="5" id="merge-compare-heading">{t('compareHeading')}</Heading>
          <Text size="2">{data.conflicts.length ? t('chooseIntro', { count: data.conflicts.length }) : t('noConflicts')}</Text>
          <Table.Root variant="surface" data-testid="merge-compare">
            <Table.Header>
              <Table.Row>
                <Table.ColumnHeaderCell>{t('field')}</Table.ColumnHeaderCell>
                <Table.ColumnHeaderCell>{t('thisRecord')}</Table.ColumnHeaderCell>
                <Table.ColumnHeaderCell>{t('otherRecord')}</Table.ColumnHeaderCell>
                <Table.ColumnHeaderCell>{t('keep')}</Table.ColumnHeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              <Table.Row>
                <Table.RowHeaderCell>{t('cases')}</Table.RowHeaderCell>
                <Table.Cell>{data.survivor.caseReferences.join(', ') || t('empty')}</Table.Cell>
                <Table.Cell>{data.merged.caseReferences.join(', ') || t('empty')}</Table.Cell>
                <Table.Cell><Text color="gray" size="2">{t('allKept')}</Text></Table.Cell>
              </Table.Row>
              {fields.map((field) => {
                const conflict = data.conflicts.includes(field);
                const label = t(`fields.${field as MergeField}`);
                const text = (side: MergeSide) => formatMergeValue(t, locale, field, (side === 'survivor' ? data.survivor : data.merged).values[field]);
                return (
                  <Table.Row key={field} data-testid={`merge-field-${field}`}>
                    <Table.RowHeaderCell>
                      <Flex gap="2" align="center" wrap="wrap">{label}{conflict ? <Badge color="amber" highContrast>{t('differs')}</Badge> : null}</Flex>
                      {conflict && tried && !choices[field] ? <Text size="1" color="red" as="div">{t('errors:mergeChooseEveryField')}</Text> : null}
                    </Table.RowHeaderCell>
                    <Table.Cell>{text('survivor')}</Table.Cell>
                    <Table.Cell>{text('merged')}</Table.Cell>
                    <Table.Cell>
                      {conflict ? (
                        <RadioGroup.Root value={choices[field] ?? ''} onValueChange={(v) => setChoices((c) => ({ ...c, [field]: v as MergeSide }))} aria-label={t('keepField', { field: label })}>
                          <RadioGroup.Item value="survivor">{t('keepThis')}</RadioGroup.Item>
                          <RadioGroup.Item value="merged">{t('keepOther')}</RadioGroup.Item>
                        </RadioGroup.Root>
                      ) : (
                        <Text color="gray" size="2">{t('same')}</Text>
                      )}
                    </Table.Cell>
                  </Table.Row>
                );
              })}
            </Table.Body>
          </Table.Root>
          <Text size="2" data-testid="merge-summary">{t('summary', { rows: data.merged.linkedRows, label: data.merged.label })}</Text>
          {tried && missing.length > 0 ? (
            <Callout.Root color="red" role="alert"><Callout.Text>{t('errors:mergeChooseEveryField')}</Callout.Text></Callout.Root>
          ) : null}
          <MergeError error={merge.error} />
          <Box>
            <Button type="submit" color="amber" loading={merge.isPending}>{t('confirm')}</Button>
          </Box>
        </Flex>
      </form>
    </Card>
  );
}
