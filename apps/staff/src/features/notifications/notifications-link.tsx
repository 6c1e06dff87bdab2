// The header's link to /notifications with the unread count; polled, so a new alert shows within half a minute.
import { Badge } from '@radix-ui/themes';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { formatNumber, useLocale } from '@kruosar/ui';
import { useTRPC } from '../../lib/trpc';

export function NotificationsLink() {
  const { t } = useTranslation('staff');
  const locale = useLocale();
  const trpc = useTRPC();
  const unread = useQuery({ ...trpc.notifications.unreadCount.queryOptions(), refetchInterval: 30_000 }).data?.unread ?? 0;
  return (
    <Link href="/notifications" aria-label={unread > 0 ? t('nav.notificationsUnread', { count: unread }) : t('nav.notifications')} data-testid="notifications-link">
      {t('nav.notifications')}{' '}
      {unread > 0 ? (
        <Badge color="red" variant="solid" data-testid="unread-count" aria-hidden>
          {formatNumber(unread, locale)}
        </Badge>
      ) : null}
    </Link>
  );
}
