// /notifications: the person's alerts, newest first (keyset pages), each opening the place to act; and their
// email alerts (address, daily digest).
import { zodResolver } from '@hookform/resolvers/zod';
import { Badge, Button, Card, Checkbox, Flex, Heading, Text } from '@radix-ui/themes';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { z } from 'zod';
import { EmailPreferencesInput } from '@kruosar/domain';
import { EmptyState, ErrorState, LoadingState, formatDate, useLocale, usePageTitle } from '@kruosar/ui';
import { useTRPC } from '../../lib/trpc';
import type { StaffOutputs } from '../case-page/case-types';
import { FormProblems, TextInputField } from '../case-workflow/form-fields';
import { SaveError, showServerFieldErrors } from '../case-workflow/save-error';
import { useAlertStrings } from '../my-work/alert-strings';

type Item = StaffOutputs['notifications']['list']['items'][number];

export function NotificationsScreen() {
  useAlertStrings();
  const { t } = useTranslation('alerts');
  usePageTitle(t('notifications.title'));
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [, navigate] = useLocation();
  const list = useInfiniteQuery(
    trpc.notifications.list.infiniteQueryOptions({ limit: 30 }, { initialCursor: null, getNextPageParam: (page) => page.next }),
  );
  const markRead = useMutation(
    trpc.notifications.markRead.mutationOptions({
      onSuccess: () => {
        void queryClient.invalidateQueries({ queryKey: trpc.notifications.pathKey() });
        void queryClient.invalidateQueries({ queryKey: trpc.myWork.pathKey() });
      },
    }),
  );
  const items = (list.data?.pages ?? []).flatMap((p) => p.items);
  const open = (n: Item) => {
    if (n.readAt === null) markRead.mutate({ ids: [n.id] });
    navigate(n.link);
  };

  return (
    <Flex direction="column" gap="4">
      <Flex justify="between" align="center" wrap="wrap" gap="3">
        <Heading as="h1" size="7">
          {t('notifications.heading')}
        </Heading>
        {items.some((n) => n.readAt === null) ? (
          <Button type="button" variant="soft" onClick={() => markRead.mutate({ ids: 'all' })} loading={markRead.isPending}>
            {t('notifications.markAllRead')}
          </Button>
        ) : null}
      </Flex>
      {list.isPending ? (
        <LoadingState />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState title={t('notifications.empty')} />
      ) : (
        <ul style={{ listStyle: 'none', padding: 0, margin: 0, display: 'grid', gap: 'var(--space-2)' }}>
          {items.map((n) => (
            <NotificationRow key={n.id} n={n} onOpen={() => open(n)} />
          ))}
        </ul>
      )}
      {list.hasNextPage ? (
        <Button type="button" variant="soft" color="gray" onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>
          {t('notifications.more')}
        </Button>
      ) : null}
      <EmailPreferences />
    </Flex>
  );
}

function NotificationRow({ n, onOpen }: { n: Item; onOpen: () => void }) {
  const { t } = useTranslation('alerts');
  const locale = useLocale();
  const record = n.detail.record ? t(`notifications.record.${n.detail.record as 'assessment'}`) : '';
  const title = t(`notifications.kind.${n.kind}`, { reference: n.detail.reference ?? '', record, total: n.detail.total ?? '', references: n.detail.references ?? '' });
  return (
    <li data-testid="notification" data-unread={n.readAt === null ? 'true' : 'false'}>
      <Card>
        <Flex justify="between" align="center" gap="3" wrap="wrap">
          <div>
            <Text as="p" weight={n.readAt === null ? 'bold' : undefined} style={{ margin: 0 }}>
              {n.readAt === null ? (
                <>
                  <Badge color="red">{t('notifications.unread')}</Badge>{' '}
                </>
              ) : null}
              {title}
            </Text>
            {n.detail.reason ? (
              <Text as="p" size="2" style={{ margin: 0 }}>
                {t('notifications.reason', { reason: n.detail.reason })}
              </Text>
            ) : null}
            <Text as="p" size="1" color="gray" style={{ margin: 0 }}>
              {formatDate(n.createdAt, locale, { withTime: true })}
            </Text>
          </div>
          <Button type="button" onClick={onOpen} aria-label={`${t('notifications.open')}: ${title}`}>
            {t('notifications.open')}
          </Button>
        </Flex>
      </Card>
    </li>
  );
}

type PrefValues = z.input<typeof EmailPreferencesInput>;

function EmailPreferences() {
  const trpc = useTRPC();
  const prefs = useQuery(trpc.notifications.emailPreferences.queryOptions());
  if (prefs.isPending) return <LoadingState />;
  if (prefs.isError) return <ErrorState error={prefs.error} onRetry={() => void prefs.refetch()} />;
  return <EmailPreferencesForm initial={prefs.data ?? { email: '', dailyDigest: false }} />;
}

function EmailPreferencesForm({ initial }: { initial: { email: string; dailyDigest: boolean } }) {
  const { t } = useTranslation('alerts');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [saved, setSaved] = useState(false);
  const save = useMutation(trpc.notifications.saveEmailPreferences.mutationOptions());
  const { control, register, handleSubmit, setError, formState } = useForm<PrefValues, unknown, EmailPreferencesInput>({ resolver: zodResolver(EmailPreferencesInput), defaultValues: initial });
  const { errors } = formState;
  const onSubmit = handleSubmit((values) => {
    setSaved(false);
    save.mutate(values, {
      onSuccess: () => {
        setSaved(true);
        void queryClient.invalidateQueries({ queryKey: trpc.notifications.emailPreferences.queryKey() });
      },
      onError: (error) => showServerFieldErrors(error, setError),
    });
  });
  return (
    <Card size="3" asChild>
      <form onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby="email-alerts-heading" aria-busy={save.isPending}>
        <Flex direction="column" gap="3">
          <Heading as="h2" size="5" id="email-alerts-heading">
            {t('notifications.emailHeading')}
          </Heading>
          <Text as="p" size="2" color="gray">
            {t('notifications.emailIntro')}
          </Text>
          <TextInputField id="alerts-email" label={t('notifications.email')} error={errors.email} registration={register('email')} />
          <Controller
            control={control}
            name="dailyDigest"
            render={({ field }) => (
              <Text as="label" size="2">
                <Flex gap="2" align="center">
                  <Checkbox checked={field.value === true} onCheckedChange={(v) => field.onChange(v === true)} />
                  {t('notifications.dailyDigest')}
                </Flex>
              </Text>
            )}
          />
          <FormProblems show={formState.submitCount > 0 && Object.keys(errors).length > 0} />
          <SaveError error={save.error} onReload={() => save.reset()} />
          {saved ? (
            <Text role="status" color="green" weight="medium">
              {t('notifications.saved')}
            </Text>
          ) : null}
          <Flex>
            <Button type="submit" loading={save.isPending}>
              {t('notifications.save')}
            </Button>
          </Flex>
        </Flex>
      </form>
    </Card>
  );
}
