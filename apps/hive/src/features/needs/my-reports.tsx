// "My reports": the volunteer's own needs, their status and the team's message back.
import { EmptyState, formatDate, useLocale, useTranslation } from '@kruosar/ui/hive-lite';
import type { NeedStatus, VolunteerNeed } from '@kruosar/domain';

const statusClass: Record<NeedStatus, string> = {
  received: 'kr-badge kr-badge-info',
  triaged: 'kr-badge kr-badge-warning',
  linked_to_case: 'kr-badge',
  referred: 'kr-badge',
  resolved: 'kr-badge kr-badge-success',
  not_actionable: 'kr-badge kr-badge-danger',
};

export function MyReports({ needs }: { needs: VolunteerNeed[] }) {
  const { t } = useTranslation(['hive', 'values']);
  const locale = useLocale();
  if (needs.length === 0) return <EmptyState headingLevel="h3" title={t('reports.empty.title')} body={t('reports.empty.body')} />;
  return (
    <ul className="kr-list" data-testid="my-reports">
      {needs.map((need) => (
        <li key={need.id} data-testid="my-report">
          <h3 style={{ margin: 0, fontSize: '1.05rem' }}>{t(`values:needCategory.${need.category}`)}</h3>
          <p className="kr-muted" style={{ margin: 0 }}>
            {need.villageName} · {t('reports.reported', { date: formatDate(need.reportedAt, locale) })}
          </p>
          <p style={{ margin: 'var(--kr-space-1) 0' }}>
            <span className="kr-visually-hidden">{t('reports.status')}: </span>
            <span className={statusClass[need.status]}>{t(`values:needStatus.${need.status}`)}</span>
          </p>
          <p className="kr-clamp" style={{ margin: 0 }}>
            {need.description}
          </p>
          {need.messageToVolunteer ? (
            <div className="kr-callout kr-callout-info">
              <p>
                <strong>{t('reports.messageFromTeam')}:</strong> {need.messageToVolunteer}
              </p>
            </div>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
