// The six milestones towards independence, each with how far the commune has come (docs/DESIGN.md §4, Community).
import { REGULAR_MEETINGS_PER_6_MONTHS, type HiveMilestones } from '@kruosar/domain';
import { formatNumber, useLocale, useTranslation } from '@kruosar/ui/hive-lite';
import { Bar } from './bar';
import { digitsFor } from '../../lib/digits';

type Row = { key: 'committeeFormed' | 'volunteersTrained' | 'regularMeetings' | 'resolvedLocally' | 'budgetLine' | 'referralPathway'; value: number; max: number; label: string };

export function MilestoneList({ milestones: m }: { milestones: HiveMilestones | null }) {
  const { t } = useTranslation('hive');
  const locale = useLocale();
  if (!m) return <p className="kr-muted">{t('board.noMilestones')}</p>;
  const n = (value: number) => formatNumber(value, locale, { digits: digitsFor(locale) });
  const yesNo = (done: boolean): Pick<Row, 'value' | 'max' | 'label'> => ({ value: done ? 1 : 0, max: 1, label: t(done ? 'board.done' : 'board.notYet') });
  const rows: Row[] = [
    { key: 'committeeFormed', ...yesNo(m.committeeFormed) },
    { key: 'volunteersTrained', value: m.volunteersTrained, max: m.volunteersTarget, label: t('board.outOf', { count: n(m.volunteersTrained), max: n(m.volunteersTarget) }) },
    {
      key: 'regularMeetings',
      value: m.meetingsHeldLast6Months,
      max: REGULAR_MEETINGS_PER_6_MONTHS,
      label: t('board.outOf', { count: n(m.meetingsHeldLast6Months), max: n(REGULAR_MEETINGS_PER_6_MONTHS) }),
    },
    { key: 'resolvedLocally', value: m.shareOfNeedsResolvedLocally, max: 1, label: formatNumber(m.shareOfNeedsResolvedLocally, locale, { digits: digitsFor(locale), style: 'percent', maximumFractionDigits: 0 }) },
    { key: 'budgetLine', ...yesNo(m.budgetLineAdopted) },
    { key: 'referralPathway', ...yesNo(m.referralPathwayMapped) },
  ];
  return (
    <table className="hive-bars" data-testid="milestones">
      <caption className="kr-visually-hidden">{t('board.milestones')}</caption>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{t(`board.milestone.${row.key}`)}</th>
            <td>
              <Bar value={row.value} max={row.max} label={row.label} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
