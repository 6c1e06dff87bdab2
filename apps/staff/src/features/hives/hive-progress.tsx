// A commune's independence index and its progress to 2032: a bar out of 100, a status, and what the trend says.
import { Badge, Flex, Progress, Text } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import type { HiveSummary } from '@kruosar/domain';
import { formatNumber, useLocale } from '@kruosar/ui';

type Progression = HiveSummary['progress'];

const statusColor = { not_enough_history: 'gray', reached: 'green', on_track: 'green', behind: 'amber' } as const;

export function ProgressBadge({ progress }: { progress: Progression }) {
  const { t } = useTranslation('values');
  return (
    <Badge color={statusColor[progress.status]} highContrast>
      {t(`independenceStatus.${progress.status}`)}
    </Badge>
  );
}

/** "At this pace 74 by 2032; needs 9.1 points a year": the figures behind the status. */
export function ProgressDetail({ progress }: { progress: Progression }) {
  const { t } = useTranslation('staff');
  const locale = useLocale();
  if (progress.status !== 'on_track' && progress.status !== 'behind') return null;
  const n = (v: number) => formatNumber(v, locale, { maximumFractionDigits: 1 });
  return (
    <Text as="p" size="1" color="gray" style={{ margin: 0 }}>
      {t('hives.progress.projected', { value: n(progress.projectedIndexAtDeadline), pace: n(progress.pointsPerYear) })}
      {progress.requiredPointsPerYear !== null ? ` ${t('hives.progress.required', { value: n(progress.requiredPointsPerYear) })}` : ''}
    </Text>
  );
}

export function IndexBar({ index, label }: { index: number | null; label: string }) {
  const { t } = useTranslation('staff');
  const locale = useLocale();
  return (
    <Flex align="center" gap="2" style={{ minWidth: '10rem' }}>
      <Progress value={index ?? 0} max={100} aria-label={label} color={index === null ? 'gray' : 'teal'} style={{ flex: 1 }} />
      <Text style={{ fontVariantNumeric: 'tabular-nums', minWidth: '3ch' }}>{index === null ? t('hives.notRecorded') : formatNumber(index, locale, { maximumFractionDigits: 1 })}</Text>
    </Flex>
  );
}
