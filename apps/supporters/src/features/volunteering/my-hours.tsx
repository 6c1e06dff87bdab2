// Hours the volunteer logged, whether staff approved them, and the approved total.
import { Badge, Box, Heading, Table, Text } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import { EmptyState, formatDate, formatNumber, useLocale } from '@kruosar/ui';
import type { HoursEntry } from './use-volunteering';

const statusColour = { submitted: 'amber', approved: 'green', rejected: 'red' } as const;

export function MyHours({ entries, approvedHours }: { entries: HoursEntry[]; approvedHours: number }) {
  const { t } = useTranslation(['supporters', 'values']);
  const locale = useLocale();
  return (
    <Box asChild>
      <section aria-labelledby="hours-heading">
        <Heading as="h2" id="hours-heading" size="6" mb="2">
          {t('volunteer.hours.heading')}
        </Heading>
        <Text as="p" mb="3" data-testid="approved-hours">
          {t('volunteer.hours.approvedTotal', { hours: formatNumber(approvedHours, locale) })}
        </Text>
        {entries.length === 0 ? (
          <EmptyState headingLevel="h3" title={t('volunteer.hours.empty')} />
        ) : (
          <Table.Root variant="surface" size="1">
            <caption className="kr-visually-hidden">{t('volunteer.hours.heading')}</caption>
            <Table.Header>
              <Table.Row>
                <Table.ColumnHeaderCell>{t('volunteer.hours.shift')}</Table.ColumnHeaderCell>
                <Table.ColumnHeaderCell>{t('volunteer.hours.date')}</Table.ColumnHeaderCell>
                <Table.ColumnHeaderCell>{t('volunteer.hours.hours')}</Table.ColumnHeaderCell>
                <Table.ColumnHeaderCell>{t('volunteer.hours.status')}</Table.ColumnHeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {entries.map((e) => (
                <Table.Row key={e.id}>
                  <Table.RowHeaderCell>{e.opportunityTitle}</Table.RowHeaderCell>
                  <Table.Cell>{formatDate(e.workedOn, locale)}</Table.Cell>
                  <Table.Cell>{formatNumber(e.hours, locale)}</Table.Cell>
                  <Table.Cell>
                    <Badge color={statusColour[e.status]} highContrast>
                      {t(`values:hoursStatus.${e.status}`)}
                    </Badge>
                    {e.decisionReason ? (
                      <Text as="div" size="1" color="gray">
                        {e.decisionReason}
                      </Text>
                    ) : null}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table.Root>
        )}
      </section>
    </Box>
  );
}
