// Other needs that may be the same household (same village, similar story), so one family is not taken on twice.
import { Flex, Text } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { PossibleDuplicateNeed } from '@kruosar/domain';
import { formatDate, formatNumber, useLocale } from '@kruosar/ui';

export function PossibleDuplicates({ duplicates, compact = false }: { duplicates: PossibleDuplicateNeed[]; compact?: boolean }) {
  const { t } = useTranslation(['staff', 'values', 'common']);
  const locale = useLocale();
  if (duplicates.length === 0) return compact ? <Text color="gray">{t('common:none')}</Text> : <Text color="gray">{t('needs.duplicates.none')}</Text>;
  return (
    <Flex direction="column" gap="1" asChild>
      <ul style={{ margin: 0, paddingInlineStart: compact ? 0 : '1.25rem', listStyle: compact ? 'none' : undefined }} data-testid="possible-duplicates">
        {duplicates.map((d) => (
          <li key={d.id}>
            <Link href={`/needs/${d.id}`}>
              {t(`values:needCategory.${d.category}`)} · {d.villageName} · {formatDate(d.reportedAt, locale)}
            </Link>{' '}
            <Text size="1" color="gray">
              ({t(`values:needStatus.${d.status}`)}; {t('needs.duplicates.likeness', { percent: formatNumber(d.score, locale, { style: 'percent', maximumFractionDigits: 0 }) })})
            </Text>
          </li>
        ))}
      </ul>
    </Flex>
  );
}
