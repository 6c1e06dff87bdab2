// The triage queue's filters: commune (when the person works in more than one) and status.
import { Flex, Select, Text } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import type { GeoUnit } from '@kruosar/domain';
import { useLocale } from '@kruosar/ui';
import { statusFilters, type StatusFilter, type TriageParams } from './triage-params';

const ALL = 'all';

export function TriageFilters({ params, communes, onChange }: { params: TriageParams; communes: GeoUnit[]; onChange: (next: Partial<TriageParams>) => void }) {
  const { t } = useTranslation(['staff', 'values']);
  const locale = useLocale();
  const statusLabel = (s: StatusFilter) => (s === 'open' ? t('needs.filters.open') : s === 'all' ? t('needs.filters.allStatuses') : t(`values:needStatus.${s}`));
  return (
    <Flex gap="4" mb="4" wrap="wrap" align="end">
      {communes.length > 1 ? (
        <Flex direction="column" gap="1">
          <Text as="label" id="needs-commune-label" htmlFor="needs-commune" size="2" weight="bold">
            {t('caseload.commune')}
          </Text>
          <Select.Root value={params.communeCode ?? ALL} onValueChange={(v) => onChange({ communeCode: v === ALL ? null : v })}>
            <Select.Trigger id="needs-commune" aria-labelledby="needs-commune-label needs-commune" style={{ minWidth: '12rem' }} />
            <Select.Content position="popper">
              <Select.Item value={ALL}>{t('caseload.allCommunes')}</Select.Item>
              {communes.map((c) => (
                <Select.Item key={c.code} value={c.code}>
                  {locale === 'km' ? c.nameKm : c.nameLatin}
                </Select.Item>
              ))}
            </Select.Content>
          </Select.Root>
        </Flex>
      ) : null}
      <Flex direction="column" gap="1">
        <Text as="label" id="needs-status-label" htmlFor="needs-status" size="2" weight="bold">
          {t('needs.filters.status')}
        </Text>
        <Select.Root value={params.status} onValueChange={(v) => onChange({ status: v as StatusFilter })}>
          <Select.Trigger id="needs-status" aria-labelledby="needs-status-label needs-status" style={{ minWidth: '12rem' }} />
          <Select.Content position="popper">
            {statusFilters.map((s) => (
              <Select.Item key={s} value={s}>
                {statusLabel(s)}
              </Select.Item>
            ))}
          </Select.Content>
        </Select.Root>
      </Flex>
    </Flex>
  );
}
