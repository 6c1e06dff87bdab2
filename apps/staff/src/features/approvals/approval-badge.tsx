// Where a record stands in its approval: draft, waiting, approved or returned.
import { Badge } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import type { ApprovalState } from '@kruosar/domain';

const color: Record<ApprovalState, 'gray' | 'amber' | 'green' | 'red'> = { draft: 'gray', submitted: 'amber', approved: 'green', returned: 'red' };

export function ApprovalBadge({ state }: { state: ApprovalState }) {
  const { t } = useTranslation('values');
  return (
    <Badge color={color[state]} highContrast data-testid="approval-state">
      {t(`approvalState.${state}`)}
    </Badge>
  );
}
