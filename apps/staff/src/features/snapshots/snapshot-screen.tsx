// One snapshot: who built, sent, reviewed and published it; the next step; what supporters would see and, for
// analysts, the true counts behind each published cell.
import { Badge, Box, Callout, DataList, Flex, Heading, Link as RadixLink, Text } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { CurrentUser } from '@kruosar/domain';
import { ErrorState, LoadingState, formatDate, formatNumber, useLocale, usePageTitle } from '@kruosar/ui';
import { HeadlineTable, ProtectedTables } from './snapshot-tables';
import { SnapshotActions } from './snapshot-actions';
import { indicatorLabelOf, snapshotStatusColour, useQuarterText } from './snapshot-words';
import { useSnapshot, type SnapshotDetail } from './use-snapshots';

export function SnapshotScreen({ id, user }: { id: string; user: CurrentUser }) {
  const { t } = useTranslation(['staff', 'values']);
  const snapshot = useSnapshot(id);
  const quarterText = useQuarterText();
  const locale = useLocale();
  const s = snapshot.data;
  const name = s ? t('snapshots.name', { quarter: quarterText(s.quarter), revision: formatNumber(s.revision, locale) }) : t('snapshots.title');
  usePageTitle(name);

  const back = (
    <RadixLink asChild underline="always">
      <Link href="/snapshots">{t('snapshots.back')}</Link>
    </RadixLink>
  );
  if (snapshot.isPending) return <LoadingState />;
  if (snapshot.isError)
    return (
      <>
        <ErrorState error={snapshot.error} onRetry={() => void snapshot.refetch()} />
        {back}
      </>
    );
  const detail = snapshot.data;
  // Raw counts are for analysts checking the draft; an admin reviewing sees what supporters would see.
  const showRaw = user.role === 'analyst';
  return (
    <Flex direction="column" gap="5">
      <Box>
        <Text as="p" mb="2">
          {back}
        </Text>
        <Flex align="center" gap="3" wrap="wrap">
          <Heading as="h1" size="7">
            {name}
          </Heading>
          <Badge size="2" color={snapshotStatusColour[detail.status]} highContrast data-testid="snapshot-status">
            {t(`values:snapshotStatus.${detail.status}`)}
          </Badge>
        </Flex>
      </Box>
      <SnapshotFacts snapshot={detail} />
      <SnapshotActions snapshot={detail} user={user} />
      {showRaw ? <LateRecords snapshot={detail} /> : null}
      <HeadlineTable snapshot={detail} showRaw={showRaw} />
      <ProtectedTables snapshot={detail} showRaw={showRaw} />
    </Flex>
  );
}

function SnapshotFacts({ snapshot: s }: { snapshot: SnapshotDetail }) {
  const { t } = useTranslation('staff');
  const { t: tv } = useTranslation('values');
  const locale = useLocale();
  const when = (at: string | null) => (at ? formatDate(at, locale, { withTime: true }) : null);
  const rows: [string, string | null][] = [
    [t('snapshots.facts.built'), s.builtByName ? t('snapshots.facts.byAt', { name: s.builtByName, at: when(s.frozenAt ?? s.createdAt) }) : null],
    [t('snapshots.facts.submitted'), when(s.submittedAt)],
    [t('snapshots.facts.reviewed'), s.reviewedByName && s.reviewedAt ? t('snapshots.facts.byAt', { name: s.reviewedByName, at: when(s.reviewedAt) }) : null],
    [t('snapshots.facts.published'), when(s.publishedAt)],
    [t('snapshots.facts.correctionReason'), s.correctionReason ? tv(`correctionReason.${s.correctionReason}`) : null],
    [t('snapshots.facts.correctionNote'), s.correctionNote || null],
  ];
  return (
    <>
      <DataList.Root>
        {rows
          .filter((r): r is [string, string] => r[1] !== null)
          .map(([label, value]) => (
            <DataList.Item key={label}>
              <DataList.Label minWidth="10rem">{label}</DataList.Label>
              <DataList.Value>{value}</DataList.Value>
            </DataList.Item>
          ))}
      </DataList.Root>
      {s.returnReason && s.status === 'draft' ? (
        <Callout.Root color="amber" highContrast>
          <Callout.Text weight="bold">{t('snapshots.facts.returned')}</Callout.Text>
          <Callout.Text>{s.returnReason}</Callout.Text>
        </Callout.Root>
      ) : null}
      {s.correctsId ? (
        <Text as="p">
          <RadixLink asChild underline="always">
            <Link href={`/snapshots/${s.correctsId}`}>{t('snapshots.facts.corrects')}</Link>
          </RadixLink>
        </Text>
      ) : null}
      {s.supersededById ? (
        <Callout.Root color="gray" highContrast data-testid="superseded">
          <Callout.Text>
            {t('snapshots.facts.superseded')}{' '}
            <RadixLink asChild underline="always">
              <Link href={`/snapshots/${s.supersededById}`}>{t('snapshots.facts.openCorrection')}</Link>
            </RadixLink>
          </Callout.Text>
        </Callout.Root>
      ) : null}
    </>
  );
}

/** Records entered after their quarter was published: counted in the first quarter still open. */
function LateRecords({ snapshot }: { snapshot: SnapshotDetail }) {
  const { t, i18n } = useTranslation('staff');
  const locale = useLocale();
  const late = Object.entries(snapshot.rawCounts.late_records ?? {});
  if (late.length === 0) return null;
  return (
    <Callout.Root color="gray" highContrast>
      <Callout.Text weight="bold">{t('snapshots.late.heading')}</Callout.Text>
      <Callout.Text>
        {late
          .map(([id, n]) => `${indicatorLabelOf(i18n, id)}: ${formatNumber(n, locale)}`)
          .join('; ')}
      </Callout.Text>
    </Callout.Root>
  );
}
