// One section of a commune's hive records (committee, volunteers, meetings): heading, the table or an empty
// note, and for supervisors and admins Edit / Archive per row, Add, and the form. The sections differ in
// their columns and form only.
import { Badge, Button, Flex, Heading, Table, Text } from '@radix-ui/themes';
import { Fragment, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ArchiveToggle, type RecordKind } from './record-editing';
import { SaveProblem } from './save-problem';

type HiveRecord = { id: string; version: number; archivedAt: string | null };

type Props<R extends HiveRecord> = {
  kind: RecordKind;
  records: R[];
  manage: boolean;
  /** Column headings, before the actions column. */
  columns: string[];
  testIds: { table: string; row: string };
  /** Names the record in its Edit and Archive buttons' accessible names. */
  labelOf: (record: R) => string;
  /** The row's cells: a Table.RowHeaderCell first, then Table.Cells. */
  cells: (record: R) => ReactNode;
  /** The add (null) or edit form; `onDone` closes it. */
  form: (record: R | null, onDone: () => void) => ReactNode;
};

export function RecordsSection<R extends HiveRecord>({ kind, records, manage, columns, testIds, labelOf, cells, form }: Props<R>) {
  const { t } = useTranslation(['staff', 'common']);
  const [editing, setEditing] = useState<R | 'new' | null>(null);
  const [problem, setProblem] = useState<unknown>(null);
  const headingId = `hive-${kind}-heading`;
  return (
    <section aria-labelledby={headingId}>
      <Heading as="h2" size="5" id={headingId} mb="2">
        {t(`hives.${kind}.heading`)}
      </Heading>
      {records.length === 0 ? (
        <Text as="p" color="gray">
          {t(`hives.${kind}.empty`)}
        </Text>
      ) : (
        <Table.Root variant="surface" data-testid={testIds.table}>
          <caption className="kr-visually-hidden">{t(`hives.${kind}.heading`)}</caption>
          <Table.Header>
            <Table.Row>
              {columns.map((column) => (
                <Table.ColumnHeaderCell key={column}>{column}</Table.ColumnHeaderCell>
              ))}
              {manage ? <Table.ColumnHeaderCell>{t('hives.columns.actions')}</Table.ColumnHeaderCell> : null}
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {records.map((record) => (
              <Table.Row key={record.id} data-testid={testIds.row}>
                {cells(record)}
                {manage ? (
                  <Table.Cell>
                    <Flex gap="2">
                      <Button type="button" size="1" variant="soft" onClick={() => setEditing(record)} aria-label={`${t('hives.edit')}: ${labelOf(record)}`}>
                        {t('hives.edit')}
                      </Button>
                      <ArchiveToggle kind={kind} record={record} label={labelOf(record)} onError={setProblem} />
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
          {t(`hives.${kind}.add`)}
        </Button>
      ) : null}
      {manage && editing !== null ? <Fragment key={editing === 'new' ? 'new' : editing.id}>{form(editing === 'new' ? null : editing, () => setEditing(null))}</Fragment> : null}
    </section>
  );
}

/** The "archived" mark beside a record's name or date. */
export function ArchivedMark({ archivedAt }: { archivedAt: string | null }) {
  const { t } = useTranslation('staff');
  return archivedAt ? <Badge color="gray">{t('hives.archived')}</Badge> : null;
}
