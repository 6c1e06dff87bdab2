// The reassessment history: each domain's score at every approved assessment, with up and down markers.
import { Flex, Heading, Table, Text } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import { csiDomains, scoreHistory, type Assessment } from '@kruosar/domain';
import { EmptyState, formatDate, useLocale } from '@kruosar/ui';

function Change({ before, after }: { before: number | undefined; after: number }) {
  const { t } = useTranslation('staff');
  if (before === undefined || before === after) return null;
  const better = after > before;
  return (
    <>
      <Text as="span" aria-hidden="true" color={better ? 'green' : 'red'} weight="bold" highContrast>
        {better ? ' ▲' : ' ▼'}
      </Text>
      <span className="kr-visually-hidden">{t(better ? 'assessment.history.up' : 'assessment.history.down', { before })}</span>
    </>
  );
}

export function AssessmentHistory({ assessments }: { assessments: readonly Assessment[] }) {
  const { t } = useTranslation(['staff', 'values']);
  const locale = useLocale();
  const approved = assessments.filter((a) => a.approvalState === 'approved');
  const ordered = [...approved].sort((a, b) => a.assessedOn.localeCompare(b.assessedOn));
  const { dates, scores } = scoreHistory(ordered);

  return (
    <Flex asChild direction="column" gap="3">
      <section aria-labelledby="assessment-history-heading">
        <Heading as="h3" size="4" id="assessment-history-heading">
          {t('assessment.history.heading')}
        </Heading>
        {dates.length === 0 ? (
          <EmptyState headingLevel="h3" title={t('assessment.history.empty')} />
        ) : (
          <div style={{ overflowX: 'auto' }} tabIndex={0} role="region" aria-label={t('assessment.history.caption')}>
            <Table.Root variant="surface" size="1" data-testid="assessment-history">
              <caption className="kr-visually-hidden">{t('assessment.history.caption')}</caption>
              <Table.Header>
                <Table.Row>
                  <Table.ColumnHeaderCell>{t('assessment.domain')}</Table.ColumnHeaderCell>
                  {ordered.map((a) => (
                    <Table.ColumnHeaderCell key={a.id} style={{ whiteSpace: 'nowrap' }}>
                      {formatDate(a.assessedOn, locale)}
                    </Table.ColumnHeaderCell>
                  ))}
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {csiDomains.map((d) => (
                  <Table.Row key={d}>
                    <Table.RowHeaderCell>{t(`values:csiDomain.${d}`)}</Table.RowHeaderCell>
                    {scores[d].map((score, i) => (
                      <Table.Cell key={ordered[i]!.id}>
                        {score}
                        <Change before={scores[d][i - 1]} after={score} />
                      </Table.Cell>
                    ))}
                  </Table.Row>
                ))}
                <Table.Row>
                  <Table.RowHeaderCell>{t('assessment.risk')}</Table.RowHeaderCell>
                  {ordered.map((a) => (
                    <Table.Cell key={a.id}>{t(`values:riskLevel.${a.riskLevel}`)}</Table.Cell>
                  ))}
                </Table.Row>
              </Table.Body>
            </Table.Root>
          </div>
        )}
      </section>
    </Flex>
  );
}
