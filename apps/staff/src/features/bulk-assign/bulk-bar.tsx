// Above the caseload for supervisors: how many cases are chosen, "select all N matching", and assign.
import { Button, Card, Flex, Text } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import { formatNumber, useLocale } from '@kruosar/ui';
import type { StaffInputs } from '../case-page/case-types';
import { BulkAssignDialog } from './bulk-assign-dialog';
import { pageState, selectedCount, type CaseSelection, type SelectedCase } from './case-selection';

type Props = {
  selection: CaseSelection;
  onSelect: (selection: CaseSelection) => void;
  onClear: () => void;
  pageRows: SelectedCase[];
  total: number;
  listInput: StaffInputs['cases']['list'];
};

export function BulkBar({ selection, onSelect, onClear, pageRows, total, listInput }: Props) {
  const { t } = useTranslation('staff');
  const locale = useLocale();
  const count = selectedCount(selection);
  const n = (v: number) => formatNumber(v, locale);
  const offerAll = selection.mode === 'some' && pageState(selection, pageRows) === true && total > count;
  return (
    <Card mb="3" asChild>
      <section aria-label={t('bulkAssign.barLabel')}>
        <Flex gap="3" align="center" wrap="wrap">
          <Text role="status" weight={count > 0 ? 'bold' : 'regular'}>
            {selection.mode === 'all' ? t('bulkAssign.allSelected', { n: n(total) }) : t('bulkAssign.selected', { n: n(count) })}
          </Text>
          {offerAll ? (
            <Button type="button" variant="soft" onClick={() => onSelect({ mode: 'all', total })}>
              {t('bulkAssign.selectAllMatching', { n: n(total) })}
            </Button>
          ) : null}
          {count > 0 ? (
            <Button type="button" variant="ghost" onClick={onClear}>
              {t('bulkAssign.clear')}
            </Button>
          ) : null}
          <BulkAssignDialog selection={selection} listInput={listInput} onAssigned={onClear} />
        </Flex>
      </section>
    </Card>
  );
}
