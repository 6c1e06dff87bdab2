// A published count as the page shows it: "<10" and "x" are said in words to screen readers, never guessed at.
import { useTranslation } from 'react-i18next';
import { formatNumber, useLocale } from '@kruosar/ui';
import type { TableCell } from '@kruosar/domain';
import { SMALL_COUNT_NOTE_ID } from './small-count-note';

export function CellValue({ cell }: { cell: TableCell }) {
  const { t } = useTranslation('supporters');
  const locale = useLocale();
  if (cell.kind === 'count') return <>{formatNumber(cell.value, locale)}</>;
  const spoken = cell.kind === 'small' ? t('cells.smallSpoken') : t('cells.suppressedSpoken');
  return (
    <span data-cell={cell.kind}>
      <span aria-hidden="true">{cell.kind === 'small' ? '<10' : 'x'}</span>
      <span className="kr-visually-hidden">{spoken}</span>
    </span>
  );
}

/** The words for a shown value, for aria-labels and chart summaries. */
export function useCellWords() {
  const { t } = useTranslation('supporters');
  const locale = useLocale();
  return (cell: TableCell) => (cell.kind === 'count' ? formatNumber(cell.value, locale) : cell.kind === 'small' ? t('cells.smallSpoken') : t('cells.suppressedSpoken'));
}

/** aria-describedby for a value that needs the "<10" explanation. */
export const describedByNote = (cell: TableCell | undefined) => (cell && cell.kind !== 'count' ? SMALL_COUNT_NOTE_ID : undefined);
