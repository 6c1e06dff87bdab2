// The hive's milestones today: the counted ones from its own records, the judged ones, and (supervisors, admins)
// recording them, which adds a point to the index history. Saved from the hive's version: a stale save is refused.
import { Box, Button, Card, DataList, Flex, Heading, Text } from '@radix-ui/themes';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { HiveMilestonesInput, REGULAR_MEETINGS_PER_6_MONTHS, type HiveDetail } from '@kruosar/domain';
import { formatNumber, useLocale } from '@kruosar/ui';
import { useTRPC } from '../../lib/trpc';
import { problemsOfZod, type Problems } from './form-field';
import { JudgementFields, type JudgementDraft } from './judgement-fields';
import { useRefreshHives } from './record-editing';
import { SaveProblem, serverProblems } from './save-problem';

export function MilestonesSection({ hive, manage }: { hive: HiveDetail; manage: boolean }) {
  const { t } = useTranslation('staff');
  const locale = useLocale();
  const n = (v: number) => formatNumber(v, locale);
  const yesNo = (v: boolean) => t(v ? 'hives.yes' : 'hives.no');
  const { judgement, counts } = hive;
  return (
    <section aria-labelledby="hive-milestones-heading">
      <Heading as="h2" size="5" id="hive-milestones-heading" mb="2">
        {t('hives.milestones.heading')}
      </Heading>
      <Text as="p" size="2" color="gray" mb="3">
        {t('hives.milestones.intro')}
      </Text>
      <DataList.Root size="2" data-testid="milestones-now">
        <Row label={t('hives.milestones.committeeFormed')}>{yesNo(judgement.committeeFormed)}</Row>
        <Row label={t('hives.milestones.volunteersTrained')}>{t('hives.outOf', { count: n(counts.volunteersTrained), max: n(judgement.volunteersTarget) })}</Row>
        <Row label={t('hives.milestones.regularMeetings')}>{t('hives.outOf', { count: n(counts.meetingsHeldLast6Months), max: n(REGULAR_MEETINGS_PER_6_MONTHS) })}</Row>
        <Row label={t('hives.milestones.resolvedLocally')}>{formatNumber(counts.shareOfNeedsResolvedLocally, locale, { style: 'percent', maximumFractionDigits: 0 })}</Row>
        <Row label={t('hives.milestones.budgetLineAdopted')}>{yesNo(judgement.budgetLineAdopted)}</Row>
        <Row label={t('hives.milestones.referralPathwayMapped')}>{yesNo(judgement.referralPathwayMapped)}</Row>
      </DataList.Root>
      {manage ? <RecordMilestonesForm hive={hive} /> : null}
    </section>
  );
}

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <DataList.Item>
      <DataList.Label minWidth="16rem">{label}</DataList.Label>
      <DataList.Value>{children}</DataList.Value>
    </DataList.Item>
  );
}

function RecordMilestonesForm({ hive }: { hive: HiveDetail }) {
  const { t } = useTranslation('staff');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const refresh = useRefreshHives();
  const { judgement } = hive;
  const [draft, setDraft] = useState<JudgementDraft>({ ...judgement, volunteersTarget: String(judgement.volunteersTarget) });
  // The version this form saves from: it moves only when the person reloads after a conflict.
  const [version, setVersion] = useState(hive.version);
  const [problems, setProblems] = useState<Problems>({});
  const [recorded, setRecorded] = useState<number | null>(null);
  const record = useMutation(trpc.hives.recordMilestones.mutationOptions());

  const save = () => {
    const parsed = HiveMilestonesInput.safeParse({ ...draft, communeCode: hive.communeCode, version });
    setProblems(parsed.success ? {} : problemsOfZod(parsed.error));
    if (!parsed.success) return;
    record.mutate(parsed.data, {
      onSuccess: (result) => {
        setVersion(result.version);
        setRecorded(result.point.index);
        void refresh();
      },
      onError: (e) => setProblems(serverProblems(e)),
    });
  };
  const reload = async () => {
    record.reset();
    const fresh = await queryClient.fetchQuery({ ...trpc.hives.byCommune.queryOptions({ communeCode: hive.communeCode, includeArchived: false }), staleTime: 0 });
    setVersion(fresh.version);
    void refresh();
  };

  return (
    <Card size="2" mt="4" asChild>
      <form aria-labelledby="record-milestones-heading" onSubmit={(e) => (e.preventDefault(), save())}>
        <Flex direction="column" gap="3">
          <Heading as="h3" size="3" id="record-milestones-heading">
            {t('hives.milestones.recordHeading')}
          </Heading>
          <JudgementFields idPrefix="record-milestones" draft={draft} problems={problems} onChange={(c) => setDraft((d) => ({ ...d, ...c }))} />
          <SaveProblem error={record.error} onReload={() => void reload()} />
          <div role="status">{recorded !== null && !record.error ? <Text color="green">{t('hives.milestones.recorded', { index: recorded })}</Text> : null}</div>
          <Box>
            <Button type="submit" loading={record.isPending}>
              {t('hives.milestones.record')}
            </Button>
          </Box>
        </Flex>
      </form>
    </Card>
  );
}
