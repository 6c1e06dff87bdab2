// An assessment as recorded: date, risk, protection concerns and each domain's score with its reason.
import { Badge, DataList, Flex, Heading, Table, Text } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import { csiDomains, WEAK_SCORE_MAX, type Assessment } from '@kruosar/domain';
import { formatDate, useLocale } from '@kruosar/ui';
import { ApprovalBadge } from '../approvals/approval-badge';

export function AssessmentView({ assessment, heading }: { assessment: Assessment; heading: string }) {
  const { t } = useTranslation(['staff', 'values', 'common']);
  const locale = useLocale();
  const headingId = `assessment-${assessment.id}-heading`;
  return (
    <Flex asChild direction="column" gap="3">
      <section aria-labelledby={headingId} data-testid="assessment-view">
        <Flex gap="3" align="center" wrap="wrap">
          <Heading as="h3" size="4" id={headingId}>
            {heading}
          </Heading>
          <ApprovalBadge state={assessment.approvalState} />
        </Flex>
        <DataList.Root size="2">
          <DataList.Item>
            <DataList.Label>{t('assessment.date')}</DataList.Label>
            <DataList.Value>{formatDate(assessment.assessedOn, locale)}</DataList.Value>
          </DataList.Item>
          <DataList.Item>
            <DataList.Label>{t('assessment.risk')}</DataList.Label>
            <DataList.Value>
              {t(`values:riskLevel.${assessment.riskLevel}`)}
              {assessment.riskReason ? ` · ${assessment.riskReason}` : ''}
            </DataList.Value>
          </DataList.Item>
          <DataList.Item>
            <DataList.Label>{t('assessment.concerns')}</DataList.Label>
            <DataList.Value>
              {assessment.protectionConcerns.length
                ? assessment.protectionConcerns.map((c) => t(`values:protectionConcern.${c}`)).join(', ')
                : t('common:none')}
            </DataList.Value>
          </DataList.Item>
          {assessment.summary ? (
            <DataList.Item>
              <DataList.Label>{t('assessment.summary')}</DataList.Label>
              <DataList.Value>{assessment.summary}</DataList.Value>
            </DataList.Item>
          ) : null}
        </DataList.Root>
        <Table.Root variant="surface" size="1">
          <caption className="kr-visually-hidden">{t('assessment.scoresCaption')}</caption>
          <Table.Header>
            <Table.Row>
              <Table.ColumnHeaderCell>{t('assessment.domain')}</Table.ColumnHeaderCell>
              <Table.ColumnHeaderCell>{t('assessment.scoreColumn')}</Table.ColumnHeaderCell>
              <Table.ColumnHeaderCell>{t('assessment.reason')}</Table.ColumnHeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {csiDomains.map((d) => {
              const { score, reason } = assessment.scores[d];
              return (
                <Table.Row key={d}>
                  <Table.RowHeaderCell>{t(`values:csiDomain.${d}`)}</Table.RowHeaderCell>
                  <Table.Cell>
                    <Flex gap="2" align="center">
                      <Text weight="bold">{score}</Text>
                      {score <= WEAK_SCORE_MAX ? (
                        <Badge color="red" highContrast>
                          {t('assessment.weak')}
                        </Badge>
                      ) : null}
                    </Flex>
                  </Table.Cell>
                  <Table.Cell>{reason}</Table.Cell>
                </Table.Row>
              );
            })}
          </Table.Body>
        </Table.Root>
      </section>
    </Flex>
  );
}
