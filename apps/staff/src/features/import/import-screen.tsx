// /import (admins, supervisors): bring an existing caseload in from CSV or XLSX. A dry run lists every row's
// problems in the user's language; then the valid rows are imported together.
import { Badge, Button, Callout, Flex, Heading, Progress, Table, Text } from '@radix-ui/themes';
import { useMutation } from '@tanstack/react-query';
import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportFile } from '@kruosar/domain';
import { errorMessage, formatNumber, useLocale, usePageTitle } from '@kruosar/ui';
import { useTRPC } from '../../lib/trpc';

const MAX_BYTES = 700 * 1024;

async function readAsBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function ImportScreen() {
  const { t, i18n } = useTranslation('staff');
  usePageTitle(t('import.title'));
  const locale = useLocale();
  const trpc = useTRPC();
  const [file, setFile] = useState<ImportFile | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const dryRun = useMutation(trpc.imports.dryRun.mutationOptions());
  const run = useMutation(trpc.imports.run.mutationOptions());
  const n = (v: number) => formatNumber(v, locale);

  const choose = async (e: ChangeEvent<HTMLInputElement>) => {
    dryRun.reset();
    run.reset();
    setFile(null);
    const chosen = e.target.files?.[0];
    if (!chosen) return;
    const format = /\.xlsx$/i.test(chosen.name) ? 'xlsx' : /\.csv$/i.test(chosen.name) ? 'csv' : null;
    if (!format) return setProblem(t('import.wrongType'));
    if (chosen.size > MAX_BYTES) return setProblem(t('import.tooBig'));
    setProblem(null);
    const next = { fileName: chosen.name, format, contentBase64: await readAsBase64(chosen) } as const;
    setFile(next);
    dryRun.mutate(next);
  };

  const report = dryRun.data;
  const step = run.isSuccess ? 4 : run.isPending ? 3 : report ? 2 : dryRun.isPending ? 1 : null;
  const error = dryRun.error ?? run.error;

  return (
    <Flex direction="column" gap="4" style={{ maxWidth: '60rem' }}>
      <Heading as="h1" size="7">
        {t('import.heading')}
      </Heading>
      <Text as="p" color="gray">
        {t('import.intro')}
      </Text>
      <Flex direction="column" gap="1">
        <Text as="label" htmlFor="import-file" weight="bold" size="2">
          {t('import.file')}
        </Text>
        <input id="import-file" type="file" accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" onChange={(e) => void choose(e)} aria-describedby="import-file-hint" />
        <Text as="p" id="import-file-hint" size="1" color="gray" style={{ margin: 0 }}>
          {t('import.fileHint')}
        </Text>
      </Flex>
      {step !== null ? (
        <Flex direction="column" gap="1" role="status" aria-live="polite">
          <Progress value={step * 25} aria-label={t('import.progressLabel')} aria-valuetext={t(`import.steps.${step}`)} />
          <Text size="2" data-testid="import-step">
            {t(`import.steps.${step}`)}
          </Text>
        </Flex>
      ) : null}
      {problem || error ? (
        <Callout.Root color="red" role="alert">
          <Callout.Text>{problem ?? errorMessage(error, i18n)}</Callout.Text>
        </Callout.Root>
      ) : null}
      {report && report.missingColumns.length > 0 ? (
        <Callout.Root color="red" role="alert">
          <Callout.Text>{t('import.missingColumns', { columns: report.missingColumns.join(', ') })}</Callout.Text>
        </Callout.Root>
      ) : null}
      {report && report.missingColumns.length === 0 ? (
        <>
          <Text as="p" data-testid="import-summary">
            {t('import.summary', { total: n(report.total), valid: n(report.valid), bad: n(report.total - report.valid) })}
          </Text>
          {report.rows.length > 0 ? (
            <Table.Root variant="surface" data-testid="import-problems">
              <caption className="kr-visually-hidden">{t('import.problemsLabel')}</caption>
              <Table.Header>
                <Table.Row>
                  <Table.ColumnHeaderCell>{t('import.columns.line')}</Table.ColumnHeaderCell>
                  <Table.ColumnHeaderCell>{t('import.columns.child')}</Table.ColumnHeaderCell>
                  <Table.ColumnHeaderCell>{t('import.columns.problems')}</Table.ColumnHeaderCell>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {report.rows.map((r) => (
                  <Table.Row key={r.line} data-testid="import-problem-row">
                    <Table.RowHeaderCell>{n(r.line)}</Table.RowHeaderCell>
                    <Table.Cell>{r.name || '—'}</Table.Cell>
                    <Table.Cell>
                      <ul style={{ margin: 0, paddingInlineStart: '1rem' }}>
                        {r.problems.map((p, i) => (
                          <li key={i}>
                            <Badge color="gray" highContrast mr="1">{p.column}</Badge>
                            {t(`import.problems.${p.key}`, { value: p.value })}
                          </li>
                        ))}
                      </ul>
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table.Root>
          ) : null}
          {run.data ? (
            <Callout.Root color="green" highContrast role="status" data-testid="import-done">
              <Callout.Text>{t('import.done', { imported: n(run.data.imported), skipped: n(run.data.skipped) })}</Callout.Text>
            </Callout.Root>
          ) : (
            <Flex>
              <Button disabled={report.valid === 0 || !file || run.isPending} loading={run.isPending} onClick={() => file && run.mutate(file)}>
                {t('import.run', { count: report.valid, valid: n(report.valid) })}
              </Button>
            </Flex>
          )}
        </>
      ) : null}
    </Flex>
  );
}
