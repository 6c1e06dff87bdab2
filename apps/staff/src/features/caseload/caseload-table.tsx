// One page of cases as a table with sortable columns; names only for roles that may see them.
import { Badge, Checkbox, Flex, Table, Text } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import type { CaseSummary, GeoUnit, RiskLevel } from '@kruosar/domain';
import { Link } from 'wouter';
import { formatDate, useLocale } from '@kruosar/ui';
import type { CaseSortKey, CaseloadParams } from './caseload-params';

const riskColor: Record<RiskLevel, 'red' | 'amber' | 'green'> = { high: 'red', medium: 'amber', low: 'green' };

type Props = {
  cases: CaseSummary[];
  params: CaseloadParams;
  onSort: (key: CaseSortKey) => void;
  communes: GeoUnit[];
  showNames: boolean;
  /** Supervisors tick cases for a bulk action. */
  selection?: RowSelection;
};

export type RowSelection = {
  isSelected: (id: string) => boolean;
  onToggle: (c: CaseSummary) => void;
  pageState: boolean | 'indeterminate';
  onTogglePage: () => void;
};

export function CaseloadTable({ cases, params, onSort, communes, showNames, selection }: Props) {
  const { t } = useTranslation(['staff', 'values', 'common']);
  const locale = useLocale();
  const communeName = (c: CaseSummary) => {
    const unit = communes.find((u) => u.code === c.communeCode);
    return unit ? (locale === 'km' ? unit.nameKm : unit.nameLatin) : c.communeName;
  };

  const sortable = (key: CaseSortKey, label: string) => {
    const active = params.sort === key;
    return (
      <Table.ColumnHeaderCell aria-sort={active ? (params.direction === 'asc' ? 'ascending' : 'descending') : undefined}>
        <button type="button" className="kr-sort-button" onClick={() => onSort(key)}>
          {label}
          <span aria-hidden="true">{active ? (params.direction === 'asc' ? '▲' : '▼') : '↕'}</span>
        </button>
      </Table.ColumnHeaderCell>
    );
  };
  const sortLabel: Record<CaseSortKey, string> = {
    reference: t('caseload.columns.reference'),
    childName: t('caseload.columns.child'),
    riskLevel: t('caseload.columns.risk'),
    registeredAt: t('caseload.columns.registered'),
    updatedAt: t('caseload.columns.registered'),
  };

  return (
    <Table.Root variant="surface">
      <caption className="kr-visually-hidden">{t('caseload.tableLabel', { column: sortLabel[params.sort] })}</caption>
      <Table.Header>
        <Table.Row>
          {selection ? (
            <Table.ColumnHeaderCell width="1">
              <Checkbox
                aria-label={t('caseload.selectPage')}
                checked={selection.pageState}
                onCheckedChange={selection.onTogglePage}
                data-testid="select-page"
              />
            </Table.ColumnHeaderCell>
          ) : null}
          {sortable('reference', t('caseload.columns.reference'))}
          {showNames ? sortable('childName', t('caseload.columns.child')) : <Table.ColumnHeaderCell>{t('caseload.columns.child')}</Table.ColumnHeaderCell>}
          <Table.ColumnHeaderCell>{t('caseload.columns.stage')}</Table.ColumnHeaderCell>
          {sortable('riskLevel', t('caseload.columns.risk'))}
          <Table.ColumnHeaderCell>{t('caseload.columns.commune')}</Table.ColumnHeaderCell>
          <Table.ColumnHeaderCell>{t('caseload.columns.caseworker')}</Table.ColumnHeaderCell>
          {sortable('registeredAt', t('caseload.columns.registered'))}
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {cases.map((c) => (
          <Table.Row key={c.id} data-testid="case-row">
            {selection ? (
              <Table.Cell>
                <Checkbox
                  aria-label={t('caseload.selectCase', { reference: c.reference })}
                  checked={selection.isSelected(c.id)}
                  onCheckedChange={() => selection.onToggle(c)}
                />
              </Table.Cell>
            ) : null}
            <Table.RowHeaderCell>
              <Text style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
                {/* Analysts have no case pages: the reference is plain text for them. */}
                {showNames ? <Link href={`/cases/${encodeURIComponent(c.id)}`}>{c.reference}</Link> : c.reference}
              </Text>
            </Table.RowHeaderCell>
            <Table.Cell>
              {c.childName === null ? (
                <Text color="gray">
                  <span aria-hidden="true">{t('common:none')}</span>
                  <span className="kr-visually-hidden">{t('caseload.nameHidden')}</span>
                </Text>
              ) : (
                <>
                  <Text as="div">{c.childName}</Text>
                  {c.childNameKm ? (
                    <Text as="div" size="2" color="gray" lang="km">
                      {c.childNameKm}
                    </Text>
                  ) : null}
                </>
              )}
            </Table.Cell>
            <Table.Cell>
              <Flex direction="column" gap="1" align="start">
                <Text>{t(`values:caseStage.${c.stage}`)}</Text>
                <CaseStatusBadge summary={c} />
              </Flex>
            </Table.Cell>
            <Table.Cell>
              <Flex direction="column" gap="1" align="start">
                <Badge color={riskColor[c.riskLevel]} highContrast>
                  {t(`values:riskLevel.${c.riskLevel}`)}
                </Badge>
                {c.pastFirstContactTarget ? (
                  <Badge color="red" variant="outline" highContrast>
                    {t('caseload.pastTarget')}
                  </Badge>
                ) : null}
              </Flex>
            </Table.Cell>
            <Table.Cell>{communeName(c)}</Table.Cell>
            <Table.Cell>{c.assignedToName ?? <Text color="gray">{t('caseload.unassigned')}</Text>}</Table.Cell>
            <Table.Cell style={{ whiteSpace: 'nowrap' }}>{formatDate(c.registeredAt, locale)}</Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table.Root>
  );
}

/** Closed and waiting-for-closure-approval cases share the closure stage: the badge tells them apart. */
function CaseStatusBadge({ summary }: { summary: CaseSummary }) {
  const { t } = useTranslation(['staff', 'values']);
  if (summary.closurePending) {
    return (
      <Badge color="amber" variant="outline" highContrast data-testid="case-status">
        {t('caseload.closurePending')}
      </Badge>
    );
  }
  if (summary.status === 'open') return null;
  return (
    <Badge color="gray" variant="solid" highContrast data-testid="case-status">
      {t(`values:caseStatus.${summary.status}`)}
    </Badge>
  );
}
