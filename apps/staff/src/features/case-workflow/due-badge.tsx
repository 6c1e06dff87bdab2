// Where a dated task stands: done, due this week, overdue, upcoming or cancelled.
import { Badge } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import type { DueStatus } from '@kruosar/domain';

export type DueState = DueStatus | 'cancelled';

const color: Record<DueState, 'green' | 'amber' | 'red' | 'gray'> = { done: 'green', due: 'amber', overdue: 'red', upcoming: 'gray', cancelled: 'gray' };

export function DueBadge({ status }: { status: DueState }) {
  const { t } = useTranslation('values');
  return (
    <Badge color={color[status]} variant={status === 'cancelled' ? 'outline' : 'soft'} highContrast data-testid="due-status">
      {t(`followUpStatus.${status}`)}
    </Badge>
  );
}
