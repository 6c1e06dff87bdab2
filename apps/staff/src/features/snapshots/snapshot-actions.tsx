// The next step of a snapshot, for whoever may take it: send for review, review (a second person), publish,
// or correct a publication. Nobody reviews what they built; the panel says so instead of hiding the step.
import { Button, Callout, Card, Flex, Heading, Text, TextArea } from '@radix-ui/themes';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { correctionReasons, type CorrectionReason, type CurrentUser } from '@kruosar/domain';
import { errorMessage } from '@kruosar/ui';
import { useQuarterText } from './snapshot-words';
import { useSnapshotSteps, type SnapshotDetail } from './use-snapshots';

export function SnapshotActions({ snapshot: s, user }: { snapshot: SnapshotDetail; user: CurrentUser }) {
  const { t, i18n } = useTranslation('staff');
  const steps = useSnapshotSteps();
  const quarterText = useQuarterText();
  const [, navigate] = useLocation();
  const ref = { id: s.id, expectedVersion: s.version };
  const analyst = user.role === 'analyst';
  const failed = [steps.submit, steps.review, steps.publish, steps.build, steps.buildCorrection, steps.withdraw].find((m) => m.isError);
  const conflict = fieldErrorOf(steps.buildCorrection.error ?? steps.build.error, 'quarter');

  let panel = null;
  if (s.status === 'draft' && analyst) {
    panel = (
      <Flex gap="3" wrap="wrap">
        <Button type="button" loading={steps.submit.isPending} onClick={() => steps.submit.mutate(ref)}>
          {t('snapshots.actions.submit')}
        </Button>
        {s.correctsId === null ? (
          <Button type="button" variant="soft" loading={steps.build.isPending} onClick={() => steps.build.mutate({ quarter: s.quarter }, { onSuccess: (d) => navigate(`/snapshots/${d.id}`) })}>
            {t('snapshots.actions.rebuild')}
          </Button>
        ) : null}
      </Flex>
    );
  } else if (s.status === 'in_review') {
    panel = s.builtBy === user.id ? <Text as="p">{t('snapshots.actions.ownBuild')}</Text> : <ReviewPanel snapshot={s} steps={steps} />;
  } else if (s.status === 'approved' && analyst) {
    panel = <PublishPanel snapshot={s} steps={steps} />;
  } else if (s.status === 'approved') {
    panel = <Text as="p">{t('snapshots.actions.analystPublishes')}</Text>;
  } else if (s.status === 'published' && analyst) {
    panel = (
      <>
        <CorrectionPanel snapshot={s} steps={steps} />
        <WithdrawPanel snapshot={s} steps={steps} />
      </>
    );
  } else if (s.status === 'superseded' && analyst) {
    panel = <WithdrawPanel snapshot={s} steps={steps} />;
  } else if (s.status === 'published') {
    panel = <Text as="p">{t('snapshots.actions.publishedNeverChanges')}</Text>;
  }
  if (!panel) return null;

  return (
    <Card size="3" asChild>
      <section aria-labelledby="next-step-heading">
        <Heading as="h2" id="next-step-heading" size="4" mb="3">
          {t('snapshots.actions.heading')}
        </Heading>
        {panel}
        {(steps.build.isPending || steps.buildCorrection.isPending) && (
          <Text as="p" role="status" mt="3">
            {t('snapshots.build.pending', { quarter: quarterText(s.quarter) })}
          </Text>
        )}
        {failed ? (
          <Callout.Root color="red" role="alert" mt="3">
            <Callout.Text>{errorMessage(failed.error, i18n)}</Callout.Text>
            {conflict ? <Callout.Text>{conflict}</Callout.Text> : null}
          </Callout.Root>
        ) : null}
      </section>
    </Card>
  );
}

/** The steps are shared, so the card shows the failure of whichever step failed. */
type PanelProps = { snapshot: SnapshotDetail; steps: ReturnType<typeof useSnapshotSteps> };

function ReviewPanel({ snapshot: s, steps: { review } }: PanelProps) {
  const { t } = useTranslation('staff');
  const [returning, setReturning] = useState(false);
  const [reason, setReason] = useState('');
  const [missingReason, setMissingReason] = useState(false);
  const ref = { id: s.id, expectedVersion: s.version };
  return (
    <Flex direction="column" gap="3">
      <Text as="p">{t('snapshots.actions.reviewIntro')}</Text>
      {returning ? (
        <Flex direction="column" gap="1">
          <Text as="label" htmlFor="return-reason" size="2" weight="bold">
            {t('snapshots.actions.returnReason')}
          </Text>
          <TextArea
            id="return-reason"
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            aria-invalid={missingReason || undefined}
            aria-describedby={missingReason ? 'return-reason-error' : undefined}
          />
          {missingReason ? (
            <Text as="p" id="return-reason-error" size="2" color="red">
              {t('snapshots.actions.reasonNeeded')}
            </Text>
          ) : null}
        </Flex>
      ) : null}
      <Flex gap="3" wrap="wrap">
        {!returning ? (
          <Button type="button" color="green" loading={review.isPending} onClick={() => review.mutate({ ...ref, decision: 'approve', reason: '' })}>
            {t('snapshots.actions.approve')}
          </Button>
        ) : null}
        <Button
          type="button"
          variant={returning ? 'solid' : 'soft'}
          color="amber"
          loading={returning && review.isPending}
          onClick={() => {
            if (!returning) return setReturning(true);
            const trimmed = reason.trim();
            setMissingReason(trimmed === '');
            if (trimmed) review.mutate({ ...ref, decision: 'return', reason: trimmed });
          }}
        >
          {returning ? t('snapshots.actions.confirmReturn') : t('snapshots.actions.return')}
        </Button>
        {returning ? (
          <Button type="button" variant="ghost" onClick={() => setReturning(false)}>
            {t('snapshots.actions.cancel')}
          </Button>
        ) : null}
      </Flex>
    </Flex>
  );
}

function PublishPanel({ snapshot: s, steps: { publish } }: PanelProps) {
  const { t } = useTranslation('staff');
  const [confirming, setConfirming] = useState(false);
  if (!confirming)
    return (
      <Button type="button" onClick={() => setConfirming(true)}>
        {t('snapshots.actions.publish')}
      </Button>
    );
  return (
    <Flex direction="column" gap="3" role="group" aria-labelledby="publish-warning">
      <Text as="p" id="publish-warning" weight="bold">
        {s.correctsId ? t('snapshots.actions.publishCorrectionWarning') : t('snapshots.actions.publishWarning')}
      </Text>
      <Flex gap="3">
        <Button type="button" loading={publish.isPending} onClick={() => publish.mutate({ id: s.id, expectedVersion: s.version })}>
          {t('snapshots.actions.confirmPublish')}
        </Button>
        <Button type="button" variant="soft" color="gray" onClick={() => setConfirming(false)}>
          {t('snapshots.actions.cancel')}
        </Button>
      </Flex>
    </Flex>
  );
}

function CorrectionPanel({ snapshot: s, steps: { buildCorrection } }: PanelProps) {
  const { t } = useTranslation('staff');
  const { t: tv } = useTranslation('values');
  const [, navigate] = useLocation();
  const [reason, setReason] = useState<CorrectionReason | ''>('');
  const [note, setNote] = useState('');
  const [coarse, setCoarse] = useState(false);
  const [missing, setMissing] = useState(false);
  const noteError = fieldErrorOf(buildCorrection.error, 'note');
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        setMissing(reason === '');
        if (reason) buildCorrection.mutate({ snapshotId: s.id, reason, note: note.trim(), coarse }, { onSuccess: (d) => navigate(`/snapshots/${d.id}`) });
      }}
    >
      <Text as="p" mb="3">
        {t('snapshots.actions.correctionIntro')}
      </Text>
      <Flex direction="column" gap="1" mb="3">
        <Text as="label" htmlFor="correction-reason" size="2" weight="bold">
          {t('snapshots.actions.correctionReason')}
        </Text>
        <select
          id="correction-reason"
          value={reason}
          onChange={(e) => setReason(e.target.value as CorrectionReason | '')}
          aria-invalid={missing || undefined}
          aria-describedby={missing ? 'correction-reason-error' : undefined}
        >
          <option value="">{t('snapshots.actions.chooseReason')}</option>
          {correctionReasons.map((r) => (
            <option key={r} value={r}>
              {tv(`correctionReason.${r}`)}
            </option>
          ))}
        </select>
        {missing ? (
          <Text as="p" id="correction-reason-error" size="2" color="red">
            {t('snapshots.actions.reasonNeededForCorrection')}
          </Text>
        ) : null}
      </Flex>
      <Flex direction="column" gap="1" mb="3">
        <Text as="label" htmlFor="correction-note" size="2" weight="bold">
          {t('snapshots.actions.correctionNote')}
        </Text>
        <Text as="p" id="correction-note-hint" size="2" color="gray">
          {t('snapshots.actions.correctionNoteHint')}
        </Text>
        <TextArea
          id="correction-note"
          value={note}
          maxLength={500}
          onChange={(e) => setNote(e.target.value)}
          aria-invalid={noteError ? true : undefined}
          aria-describedby={noteError ? 'correction-note-hint correction-note-error' : 'correction-note-hint'}
        />
        {noteError ? (
          <Text as="p" id="correction-note-error" size="2" color="red">
            {noteError}
          </Text>
        ) : null}
      </Flex>
      <Text as="label" size="2" mb="3" style={{ display: 'flex', gap: 8, alignItems: 'center' }}>
        <input type="checkbox" checked={coarse} onChange={(e) => setCoarse(e.target.checked)} />
        {t('snapshots.actions.coarse')}
      </Text>
      <Button type="submit" variant="soft" loading={buildCorrection.isPending}>
        {t('snapshots.actions.buildCorrection')}
      </Button>
    </form>
  );
}

/** The server's own words for one field (a conflict list, the words a note may not contain), if it sent any. */
function fieldErrorOf(error: unknown, field: string): string | null {
  const data = (error as { data?: { fieldErrors?: Record<string, string> | null } } | null)?.data;
  return data?.fieldErrors?.[field] ?? null;
}

/** Withdraw a publication: supporters stop seeing it, so a correction need not agree with it. */
function WithdrawPanel({ snapshot: s, steps: { withdraw } }: PanelProps) {
  const { t } = useTranslation('staff');
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  return (
    <Flex direction="column" gap="2" mt="4">
      <Text as="p" size="2">
        {t('snapshots.actions.withdrawIntro')}
      </Text>
      {open ? (
        <Flex direction="column" gap="1">
          <Text as="label" htmlFor="withdraw-reason" size="2" weight="bold">
            {t('snapshots.actions.withdrawReason')}
          </Text>
          <TextArea id="withdraw-reason" value={reason} onChange={(e) => setReason(e.target.value)} aria-invalid={missing || undefined} aria-describedby={missing ? 'withdraw-reason-error' : undefined} />
          {missing ? (
            <Text as="p" id="withdraw-reason-error" size="2" color="red">
              {t('snapshots.actions.reasonNeeded')}
            </Text>
          ) : null}
        </Flex>
      ) : null}
      <Flex>
        <Button
          type="button"
          color="red"
          variant={open ? 'solid' : 'soft'}
          loading={withdraw.isPending}
          onClick={() => {
            if (!open) return setOpen(true);
            const trimmed = reason.trim();
            setMissing(trimmed === '');
            if (trimmed) withdraw.mutate({ id: s.id, expectedVersion: s.version, reason: trimmed });
          }}
        >
          {open ? t('snapshots.actions.confirmWithdraw') : t('snapshots.actions.withdraw')}
        </Button>
      </Flex>
    </Flex>
  );
}
