// Download the caseload as CSV with the filters on screen; the server decides the columns (de-identified for analysts).
import { Button, Callout, Flex, Text } from '@radix-ui/themes';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { errorMessage, formatNumber, useLocale } from '@kruosar/ui';
import { useTRPC } from '../../lib/trpc';
import type { StaffInputs } from '../case-page/case-types';

type ExportInput = StaffInputs['cases']['exportCsv'];

/** Hands the text to the browser as a file download; the object URL is let go right after. */
export function downloadFile(filename: string, text: string, type = 'text/csv;charset=utf-8') {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export function ExportButton({ filters }: { filters: ExportInput }) {
  const { t, i18n } = useTranslation('staff');
  const locale = useLocale();
  const trpc = useTRPC();
  const exportCsv = useMutation(trpc.cases.exportCsv.mutationOptions({ onSuccess: (file) => downloadFile(file.filename, file.csv) }));
  return (
    <Flex direction="column" gap="2" align="end">
      <Button type="button" variant="soft" onClick={() => exportCsv.mutate(filters)} loading={exportCsv.isPending} disabled={exportCsv.isPending}>
        {t('export.button')}
      </Button>
      <div role="status">
        {exportCsv.data ? (
          <Text size="2" color="gray">
            {exportCsv.data.identified
              ? t('export.done', { n: formatNumber(exportCsv.data.rows, locale) })
              : t('export.doneDeidentified', { n: formatNumber(exportCsv.data.rows, locale) })}
          </Text>
        ) : null}
      </div>
      {exportCsv.error ? (
        <Callout.Root color="red" role="alert" size="1">
          <Callout.Text>{errorMessage(exportCsv.error, i18n)}</Callout.Text>
        </Callout.Root>
      ) : null}
    </Flex>
  );
}
