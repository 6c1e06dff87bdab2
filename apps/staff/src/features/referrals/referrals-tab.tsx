// The case page's referrals tab: referrals to partners and colleagues with consent on record, answers and outcomes.
import { Badge, Button, Card, DataList, Flex, Heading, Text } from '@radix-ui/themes';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isReferralOpen, type Referral } from '@kruosar/domain';
import { EmptyState, ErrorState, LoadingState, formatDate, useLocale } from '@kruosar/ui';
import { useWorkflowOverview, type CaseTabProps } from '../case-workflow/workflow-data';
import { ReferralForm } from './referral-form';
import { ReferralResponse } from './referral-response';

export function ReferralsTab({ detail }: CaseTabProps) {
  const caseId = detail.case.id;
  const { t } = useTranslation('staff');
  const overview = useWorkflowOverview(caseId);
  const [adding, setAdding] = useState(false);
  const [saved, setSaved] = useState(false);
  const [responding, setResponding] = useState<string | null>(null);

  if (overview.isPending) return <LoadingState />;
  if (overview.isError) return <ErrorState error={overview.error} onRetry={() => void overview.refetch()} />;
  const { state, referrals } = overview.data;
  const open = state.status === 'open';

  return (
    <Flex direction="column" gap="4">
      <Flex justify="between" align="center" gap="3" wrap="wrap">
        <Heading as="h2" size="5">
          {t('referrals.heading')}
        </Heading>
        {open && !adding ? (
          <Button type="button" onClick={() => { setAdding(true); setSaved(false); }}>
            {t('referrals.add')}
          </Button>
        ) : null}
      </Flex>
      {saved ? (
        <Text role="status" color="green" weight="medium">
          {t('referrals.saved')}
        </Text>
      ) : null}
      {adding ? <ReferralForm caseId={caseId} onDone={(ok) => { setAdding(false); setSaved(ok); }} /> : null}
      {referrals.length === 0 ? (
        <EmptyState title={t('referrals.empty')} />
      ) : (
        <ul style={{ listStyle: 'none', padding: 0, margin: 0, display: 'grid', gap: 'var(--space-3)' }} aria-label={t('referrals.heading')}>
          {referrals.map((r) => (
            <li key={r.id} data-testid="referral-item">
              <ReferralCard referral={r} responding={responding === r.id} onRespond={open ? () => setResponding(r.id) : null} onDone={() => setResponding(null)} onReload={() => void overview.refetch()} />
            </li>
          ))}
        </ul>
      )}
    </Flex>
  );
}

type CardProps = { referral: Referral; responding: boolean; onRespond: (() => void) | null; onDone: () => void; onReload: () => void };

function ReferralCard({ referral: r, responding, onRespond, onDone, onReload }: CardProps) {
  const { t } = useTranslation(['staff', 'values']);
  const locale = useLocale();
  const to = r.kind === 'external' ? `${r.agencyName}${r.agencyKind ? ` (${t(`values:partnerAgencyKind.${r.agencyKind}`)})` : ''}` : t('values:referralKind.internal');
  return (
    <Card size="2">
      <Flex direction="column" gap="2">
        <Flex gap="2" align="center" wrap="wrap">
          <Heading as="h3" size="3">
            {to}
          </Heading>
          <Badge color={r.status === 'declined' ? 'red' : r.status === 'completed' ? 'green' : 'gray'} highContrast>
            {t(`values:referralStatus.${r.status}`)}
          </Badge>
        </Flex>
        <DataList.Root size="2">
          <DataList.Item>
            <DataList.Label>{t('referrals.date')}</DataList.Label>
            <DataList.Value>{formatDate(r.referredOn, locale)}</DataList.Value>
          </DataList.Item>
          <DataList.Item>
            <DataList.Label>{t('referrals.reason')}</DataList.Label>
            <DataList.Value>{r.reason}</DataList.Value>
          </DataList.Item>
          {r.kind === 'external' ? (
            <DataList.Item>
              <DataList.Label>{t('referrals.consent')}</DataList.Label>
              <DataList.Value data-testid="referral-consent">
                {r.consentGiven && r.consentGivenBy && r.consentRecordedOn
                  ? t('referrals.consentRecord', { who: t(`values:consentGiver.${r.consentGivenBy}`), date: formatDate(r.consentRecordedOn, locale) })
                  : t('referrals.noConsent')}
              </DataList.Value>
            </DataList.Item>
          ) : null}
          {r.respondedOn ? (
            <DataList.Item>
              <DataList.Label>{t('referrals.respondedOn')}</DataList.Label>
              <DataList.Value>{formatDate(r.respondedOn, locale)}</DataList.Value>
            </DataList.Item>
          ) : null}
          {r.outcome ? (
            <DataList.Item>
              <DataList.Label>{t('referrals.outcome')}</DataList.Label>
              <DataList.Value>{r.outcome}</DataList.Value>
            </DataList.Item>
          ) : null}
        </DataList.Root>
        {responding ? (
          <ReferralResponse referral={r} onDone={onDone} onReload={onReload} />
        ) : onRespond && isReferralOpen(r.status) ? (
          <Flex>
            <Button type="button" variant="soft" onClick={onRespond}>
              {t('referrals.recordResponse')}
            </Button>
          </Flex>
        ) : null}
      </Flex>
    </Card>
  );
}
