// The hive's volunteers: who they are, their hive-portal account if any, and their training (a volunteer counts as
// trained once the three core trainings are done). Supervisors and admins keep these records.
import { Badge, Button, Flex, Heading, Table, Text } from '@radix-ui/themes';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HiveVolunteer } from '@kruosar/domain';
import { formatDate, useLocale } from '@kruosar/ui';
import { ArchiveToggle } from './record-editing';
import { SaveProblem } from './save-problem';
import { VolunteerForm } from './volunteer-form';

type Props = { communeCode: string; volunteers: HiveVolunteer[]; manage: boolean };

export function VolunteersSection({ communeCode, volunteers, manage }: Props) {
  const { t } = useTranslation(['staff', 'values', 'common']);
  const locale = useLocale();
  const [editing, setEditing] = useState<HiveVolunteer | 'new' | null>(null);
  const [problem, setProblem] = useState<unknown>(null);
  return (
    <section aria-labelledby="hive-volunteers-heading">
      <Heading as="h2" size="5" id="hive-volunteers-heading" mb="2">
        {t('hives.volunteers.heading')}
      </Heading>
      {volunteers.length === 0 ? (
        <Text as="p" color="gray">
          {t('hives.volunteers.empty')}
        </Text>
      ) : (
        <Table.Root variant="surface" data-testid="volunteers-table">
          <caption className="kr-visually-hidden">{t('hives.volunteers.heading')}</caption>
          <Table.Header>
            <Table.Row>
              <Table.ColumnHeaderCell>{t('hives.columns.name')}</Table.ColumnHeaderCell>
              <Table.ColumnHeaderCell>{t('hives.volunteers.trainings')}</Table.ColumnHeaderCell>
              <Table.ColumnHeaderCell>{t('hives.volunteers.account')}</Table.ColumnHeaderCell>
              <Table.ColumnHeaderCell>{t('hives.columns.phone')}</Table.ColumnHeaderCell>
              {manage ? <Table.ColumnHeaderCell>{t('hives.columns.actions')}</Table.ColumnHeaderCell> : null}
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {volunteers.map((v) => (
              <Table.Row key={v.id} data-testid="volunteer-row">
                <Table.RowHeaderCell>
                  <Flex direction="column" gap="1" align="start">
                    <span>
                      {v.name ?? t('caseload.nameHidden')} {v.archivedAt ? <Badge color="gray">{t('hives.archived')}</Badge> : null}
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
                {manage ? (
                  <Table.Cell>
                    <Flex gap="2">
                      <Button type="button" size="1" variant="soft" onClick={() => setEditing(v)} aria-label={`${t('hives.edit')}: ${v.name ?? ''}`}>
                        {t('hives.edit')}
                      </Button>
                      <ArchiveToggle kind="volunteers" record={v} label={v.name ?? ''} onError={setProblem} />
                    </Flex>
                  </Table.Cell>
                ) : null}
              </Table.Row>
            ))}
          </Table.Body>
        </Table.Root>
      )}
      <SaveProblem error={problem} onReload={() => setProblem(null)} />
      {manage && editing === null ? (
        <Button type="button" variant="soft" mt="3" onClick={() => setEditing('new')}>
          {t('hives.volunteers.add')}
        </Button>
      ) : null}
      {manage && editing !== null ? (
        <VolunteerForm key={editing === 'new' ? 'new' : editing.id} communeCode={communeCode} volunteer={editing === 'new' ? null : editing} onDone={() => setEditing(null)} />
      ) : null}
    </section>
  );
}
