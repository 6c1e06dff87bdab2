// Open cases counted by stage (rows) and risk (columns), with totals: where the work sits and how urgent it is.
import { Table, Text } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import { caseStages, riskLevels, type CaseStage, type RiskLevel } from '@kruosar/domain';
import { formatNumber, useLocale } from '@kruosar/ui';

type Cell = { stage: CaseStage; riskLevel: RiskLevel; count: number };

export function StageRiskTable({ cells }: { cells: Cell[] }) {
  const { t } = useTranslation(['staff', 'values']);
  const locale = useLocale();
  const count = (stage: CaseStage, risk: RiskLevel) => cells.find((c) => c.stage === stage && c.riskLevel === risk)?.count ?? 0;
  const stageTotal = (stage: CaseStage) => riskLevels.reduce((sum, r) => sum + count(stage, r), 0);
  const riskTotal = (risk: RiskLevel) => caseStages.reduce((sum, s) => sum + count(s, risk), 0);
  const total = cells.reduce((sum, c) => sum + c.count, 0);
  const n = (v: number) => formatNumber(v, locale);
  return (
    <Table.Root variant="surface" data-testid="stage-risk">
      <caption className="kr-visually-hidden">{t('dashboard.openByStageRisk')}</caption>
      <Table.Header>
        <Table.Row>
          <Table.ColumnHeaderCell>{t('caseload.columns.stage')}</Table.ColumnHeaderCell>
          {riskLevels.map((r) => (
            <Table.ColumnHeaderCell key={r} justify="end">
              {t(`values:riskLevel.${r}`)}
            </Table.ColumnHeaderCell>
          ))}
          <Table.ColumnHeaderCell justify="end">{t('dashboard.total')}</Table.ColumnHeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {caseStages.map((stage) => (
          <Table.Row key={stage}>
            <Table.RowHeaderCell>{t(`values:caseStage.${stage}`)}</Table.RowHeaderCell>
            {riskLevels.map((r) => (
              <Table.Cell key={r} justify="end" style={{ fontVariantNumeric: 'tabular-nums' }}>
                {n(count(stage, r))}
              </Table.Cell>
            ))}
            <Table.Cell justify="end" style={{ fontVariantNumeric: 'tabular-nums' }}>
              <Text weight="bold">{n(stageTotal(stage))}</Text>
            </Table.Cell>
          </Table.Row>
        ))}
        <Table.Row>
          <Table.RowHeaderCell>
            <Text weight="bold">{t('dashboard.total')}</Text>
          </Table.RowHeaderCell>
          {riskLevels.map((r) => (
            <Table.Cell key={r} justify="end" style={{ fontVariantNumeric: 'tabular-nums' }}>
              <Text weight="bold">{n(riskTotal(r))}</Text>
            </Table.Cell>
          ))}
          <Table.Cell justify="end" style={{ fontVariantNumeric: 'tabular-nums' }}>
            <Text weight="bold">{n(total)}</Text>
          </Table.Cell>
        </Table.Row>
      </Table.Body>
    </Table.Root>
  );
}
