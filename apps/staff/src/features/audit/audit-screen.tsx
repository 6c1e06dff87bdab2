// /audit (administrators): who did what to which record and when, newest first, with filters, a file export and
// whether the tamper-evident chain still verifies.
import { Badge, Button, Callout, Code, Flex, Heading, Table, Text, TextField } from '@radix-ui/themes';
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AuditFilters } from '@kruosar/domain';
import { EmptyState, ErrorState, FieldLabel, LoadingState, errorMessage, formatDate, formatNumber, useLocale, usePageTitle } from '@kruosar/ui';
import { useTRPC } from '../../lib/trpc';
import { downloadFile } from '../export/export-button';

const PAGE_SIZE = 50;
const empty: AuditFilters = { username: '', action: '', record: '', from: null, to: null };

function ChainStatus() {
  const { t } = useTranslation('staff');
  const locale = useLocale();
  const trpc = useTRPC();
  const verify = useQuery({ ...trpc.audit.verify.queryOptions(), staleTime: 0 });
  if (verify.isPending) return <Text as="p" role="status" color="gray">{t('audit.verifying')}</Text>;
  if (verify.isError) return <ErrorState error={verify.error} onRetry={() => void verify.refetch()} />;
  return verify.data.ok ? (
    <Callout.Root color="green" highContrast role="status" data-testid="audit-chain">
      <Callout.Text>{t('audit.chainOk', { entries: formatNumber(verify.data.entries, locale) })}</Callout.Text>
    </Callout.Root>
  ) : (
    <Callout.Root color="red" role="alert" data-testid="audit-chain">
      <Callout.Text>{t('audit.chainBroken', { seq: verify.data.brokenAt })}</Callout.Text>
    </Callout.Root>
  );
}

export function AuditScreen() {
  const { t, i18n } = useTranslation('staff');
  usePageTitle(t('audit.title'));
  const locale = useLocale();
  const trpc = useTRPC();
  const [draft, setDraft] = useState({ username: '', action: '', record: '', from: '', to: '' });
  const [filters, setFilters] = useState<AuditFilters>(empty);
  const [problem, setProblem] = useState<string | null>(null);
  // Keyset pages: the cursors of the pages walked so far, so "Newer" goes back without offsets.
  const [cursors, setCursors] = useState<(number | null)[]>([null]);
  const before = cursors[cursors.length - 1] ?? null;
  const page = useQuery({ ...trpc.audit.list.queryOptions({ filters, before, pageSize: PAGE_SIZE }), placeholderData: keepPreviousData });
  const exportCsv = useMutation(trpc.audit.exportCsv.mutationOptions({ onSuccess: (file) => downloadFile(file.filename, file.csv) }));

  const apply = (e: FormEvent) => {
    e.preventDefault();
    const parsed = AuditFilters.safeParse({ ...draft, from: draft.from || null, to: draft.to || null });
    if (!parsed.success) return setProblem(t('audit.datesOrder'));
    setProblem(null);
    setFilters(parsed.data);
    setCursors([null]);
  };
  const field = (name: keyof typeof draft, type: 'text' | 'date' = 'text') => (
    <Flex direction="column" gap="1">
      <FieldLabel htmlFor={`audit-${name}`} label={t(`audit.filters.${name}`)} />
      <TextField.Root id={`audit-${name}`} type={type} value={draft[name]} onChange={(e) => setDraft({ ...draft, [name]: e.target.value })} />
    </Flex>
  );
  const items = page.data?.items ?? [];

  return (
    <Flex direction="column" gap="4">
      <Heading as="h1" size="7">
        {t('audit.heading')}
      </Heading>
      <ChainStatus />
      <form onSubmit={apply} noValidate role="search" aria-label={t('audit.filtersLabel')}>
        <Flex gap="3" wrap="wrap" align="end">
          {field('username')}
          {field('action')}
          {field('record')}
          {field('from', 'date')}
          {field('to', 'date')}
          <Button type="submit">{t('audit.apply')}</Button>
          <Button type="button" variant="soft" loading={exportCsv.isPending} onClick={() => exportCsv.mutate(filters)}>
            {t('audit.export')}
          </Button>
        </Flex>
      </form>
      <Text as="p" size="1" color="gray">
        {t('audit.hint')}
      </Text>
      {problem || exportCsv.error ? (
        <Callout.Root color="red" role="alert">
          <Callout.Text>{problem ?? errorMessage(exportCsv.error, i18n)}</Callout.Text>
        </Callout.Root>
      ) : null}
      {exportCsv.data ? (
        <Text as="p" role="status" size="2">
          {t(exportCsv.data.truncated ? 'audit.exportedTruncated' : 'audit.exported', { rows: formatNumber(exportCsv.data.rows, locale) })}
        </Text>
      ) : null}
      {page.isPending ? (
        <LoadingState />
      ) : page.isError ? (
        <ErrorState error={page.error} onRetry={() => void page.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState headingLevel="h2" title={t('audit.empty')} />
      ) : (
        <>
          <Table.Root variant="surface" data-testid="audit-table">
            <caption className="kr-visually-hidden">{t('audit.heading')}</caption>
            <Table.Header>
              <Table.Row>
                <Table.ColumnHeaderCell>{t('audit.columns.at')}</Table.ColumnHeaderCell>
                <Table.ColumnHeaderCell>{t('audit.columns.who')}</Table.ColumnHeaderCell>
                <Table.ColumnHeaderCell>{t('audit.columns.action')}</Table.ColumnHeaderCell>
                <Table.ColumnHeaderCell>{t('audit.columns.record')}</Table.ColumnHeaderCell>
                <Table.ColumnHeaderCell>{t('audit.columns.detail')}</Table.ColumnHeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {items.map((e) => (
                <Table.Row key={e.seq} data-testid="audit-row">
                  <Table.RowHeaderCell>{formatDate(e.at, locale, { withTime: true })}</Table.RowHeaderCell>
                  <Table.Cell>{e.actorUsername ? `${e.actorName ?? ''} (${e.actorUsername})` : <Badge color="gray">{e.portal ?? t('audit.system')}</Badge>}</Table.Cell>
                  <Table.Cell>
                    <Code variant="ghost">{e.action}</Code>
                  </Table.Cell>
                  <Table.Cell>
                    <Text size="1">
                      {e.entity}
                      {e.entityId ? ` ${e.entityId}` : ''}
                    </Text>
                  </Table.Cell>
                  <Table.Cell>
                    <Text size="1" style={{ wordBreak: 'break-all' }}>
                      {e.detail === '{}' ? '' : e.detail}
                    </Text>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table.Root>
          <Flex gap="3" aria-busy={page.isFetching}>
            <Button variant="soft" disabled={cursors.length === 1} onClick={() => setCursors(cursors.slice(0, -1))}>
              {t('audit.newer')}
            </Button>
            <Button variant="soft" disabled={!page.data?.nextBefore} onClick={() => page.data?.nextBefore && setCursors([...cursors, page.data.nextBefore])}>
              {t('audit.older')}
            </Button>
          </Flex>
        </>
      )}
    </Flex>
  );
}
