// The independence index over time, newest first: each recorded point with the milestones it was computed from.
import { Heading, Table, Text } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import type { IndependenceRecord } from '@kruosar/domain';
import { formatDate, formatNumber, useLocale } from '@kruosar/ui';
import { IndexBar } from './hive-progress';

export function IndexHistory({ history }: { history: IndependenceRecord[] }) {
  const { t } = useTranslation('staff');
  const locale = useLocale();
  const n = (v: number) => formatNumber(v, locale);
  const yesNo = (v: boolean) => t(v ? 'hives.yes' : 'hives.no');
  return (
    <section aria-labelledby="hive-history-heading">
      <Heading as="h2" size="5" id="hive-history-heading" mb="2">
        {t('hives.history.heading')}
      </Heading>
      {history.length === 0 ? (
        <Text as="p" color="gray">
          {t('hives.history.empty')}
        </Text>
      ) : (
        <Table.Root variant="surface" size="1" data-testid="index-history">
          <caption className="kr-visually-hidden">{t('hives.history.heading')}</caption>
          <Table.Header>
            <Table.Row>
              <Table.ColumnHeaderCell>{t('hives.history.date')}</Table.ColumnHeaderCell>
              <Table.ColumnHeaderCell>{t('hives.columns.index')}</Table.ColumnHeaderCell>
              <Table.ColumnHeaderCell>{t('hives.milestones.committeeFormed')}</Table.ColumnHeaderCell>
              <Table.ColumnHeaderCell>{t('hives.milestones.volunteersTrained')}</Table.ColumnHeaderCell>
              <Table.ColumnHeaderCell>{t('hives.milestones.regularMeetings')}</Table.ColumnHeaderCell>
              <Table.ColumnHeaderCell>{t('hives.milestones.resolvedLocally')}</Table.ColumnHeaderCell>
              <Table.ColumnHeaderCell>{t('hives.milestones.budgetLineAdopted')}</Table.ColumnHeaderCell>
              <Table.ColumnHeaderCell>{t('hives.milestones.referralPathwayMapped')}</Table.ColumnHeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {[...history].reverse().map((point, i) => (
              <Table.Row key={`${point.date}-${i}`} data-testid="history-row">
                <Table.RowHeaderCell style={{ whiteSpace: 'nowrap' }}>{formatDate(point.date, locale)}</Table.RowHeaderCell>
                <Table.Cell>
                  <IndexBar index={point.index} label={t('hives.indexOn', { date: formatDate(point.date, locale) })} />
                </Table.Cell>
                <Table.Cell>{yesNo(point.milestones.committeeFormed)}</Table.Cell>
                <Table.Cell>{t('hives.outOf', { count: n(point.milestones.volunteersTrained), max: n(point.milestones.volunteersTarget) })}</Table.Cell>
                <Table.Cell>{n(point.milestones.meetingsHeldLast6Months)}</Table.Cell>
                <Table.Cell>{formatNumber(point.milestones.shareOfNeedsResolvedLocally, locale, { style: 'percent', maximumFractionDigits: 0 })}</Table.Cell>
                <Table.Cell>{yesNo(point.milestones.budgetLineAdopted)}</Table.Cell>
                <Table.Cell>{yesNo(point.milestones.referralPathwayMapped)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table.Root>
      )}
    </section>
  );
}
