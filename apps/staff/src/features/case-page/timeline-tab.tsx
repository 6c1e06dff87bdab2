// Everything that happened to the case, newest first: who did what and when, from the audit log.
import { Badge, Checkbox, Flex, Table, Text } from '@radix-ui/themes';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { caseStages, caseStatuses, riskLevels } from '@kruosar/domain';
import { EmptyState, ErrorState, LoadingState, Pagination, formatDate, useLocale } from '@kruosar/ui';
import { useTRPC } from '../../lib/trpc';
import type { CaseTabProps, StaffOutputs } from './case-types';

const PAGE_SIZE = 25;
type Entry = StaffOutputs['cases']['timeline']['items'][number];
type Translate = (key: string, options?: Record<string, unknown>) => string;

export function TimelineTab({ detail }: CaseTabProps) {
  const { t } = useTranslation('staff');
  const trpc = useTRPC();
  const [page, setPage] = useState(1);
  const [includeReads, setIncludeReads] = useState(false);
  const timeline = useQuery({
    ...trpc.cases.timeline.queryOptions({ caseId: detail.case.id, page, pageSize: PAGE_SIZE, includeReads }),
    placeholderData: keepPreviousData,
  });

  return (
    <Flex direction="column" gap="3">
      <Text as="label" size="2">
        <Flex gap="2" align="center">
          <Checkbox
            checked={includeReads}
            onCheckedChange={(checked) => {
              setIncludeReads(checked === true);
              setPage(1);
            }}
          />
          {t('timelineTab.includeReads')}
        </Flex>
      </Text>
      {timeline.isPending ? (
        <LoadingState />
      ) : timeline.isError ? (
        <ErrorState error={timeline.error} onRetry={() => void timeline.refetch()} />
      ) : timeline.data.total === 0 ? (
        <EmptyState headingLevel="h3" title={t('timelineTab.empty')} />
      ) : (
        <div aria-busy={timeline.isFetching}>
          <TimelineTable entries={timeline.data.items} />
          <Pagination page={page} pageSize={PAGE_SIZE} total={timeline.data.total} onPage={setPage} />
        </div>
      )}
    </Flex>
  );
}

function TimelineTable({ entries }: { entries: Entry[] }) {
  const { t, i18n } = useTranslation(['staff', 'values']);
  const locale = useLocale();
  // Action keys come from the server; ones this build does not know yet fall back to a generic label.
  const translate = i18n.t.bind(i18n) as unknown as Translate;
  const label = (entry: Entry) =>
    i18n.exists(`staff:${entry.messageKey}`) ? translate(`staff:${entry.messageKey}`) : t('timelineTab.other', { action: entry.action });
  return (
    <Table.Root variant="surface">
      <caption className="kr-visually-hidden">{t('timelineTab.tableLabel')}</caption>
      <Table.Header>
        <Table.Row>
          <Table.ColumnHeaderCell>{t('timelineTab.when')}</Table.ColumnHeaderCell>
          <Table.ColumnHeaderCell>{t('timelineTab.who')}</Table.ColumnHeaderCell>
          <Table.ColumnHeaderCell>{t('timelineTab.what')}</Table.ColumnHeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {entries.map((entry) => (
          <Table.Row key={entry.seq} data-testid="timeline-entry">
            <Table.Cell style={{ whiteSpace: 'nowrap' }}>{formatDate(entry.at, locale, { withTime: true })}</Table.Cell>
            <Table.Cell>{entry.actorName ?? t('timelineTab.system')}</Table.Cell>
            <Table.RowHeaderCell>
              <Text as="div">{label(entry)}</Text>
              <Facts entry={entry} translate={translate} />
            </Table.RowHeaderCell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table.Root>
  );
}

const oneOf = (list: readonly string[], value: unknown): value is string => typeof value === 'string' && list.includes(value);

/** The few facts worth reading (a change of risk, stage or status; who a case went to; a late first contact). */
function Facts({ entry, translate }: { entry: Entry; translate: Translate }) {
  const { t } = useTranslation('staff');
  const d = entry.detail;
  const facts: string[] = [];
  const change = (from: unknown, to: unknown, list: readonly string[], ns: string) => {
    if (oneOf(list, from) && oneOf(list, to)) facts.push(`${translate(`values:${ns}.${from}`)} → ${translate(`values:${ns}.${to}`)}`);
  };
  change(d.riskFrom ?? d.fromRisk, d.riskTo ?? d.toRisk, riskLevels, 'riskLevel');
  change(d.fromStage, d.toStage, caseStages, 'caseStage');
  change(d.fromStatus, d.toStatus, caseStatuses, 'caseStatus');
  if (typeof d.toName === 'string') facts.push(t('timelineTab.to', { name: d.toName }));
  if (d.late === true) facts.push(t('timelineTab.late'));
  if (d.sensitive === true) facts.push(t('notes.sensitive'));
  if (facts.length === 0) return null;
  return (
    <Flex gap="1" wrap="wrap" mt="1">
      {facts.map((fact) => (
        <Badge key={fact} color="gray" variant="soft" highContrast>
          {fact}
        </Badge>
      ))}
    </Flex>
  );
}
