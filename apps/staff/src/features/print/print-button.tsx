// "Print" on the pages that have a paper form (case page and its tabs, caseload), and the line every printout
// starts with: a child's record on paper must say it is confidential, who printed it and when.
import { Button, Text } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import type { CurrentUser } from '@kruosar/domain';
import { formatDate, useLocale } from '@kruosar/ui';
import './print.css';

export function PrintButton({ label }: { label?: string }) {
  const { t } = useTranslation('staff');
  return (
    <Button type="button" variant="soft" onClick={() => window.print()} data-testid="print-button">
      {label ?? t('print.button')}
    </Button>
  );
}

/** Hidden on screen; the first line of every printed page set. */
export function PrintedBy({ user }: { user: CurrentUser }) {
  const { t } = useTranslation('staff');
  const locale = useLocale();
  return (
    <Text as="p" size="1" className="kr-print-only" data-testid="printed-by" style={{ margin: '0 0 8px' }}>
      {t('print.confidential', { name: user.displayName, when: formatDate(new Date().toISOString(), locale, { withTime: true }) })}
    </Text>
  );
}
