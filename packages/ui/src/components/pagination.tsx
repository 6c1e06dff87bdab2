// Previous / Next with "x–y of N"; the range is announced when it changes.
import { Button, Flex, Text } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../format/format';
import { useLocale } from '../i18n/use-locale';

export type PaginationProps = {
  page: number;
  pageSize: number;
  total: number;
  onPage: (page: number) => void;
  /** Names this navigation when a screen has more than one paged list (each landmark needs its own name). */
  label?: string;
};

export function pageRange(page: number, pageSize: number, total: number): { from: number; to: number } {
  if (total === 0) return { from: 0, to: 0 };
  const from = Math.min((page - 1) * pageSize + 1, total);
  return { from, to: Math.min(page * pageSize, total) };
}

export function Pagination({ page, pageSize, total, onPage, label }: PaginationProps) {
  const { t } = useTranslation(['common', 'errors', 'values']);
  const locale = useLocale();
  const { from, to } = pageRange(page, pageSize, total);
  const n = (v: number) => formatNumber(v, locale);
  return (
    <Flex asChild align="center" justify="between" gap="3" wrap="wrap" py="3">
      <nav aria-label={label ?? t('pagination.label')}>
        <Text aria-live="polite" color="gray">
          {total === 0 ? t('pagination.none') : t('pagination.range', { from: n(from), to: n(to), total: n(total) })}
        </Text>
        <Flex gap="2">
          <Button type="button" variant="soft" disabled={page <= 1} onClick={() => onPage(page - 1)}>
            {t('pagination.previous')}
          </Button>
          <Button type="button" variant="soft" disabled={to >= total} onClick={() => onPage(page + 1)}>
            {t('pagination.next')}
          </Button>
        </Flex>
      </nav>
    </Flex>
  );
}
