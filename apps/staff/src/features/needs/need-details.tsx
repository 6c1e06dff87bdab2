// What a volunteer reported about one need, and what staff decided so far.
import { Badge, Card, DataList, Flex, Heading, Text } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { TriageNeedDetail } from '@kruosar/domain';
import { formatDate, useLocale } from '@kruosar/ui';
import { PossibleDuplicates } from './possible-duplicates';
import { isAbuseConcern, urgencyColor } from './triage-queue-screen';

export function NeedDetails({ need }: { need: TriageNeedDetail }) {
  const { t } = useTranslation(['staff', 'values', 'common']);
  const locale = useLocale();
  const abuse = isAbuseConcern(need);
  return (
    <Flex direction="column" gap="4">
      <Flex gap="2" wrap="wrap" align="center">
        {abuse ? (
          <Badge color="red" variant="solid" size="2">
            {t('needs.abuseConcern')}
          </Badge>
        ) : null}
        <Badge color={urgencyColor[need.urgency]} highContrast size="2">
          {t(`values:needUrgency.${need.urgency}`)}
        </Badge>
        <Badge color="gray" highContrast size="2" data-testid="need-status">
          {t(`values:needStatus.${need.status}`)}
        </Badge>
      </Flex>
      <Card size="2">
        <Heading as="h2" size="4" mb="2">
          {t('needs.detail.description')}
        </Heading>
        <Text as="p" style={{ whiteSpace: 'pre-wrap' }} data-testid="need-description">
          {need.description}
        </Text>
      </Card>
      <DataList.Root size="2">
        <Item label={t('needs.columns.village')}>
          {need.villageName}, {need.communeName}
        </Item>
        <Item label={t('needs.detail.reportedAt')}>{formatDate(need.reportedAt, locale, { withTime: true })}</Item>
        <Item label={t('needs.columns.received')}>{formatDate(need.receivedAt, locale, { withTime: true })}</Item>
        <Item label={t('needs.columns.volunteer')}>
          {need.volunteerName}
          {need.phonedInByName ? <span data-testid="phoned-in"> · {t('needs.phonedIn.by', { name: need.phonedInByName })}</span> : null}
        </Item>
        <Item label={t('needs.columns.contact')}>
          {need.consentToContact ? (
            <>
              {need.contactName || t('common:none')} · {need.contactPhone || t('common:none')} <Text color="gray">({t('needs.consentYes')})</Text>
            </>
          ) : (
            t('needs.consentNo')
          )}
        </Item>
        {need.caseId ? (
          <Item label={t('needs.detail.case')}>
            <Link href={`/cases/${encodeURIComponent(need.caseId)}`}>{need.caseReference ?? t('needs.detail.openCase')}</Link>
          </Item>
        ) : null}
        {need.referralAgency ? (
          <Item label={t('needs.detail.referredTo')}>
            {t(`values:needReferralAgency.${need.referralAgency}`)}
            {need.referralAgencyName ? ` · ${need.referralAgencyName}` : ''}
          </Item>
        ) : null}
        {need.triagedAt ? (
          <Item label={t('needs.detail.decidedBy')}>
            {need.triagedByName ?? t('common:none')} · {formatDate(need.triagedAt, locale, { withTime: true })}
          </Item>
        ) : null}
        {need.messageToVolunteer ? <Item label={t('needs.detail.message')}>{need.messageToVolunteer}</Item> : null}
      </DataList.Root>
      <section aria-labelledby="need-duplicates-heading">
        <Heading as="h2" size="4" mb="2" id="need-duplicates-heading">
          {t('needs.duplicates.heading')}
        </Heading>
        <PossibleDuplicates duplicates={need.possibleDuplicates} />
      </section>
    </Flex>
  );
}

function Item({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <DataList.Item>
      <DataList.Label minWidth="10rem">{label}</DataList.Label>
      <DataList.Value>{children}</DataList.Value>
    </DataList.Item>
  );
}
