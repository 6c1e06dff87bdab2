// Words and colours for snapshots, shared by the list and the detail screens.
import { useTranslation } from 'react-i18next';
import { formatNumber, formatYear, useLocale } from '@kruosar/ui';
import { parseQuarter } from './quarters';

export const snapshotStatusColour = { draft: 'gray', in_review: 'amber', approved: 'teal', published: 'green', superseded: 'gray', discarded: 'gray', withdrawn: 'red' } as const;

/** "Q3 2026" in the reader's language. */
export function useQuarterText() {
  const { t } = useTranslation('staff');
  const locale = useLocale();
  return (quarter: string) => {
    const parsed = parseQuarter(quarter);
    return parsed ? t('snapshots.quarter', { number: formatNumber(parsed.number, locale), year: formatYear(parsed.year, locale) }) : quarter;
  };
}

type Translator = { exists: (key: string) => boolean; t: (key: string) => string };

/** An indicator id ("families_supported", "services.counselling") in words; an unknown id is shown as it is. */
export function indicatorLabelOf(i18n: unknown, id: string): string {
  const translator = i18n as Translator;
  const label = (key: string, fallback: string) => (translator.exists(key) ? translator.t(key) : fallback);
  const service = /^services\.([a-z_]+)$/.exec(id)?.[1];
  if (service) return `${label('values:impactIndicator.services', 'services')}: ${label(`values:serviceType.${service}`, service)}`;
  return label(`values:impactIndicator.${id}`, id);
}
