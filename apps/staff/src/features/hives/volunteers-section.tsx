// The hive's volunteers: who they are, their hive-portal account if any, and their training (a volunteer counts as
// trained once the three core trainings are done). Supervisors and admins keep these records.
import { Badge, Flex, Table, Text } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import type { HiveVolunteer } from '@kruosar/domain';
import { formatDate, useLocale } from '@kruosar/ui';
import { ArchivedMark, RecordsSection } from './records-section';
import { VolunteerForm } from './volunteer-form';

type Props = { communeCode: string; volunteers: HiveVolunteer[]; manage: boolean };

export function VolunteersSection({ communeCode, volunteers, manage }: Props) {
  const { t } = useTranslation(['staff', 'values', 'common']);
  const locale = useLocale();
  return (
    <RecordsSection
      kind="volunteers"
      records={volunteers}
      manage={manage}
      columns={[t('hives.columns.name'), t('hives.volunteers.trainings'), t('hives.volunteers.account'), t('hives.columns.phone')]}
      testIds={{ table: 'volunteers-table', row: 'volunteer-row' }}
      labelOf={(v) => v.name ?? ''}
      cells={(v) => (
        <>
          <Table.RowHeaderCell>
            <Flex direction="column" gap="1" align="start">
              <span>
                {v.name ?? t('caseload.nameHidden')} <ArchivedMark archivedAt={v.archivedAt} />
              </span>
              <Badge color={v.trained ? 'green' : 'amber'} highContrast>
                {v.trained ? t('hives.volunteers.trained') : t('hives.volunteers.notTrained')}
              </Badge>
            </Flex>
          </Table.RowHeaderCell>
          <Table.Cell>
            {v.trainings.length === 0 ? (
              <Text color="gray">{t('hives.volunteers.noTraining')}</Text>
            ) : (
              <ul style={{ margin: 0, paddingInlineStart: '1rem' }}>
                {v.trainings.map((tr, i) => (
                  <li key={`${tr.topic}-${i}`}>
                    {t(`values:hiveTrainingTopic.${tr.topic}`)}
                    {tr.note ? ` (${tr.note})` : ''} · {formatDate(tr.completedOn, locale)}
                  </li>
                ))}
              </ul>
            )}
          </Table.Cell>
          <Table.Cell>{v.username ?? t('common:none')}</Table.Cell>
          <Table.Cell>{v.phone || t('common:none')}</Table.Cell>
        </>
      )}
      form={(volunteer, onDone) => <VolunteerForm communeCode={communeCode} volunteer={volunteer} onDone={onDone} />}
    />
  );
}
