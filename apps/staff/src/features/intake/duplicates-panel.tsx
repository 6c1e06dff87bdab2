// Children already registered who may be the one being registered: open that case, or register anyway.
import { Badge, Button, Callout, Card, Flex, Heading, Table, Text } from '@radix-ui/themes';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { formatDate, formatNumber, useLocale } from '@kruosar/ui';
import type { StaffOutputs } from '../case-page/case-types';

export type PossibleDuplicate = StaffOutputs['cases']['checkDuplicates'][number];

type Props = {
  duplicates: PossibleDuplicate[];
  onRegisterAnyway: () => void;
  onBack: () => void;
  registering: boolean;
};

export function DuplicatesPanel({ duplicates, onRegisterAnyway, onBack, registering }: Props) {
  const { t } = useTranslation(['staff', 'values', 'common']);
  const locale = useLocale();
  const heading = useRef<HTMLHeadingElement>(null);
  // The panel appears after pressing "Register": move there so keyboard and screen reader users meet it.
  useEffect(() => heading.current?.focus(), []);

  return (
    <Card size="3" asChild>
      <section aria-labelledby="possible-duplicates-heading" data-testid="possible-duplicates">
        <Flex direction="column" gap="3">
          <Heading as="h2" size="5" id="possible-duplicates-heading" ref={heading} tabIndex={-1}>
            {t('intake.duplicates.heading', { count: duplicates.length })}
          </Heading>
          <Callout.Root color="amber">
            <Callout.Text>{t('intake.duplicates.intro')}</Callout.Text>
          </Callout.Root>
          <Table.Root variant="surface">
            <caption className="kr-visually-hidden">{t('intake.duplicates.tableLabel')}</caption>
            <Table.Header>
              <Table.Row>
                <Table.ColumnHeaderCell>{t('caseload.columns.reference')}</Table.ColumnHeaderCell>
                <Table.ColumnHeaderCell>{t('caseload.columns.child')}</Table.ColumnHeaderCell>
                <Table.ColumnHeaderCell>{t('intake.duplicates.born')}</Table.ColumnHeaderCell>
                <Table.ColumnHeaderCell>{t('caseload.columns.commune')}</Table.ColumnHeaderCell>
                <Table.ColumnHeaderCell>{t('intake.duplicates.score')}</Table.ColumnHeaderCell>
                <Table.ColumnHeaderCell>{t('intake.duplicates.reasons')}</Table.ColumnHeaderCell>
                <Table.ColumnHeaderCell>{t('intake.duplicates.action')}</Table.ColumnHeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {duplicates.map((d) => (
                <Table.Row key={d.reference} data-testid="duplicate-row">
                  <Table.RowHeaderCell style={{ whiteSpace: 'nowrap' }}>{d.reference}</Table.RowHeaderCell>
                  <Table.Cell>
                    {d.childName ? <Text as="div">{d.childName}</Text> : <Text color="gray">{t('duplicates.otherTeam')}</Text>}
                    {d.childNameKm ? (
                      <Text as="div" size="2" color="gray" lang="km">
                        {d.childNameKm}
                      </Text>
                    ) : null}
                  </Table.Cell>
                  <Table.Cell style={{ whiteSpace: 'nowrap' }}>{d.dateOfBirth ? formatDate(d.dateOfBirth, locale) : t('common:none')}</Table.Cell>
                  <Table.Cell>{locale === 'km' ? d.communeNameKm : d.communeName}</Table.Cell>
                  <Table.Cell>{formatNumber(Math.round(d.score * 100), locale)}%</Table.Cell>
                  <Table.Cell>
                    <Flex gap="1" wrap="wrap">
                      {d.reasons.map((r) => (
                        <Badge key={r} color="gray" highContrast>
                          {t(`values:duplicateReason.${r}`)}
                        </Badge>
                      ))}
                    </Flex>
                  </Table.Cell>
                  <Table.Cell>
                    {d.inScope && d.caseId ? (
                      <Button asChild size="1" variant="soft">
                        <Link href={`/cases/${d.caseId}`}>{t('intake.duplicates.sameChild', { reference: d.reference })}</Link>
                      </Button>
                    ) : (
                      <Text size="2">{t('duplicates.otherTeamHint', { reference: d.reference })}</Text>
                    )}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table.Root>
          <Flex gap="3" wrap="wrap">
            <Button type="button" onClick={onRegisterAnyway} loading={registering} disabled={registering}>
              {t('intake.duplicates.registerAnyway')}
            </Button>
            <Button type="button" variant="soft" color="gray" onClick={onBack}>
              {t('intake.duplicates.back')}
            </Button>
          </Flex>
        </Flex>
      </section>
    </Card>
  );
}
