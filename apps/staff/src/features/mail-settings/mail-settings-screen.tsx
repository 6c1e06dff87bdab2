// /mail-settings (admins): the organisation's SMTP server for alerts and digests, and how the outbox is doing.
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Card, Flex, Heading, Text } from '@radix-ui/themes';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { SmtpSettingsInput, smtpSecurities } from '@kruosar/domain';
import { ErrorState, LoadingState, formatNumber, useLocale, usePageTitle } from '@kruosar/ui';
import { useTRPC } from '../../lib/trpc';
import type { StaffOutputs } from '../case-page/case-types';
import { FormProblems, SelectField, TextInputField } from '../case-workflow/form-fields';
import { SaveError, showServerFieldErrors } from '../case-workflow/save-error';
import { useAlertStrings } from '../my-work/alert-strings';

type Values = z.input<typeof SmtpSettingsInput>;
type Current = StaffOutputs['mailSettings']['get'];

export function MailSettingsScreen() {
  useAlertStrings();
  const { t } = useTranslation('alerts');
  usePageTitle(t('mail.title'));
  const trpc = useTRPC();
  const current = useQuery(trpc.mailSettings.get.queryOptions());
  return (
    <Flex direction="column" gap="4">
      <Heading as="h1" size="7">
        {t('mail.heading')}
      </Heading>
      <Text as="p" color="gray">
        {t('mail.intro')}
      </Text>
      {current.isPending ? (
        <LoadingState />
      ) : current.isError ? (
        <ErrorState error={current.error} onRetry={() => void current.refetch()} />
      ) : (
        <>
          <MailForm current={current.data} />
          <Outbox current={current.data} />
        </>
      )}
    </Flex>
  );
}

function MailForm({ current }: { current: Current }) {
  const { t } = useTranslation('alerts');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [saved, setSaved] = useState(false);
  const save = useMutation(trpc.mailSettings.save.mutationOptions());
  const s = current.settings;
  const { control, register, handleSubmit, setError, formState } = useForm<Values, unknown, SmtpSettingsInput>({
    resolver: zodResolver(SmtpSettingsInput),
    defaultValues: { host: s?.host ?? '', port: s ? String(s.port) : '587', security: s?.security ?? 'starttls', sender: s?.sender ?? '', portalUrl: s?.portalUrl ?? '' },
  });
  const { errors } = formState;
  const onSubmit = handleSubmit((values) => {
    setSaved(false);
    save.mutate(values, {
      onSuccess: () => {
        setSaved(true);
        void queryClient.invalidateQueries({ queryKey: trpc.mailSettings.get.queryKey() });
      },
      onError: (error) => showServerFieldErrors(error, setError),
    });
  });
  return (
    <Card size="3" asChild>
      <form onSubmit={(e) => void onSubmit(e)} noValidate aria-label={t('mail.heading')} aria-busy={save.isPending}>
        <Flex direction="column" gap="3">
          {s === null ? (
            <Text as="p" color="amber" weight="medium">
              {t('mail.notSet')}
            </Text>
          ) : null}
          <TextInputField id="mail-host" label={t('mail.host')} error={errors.host} registration={register('host')} />
          <TextInputField id="mail-port" label={t('mail.port')} error={errors.port} registration={register('port')} />
          <Controller
            control={control}
            name="security"
            render={({ field }) => (
              <SelectField id="mail-security" label={t('mail.security')} value={field.value} onChange={field.onChange} error={errors.security} options={smtpSecurities.map((v) => ({ value: v, label: t(`mail.securityOption.${v}`) }))} />
            )}
          />
          <TextInputField id="mail-sender" label={t('mail.sender')} error={errors.sender} registration={register('sender')} />
          <TextInputField id="mail-portal-url" label={t('mail.portalUrl')} hint={t('mail.portalUrlHint')} optional error={errors.portalUrl} registration={register('portalUrl')} />
          <FormProblems show={formState.submitCount > 0 && Object.keys(errors).length > 0} />
          <SaveError error={save.error} onReload={() => save.reset()} />
          {saved ? (
            <Text role="status" color="green" weight="medium">
              {t('mail.saved')}
            </Text>
          ) : null}
          <Flex>
            <Button type="submit" loading={save.isPending}>
              {t('mail.save')}
            </Button>
          </Flex>
        </Flex>
      </form>
    </Card>
  );
}

function Outbox({ current }: { current: Current }) {
  const { t } = useTranslation('alerts');
  const locale = useLocale();
  const o = current.outbox;
  return (
    <Card size="3" asChild>
      <section aria-labelledby="outbox-heading">
        <Heading as="h2" size="5" id="outbox-heading" mb="2">
          {t('mail.outboxHeading')}
        </Heading>
        <dl data-testid="outbox-counts" style={{ display: 'grid', gridTemplateColumns: 'auto auto', gap: 'var(--space-1) var(--space-4)', justifyContent: 'start', margin: 0 }}>
          <dt>{t('mail.waiting')}</dt>
          <dd style={{ margin: 0 }}>{formatNumber(o.waiting, locale)}</dd>
          <dt>{t('mail.sent')}</dt>
          <dd style={{ margin: 0 }}>{formatNumber(o.sent, locale)}</dd>
          <dt>{t('mail.failed')}</dt>
          <dd style={{ margin: 0 }}>{formatNumber(o.failed, locale)}</dd>
        </dl>
        {o.lastError ? (
          <Text as="p" size="2" color="red" mt="2">
            {t('mail.lastError', { error: o.lastError })}
          </Text>
        ) : null}
      </section>
    </Card>
  );
}
