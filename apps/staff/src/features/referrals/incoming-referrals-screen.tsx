// /referrals: cases colleagues referred to the signed-in person (referrals.incoming), each answerable here, the
// case reference and reason only: the colleague need not be on the case.
import { Button, Flex, Heading, Table } from '@radix-ui/themes';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { referralStatusTransitions } from '@kruosar/domain';
import { EmptyState, ErrorState, LoadingState, formatDate, useLocale, usePageTitle } from '@kruosar/ui';
import { useTRPC } from '../../lib/trpc';
import { ReferralResponse } from './referral-response';
import { useAlertStrings } from '../my-work/alert-strings';

export function IncomingReferralsScreen() {
  useAlertStrings();
  const { t } = useTranslation(['alerts', 'values']);
  usePageTitle(t('referrals.title'));
  const locale = useLocale();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const incoming = useQuery(trpc.referrals.incoming.queryOptions());
  const [answering, setAnswering] = useState<string | null>(null);
  const reload = () => {
    void queryClient.invalidateQueries({ queryKey: trpc.referrals.incoming.queryKey() });
    void queryClient.invalidateQueries({ queryKey: trpc.myWork.pathKey() });
  };
  const rows = incoming.data ?? [];
  const current = rows.find((r) => r.id === answering);
  return (
    <Flex direction="column" gap="4">
      <Heading as="h1" size="7">
        {t('referrals.heading')}
      </Heading>
      {incoming.isPending ? (
        <LoadingState />
      ) : incoming.isError ? (
        <ErrorState error={incoming.error} onRetry={() => void incoming.refetch()} />
      ) : rows.length === 0 ? (
        <EmptyState title={t('referrals.empty')} />
      ) : (
        <Table.Root variant="surface" data-testid="incoming-referrals">
          <caption className="kr-visually-hidden">{t('referrals.heading')}</caption>
          <Table.Header>
            <Table.Row>
              <Table.ColumnHeaderCell>{t('referrals.case')}</Table.ColumnHeaderCell>
              <Table.ColumnHeaderCell>{t('referrals.from')}</Table.ColumnHeaderCell>
              <Table.ColumnHeaderCell>{t('referrals.reason')}</Table.ColumnHeaderCell>
              <Table.ColumnHeaderCell>{t('referrals.date')}</Table.ColumnHeaderCell>
              <Table.ColumnHeaderCell>{t('referrals.status')}</Table.ColumnHeaderCell>
              <Table.ColumnHeaderCell>
                <span className="kr-visually-hidden">{t('referrals.answer')}</span>
              </Table.ColumnHeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {rows.map((r) => (
              <Table.Row key={r.id} data-testid="incoming-referral">
                <Table.RowHeaderCell>{r.reference}</Table.RowHeaderCell>
                <Table.Cell>{r.fromName ?? '-'}</Table.Cell>
                <Table.Cell>{r.reason}</Table.Cell>
                <Table.Cell style={{ whiteSpace: 'nowrap' }}>{formatDate(r.referredOn, locale)}</Table.Cell>
                <Table.Cell>{t(`values:referralStatus.${r.status}`)}</Table.Cell>
                <Table.Cell>
                  {referralStatusTransitions[r.status].length > 0 ? (
                    <Button type="button" size="1" variant="soft" onClick={() => setAnswering(r.id)} aria-label={`${t('referrals.answer')}: ${r.reference}`}>
                      {t('referrals.answer')}
                    </Button>
                  ) : null}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table.Root>
      )}
      {current ? (
        <ReferralResponse
          referral={{ ...current, kind: 'internal', agencyName: '', outcome: '' }}
          onDone={() => {
            setAnswering(null);
            reload();
          }}
          onReload={reload}
        />
      ) : null}
    </Flex>
  );
}
