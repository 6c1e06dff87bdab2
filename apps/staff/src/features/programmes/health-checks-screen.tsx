// /programmes/sessions/:id/health: an outreach day's health checks on a tablet. Each child on the attendance list gets
// a weight and height, the growth indication the server computes, and a referral to a health centre if needed.
import { Badge, Button, Callout, Card, Checkbox, Flex, Heading, Link as RadixLink, Text, TextField } from '@radix-ui/themes';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { GrowthIndication, HealthChecksView } from '@kruosar/domain';
import { EmptyState, ErrorState, LoadingState, formatDate, formatNumber, useLocale, usePageTitle } from '@kruosar/ui';
import { useTRPC } from '../../lib/trpc';
import { useHealthStrings } from './health-strings';
import { SaveError } from '../case-workflow/save-error';

const indicationColor: Record<GrowthIndication, 'green' | 'amber' | 'red'> = { ok: 'green', watch: 'amber', concern: 'red' };

export function IndicationBadge({ indication }: { indication: GrowthIndication }) {
  const { t } = useTranslation(['health', 'programmes']);
  return <Badge size="2" color={indicationColor[indication]} highContrast data-testid="indication">{t(`health.indication.${indication}`)}</Badge>;
}

export function HealthChecksScreen({ sessionId }: { sessionId: string }) {
  useHealthStrings();
  const { t } = useTranslation(['health', 'programmes']);
  usePageTitle(t('health.title'));
  const locale = useLocale();
  const trpc = useTRPC();
  const view = useQuery(trpc.programmes.healthChecks.queryOptions({ id: sessionId }));
  if (view.isPending) return <LoadingState />;
  if (view.isError) return <ErrorState error={view.error} onRetry={() => void view.refetch()} />;
  const { session, programmeName, programmeKind, children } = view.data;
  const checked = children.filter((c) => c.check !== null).length;
  return (
    <Flex direction="column" gap="4">
      <Flex gap="3" wrap="wrap">
        <RadixLink asChild size="2"><Link href={`/programmes/${session.programmeId}`}>{programmeName}</Link></RadixLink>
        <RadixLink asChild size="2"><Link href={`/programmes/sessions/${session.id}`}>{t('programmes:attendance.title')}</Link></RadixLink>
      </Flex>
      <Heading as="h1" size="7">{t('health.title')}</Heading>
      <Text as="p" color="gray">{t('programmes:attendance.meta', { programme: programmeName, site: session.siteName, date: formatDate(session.heldOn, locale) })}</Text>
      <Text as="p" size="2" color="gray">{t('health.intro')}</Text>
      {programmeKind !== 'mobile_clinic' ? (
        <Callout.Root color="amber"><Callout.Text>{t('health.notClinic')}</Callout.Text></Callout.Root>
      ) : children.length === 0 ? (
        <EmptyState title={t('health.empty')} body={t('health.emptyBody')} />
      ) : (
        <>
          <Text role="status" weight="bold" data-testid="checked-count">{t('health.checked', { count: checked, total: formatNumber(children.length, locale) })}</Text>
          <Flex direction="column" gap="3" data-testid="health-list">
            {children.map((c) => <HealthCheckCard key={`${c.participant.id}-${c.check?.version ?? 'new'}`} sessionId={session.id} child={c} onSaved={() => void view.refetch()} />)}
          </Flex>
        </>
      )}
    </Flex>
  );
}

type ChildRow = HealthChecksView['children'][number];

function HealthCheckCard({ sessionId, child, onSaved }: { sessionId: string; child: ChildRow; onSaved: () => void }) {
  const { t } = useTranslation(['health', 'programmes']);
  const locale = useLocale();
  const trpc = useTRPC();
  const { participant, check, previous } = child;
  const name = (locale === 'km' ? participant.nameKm : participant.name) ?? participant.code;
  const [weight, setWeight] = useState(check ? String(check.weightKg) : '');
  const [height, setHeight] = useState(check ? String(check.heightCm) : '');
  const [refer, setRefer] = useState(check?.referral !== null && check?.referral !== undefined);
  const [centre, setCentre] = useState(check?.referral?.healthCentre ?? '');
  const [reason, setReason] = useState(check?.referral?.reason ?? '');
  const save = useMutation(trpc.programmes.saveHealthCheck.mutationOptions({ onSuccess: onSaved }));
  const id = `hc-${participant.id}`;
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    save.mutate({
      sessionId,
      participantId: participant.id,
      expectedVersion: check?.version ?? null,
      weightKg: weight as unknown as number,
      heightCm: height as unknown as number,
      referral: refer ? { healthCentre: centre, reason } : null,
    });
  };
  const outcomeKept = check?.referral && check.referral.status !== 'referred';
  return (
    <Card data-testid="health-row">
      <form onSubmit={submit} aria-labelledby={`${id}-name`}>
        <Flex direction="column" gap="3">
          <Flex gap="3" align="center" wrap="wrap">
            <Heading as="h2" size="4" id={`${id}-name`} data-testid="child-name">{name}</Heading>
            <Text size="2" color="gray">{t('programmes:newcomer.born', { year: participant.birthYear })}</Text>
            {check ? <IndicationBadge indication={check.indication} /> : null}
          </Flex>
          {previous ? (
            <Text size="2" color="gray">{t('health.previous', { date: formatDate(previous.heldOn, locale), weight: formatNumber(previous.weightKg, locale), height: formatNumber(previous.heightCm, locale) })}</Text>
          ) : null}
          <Flex gap="3" wrap="wrap">
            <Flex direction="column" gap="1" style={{ width: 160 }}>
              <Text as="label" htmlFor={`${id}-weight`} size="3" weight="medium">{t('health.weight')}</Text>
              <TextField.Root id={`${id}-weight`} size="3" inputMode="decimal" value={weight} onChange={(e) => setWeight(e.target.value)} required />
            </Flex>
            <Flex direction="column" gap="1" style={{ width: 160 }}>
              <Text as="label" htmlFor={`${id}-height`} size="3" weight="medium">{t('health.height')}</Text>
              <TextField.Root id={`${id}-height`} size="3" inputMode="decimal" value={height} onChange={(e) => setHeight(e.target.value)} required />
            </Flex>
          </Flex>
          {check ? (
            <Text size="2" data-testid="growth">
              {t('health.bmi', { bmi: formatNumber(check.bmi, locale) })}
              {check.flags.length > 0 ? ` · ${check.flags.map((f) => t(`health.flag.${f}`)).join(' · ')}` : ''}
            </Text>
          ) : null}
          <Text as="label" size="3">
            <Flex gap="2" align="center" style={{ minHeight: 44 }}>
              <Checkbox size="3" checked={refer} disabled={Boolean(outcomeKept)} onCheckedChange={(c) => setRefer(c === true)} />
              {t('health.refer')}
            </Flex>
          </Text>
          {refer ? (
            <Flex gap="3" wrap="wrap">
              <Flex direction="column" gap="1" style={{ minWidth: 240 }}>
                <Text as="label" htmlFor={`${id}-centre`} size="3" weight="medium">{t('health.centre')}</Text>
                <TextField.Root id={`${id}-centre`} size="3" value={centre} onChange={(e) => setCentre(e.target.value)} required />
              </Flex>
              <Flex direction="column" gap="1" style={{ minWidth: 240, flexGrow: 1 }}>
                <Text as="label" htmlFor={`${id}-reason`} size="3" weight="medium">{t('health.reason')}</Text>
                <TextField.Root id={`${id}-reason`} size="3" value={reason} onChange={(e) => setReason(e.target.value)} />
              </Flex>
            </Flex>
          ) : null}
          {check?.referral ? <Text size="2" data-testid="referral-status">{t(`health.status.${check.referral.status}`)}</Text> : null}
          <SaveError error={save.error} onReload={() => { save.reset(); onSaved(); }} />
          <Flex>
            <Button type="submit" size="3" loading={save.isPending}>{check ? t('health.update', { name }) : t('health.save', { name })}</Button>
          </Flex>
        </Flex>
      </form>
    </Card>
  );
}
