// The decision about a need: link to a case, open a new case, refer, resolve or close as not actionable, each with
// the short message the volunteer reads in "My reports". Saved from the version shown: if someone else changed the
// need meanwhile, the save is refused and the person reloads, keeping what they typed.
import { Box, Button, Callout, Card, Flex, Heading, RadioGroup, Select, Text, TextArea, TextField } from '@radix-ui/themes';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { NEED_MESSAGE_MAX, TriageDecisionInput, needReferralAgencies, type NeedReferralAgency, type TriageDecision, type TriageNeedDetail } from '@kruosar/domain';
import { FieldError, describeError, errorMessage, formatNumber, useLocale, type FieldMessage } from '@kruosar/ui';
import { useTRPC } from '../../lib/trpc';
import { CasePicker } from './case-picker';

const decisions: readonly TriageDecision[] = ['link_to_case', 'new_case', 'refer', 'resolve', 'not_actionable'];

type Field = 'decision' | 'caseId' | 'agency' | 'messageToVolunteer';
type Problems = Partial<Record<Field, FieldMessage>>;

/** Characters as the server counts them (code points, without zero-width spaces). */
export const messageLength = (text: string) => [...text.replace(/[\u200b-\u200d\ufeff]/g, '').trim()].length;

/** Where focus goes to fix each field. */
const focusTarget: Record<Field, string> = {
  decision: '#triage-decision [role="radio"]',
  caseId: '#triage-case-search',
  agency: '#triage-agency',
  messageToVolunteer: '#triage-messageToVolunteer',
};

type Draft = { decision: TriageDecision | null; caseId: string | null; agency: NeedReferralAgency | null; agencyName: string; message: string };

/** What is missing or too long, by field; empty when the draft can be sent. */
export function problemsOf(draft: Draft): Problems {
  const problems: Problems = {};
  if (!draft.decision) problems.decision = { key: 'errors:field.choose' };
  if (draft.decision === 'link_to_case' && !draft.caseId) problems.caseId = { key: 'errors:field.choose' };
  if (draft.decision === 'refer' && !draft.agency) problems.agency = { key: 'errors:field.choose' };
  const length = messageLength(draft.message);
  if (length === 0) problems.messageToVolunteer = { key: 'errors:field.required' };
  else if (length > NEED_MESSAGE_MAX) problems.messageToVolunteer = { key: 'errors:field.tooLongMax', max: NEED_MESSAGE_MAX };
  return problems;
}

export function TriagePanel({ need, onReload }: { need: TriageNeedDetail; onReload: () => void }) {
  const { t, i18n } = useTranslation(['staff', 'values', 'errors', 'common']);
  const locale = useLocale();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [, navigate] = useLocation();
  const [draft, setDraft] = useState<Draft>({ decision: null, caseId: null, agency: null, agencyName: '', message: '' });
  const [problems, setProblems] = useState<Problems>({});
  const triage = useMutation(trpc.needs.triage.mutationOptions());
  const set = (change: Partial<Draft>) => setDraft((d) => ({ ...d, ...change }));
  const conflict = describeError(triage.error).code === 'CONFLICT';

  const save = () => {
    const found = problemsOf(draft);
    setProblems(found);
    const first = (['decision', 'caseId', 'agency', 'messageToVolunteer'] as const).find((f) => found[f]);
    if (first || !draft.decision) {
      if (first) document.querySelector<HTMLElement>(focusTarget[first])?.focus();
      return;
    }
    const parsed = TriageDecisionInput.parse({ decision: draft.decision, messageToVolunteer: draft.message, caseId: draft.caseId, agency: draft.agency, agencyName: draft.agencyName });
    triage.mutate(
      { needId: need.id, version: need.version, decision: parsed },
      {
        onSuccess: (result) => {
          void queryClient.invalidateQueries({ queryKey: trpc.needs.pathKey() });
          // A new case: the intake opens with the need's village, story and a first risk level, and links it.
          if (result.casePrefill) navigate(`/cases/new?fromNeed=${encodeURIComponent(need.id)}`);
        },
      },
    );
  };

  const reload = () => {
    triage.reset();
    onReload();
  };

  const error = (field: Field) => (problems[field] ? <FieldError id={`triage-${field}-error`} serverMessage={t(problems[field].key, { max: formatNumber(problems[field].max ?? 0, locale) })} /> : null);

  return (
    <Card size="3" asChild>
      <section aria-labelledby="triage-heading" data-testid="triage-panel">
        <Flex direction="column" gap="4">
          <Heading as="h2" size="5" id="triage-heading">
            {t('needs.triage.heading')}
          </Heading>
          <Flex direction="column" gap="2">
            <Text as="div" id="triage-decision-label" size="2" weight="bold">
              {t('needs.triage.decision')}
            </Text>
            <RadioGroup.Root
              id="triage-decision"
              value={draft.decision ?? ''}
              onValueChange={(v) => set({ decision: v as TriageDecision })}
              aria-labelledby="triage-decision-label"
              aria-invalid={problems.decision ? true : undefined}
              aria-describedby={problems.decision ? 'triage-decision-error' : undefined}
            >
              {decisions.map((d) => (
                <RadioGroup.Item key={d} value={d}>
                  {t(`needs.triage.decisions.${d}`)}
                </RadioGroup.Item>
              ))}
            </RadioGroup.Root>
            {error('decision')}
          </Flex>

          {draft.decision === 'link_to_case' ? (
            <Box>
              <CasePicker communeCode={need.communeCode} value={draft.caseId} onChange={(caseId) => set({ caseId })} invalid={Boolean(problems.caseId)} errorId="triage-caseId-error" />
              {error('caseId')}
            </Box>
          ) : null}
          {draft.decision === 'new_case' ? (
            <Text as="p" color="gray" size="2">
              {t('needs.triage.newCaseHint')}
            </Text>
          ) : null}
          {draft.decision === 'refer' ? (
            <Flex gap="4" wrap="wrap">
              <Flex direction="column" gap="1">
                <Text as="label" id="triage-agency-label" htmlFor="triage-agency" size="2" weight="bold">
                  {t('needs.triage.agency')}
                </Text>
                <Select.Root value={draft.agency ?? undefined} onValueChange={(v) => set({ agency: v as NeedReferralAgency })}>
                  <Select.Trigger
                    id="triage-agency"
                    placeholder={t('needs.triage.chooseAgency')}
                    aria-labelledby="triage-agency-label triage-agency"
                    aria-invalid={problems.agency ? true : undefined}
                    aria-describedby={problems.agency ? 'triage-agency-error' : undefined}
                    style={{ minWidth: '14rem' }}
                  />
                  <Select.Content position="popper">
                    {needReferralAgencies.map((a) => (
                      <Select.Item key={a} value={a}>
                        {t(`values:needReferralAgency.${a}`)}
                      </Select.Item>
                    ))}
                  </Select.Content>
                </Select.Root>
                {error('agency')}
              </Flex>
              <Flex direction="column" gap="1" style={{ flex: 1, minWidth: '14rem' }}>
                <Text as="label" htmlFor="triage-agency-name" size="2" weight="bold">
                  {t('needs.triage.agencyName')}{' '}
                  <Text weight="regular" color="gray">
                    ({t('common:optional')})
                  </Text>
                </Text>
                <TextField.Root id="triage-agency-name" maxLength={120} value={draft.agencyName} onChange={(e) => set({ agencyName: e.target.value })} />
              </Flex>
            </Flex>
          ) : null}

          <Flex direction="column" gap="1">
            <Text as="label" htmlFor="triage-messageToVolunteer" size="2" weight="bold">
              {t('needs.triage.message')}
            </Text>
            <Text as="p" id="triage-message-hint" size="1" color="gray" style={{ margin: 0 }}>
              {t('needs.triage.messageHint')}
            </Text>
            <TextArea
              id="triage-messageToVolunteer"
              rows={3}
              value={draft.message}
              onChange={(e) => set({ message: e.target.value })}
              aria-invalid={problems.messageToVolunteer ? true : undefined}
              aria-describedby={['triage-message-hint', 'triage-message-count', problems.messageToVolunteer ? 'triage-messageToVolunteer-error' : null].filter(Boolean).join(' ')}
            />
            <Text as="p" id="triage-message-count" size="1" color={messageLength(draft.message) > NEED_MESSAGE_MAX ? 'red' : 'gray'} style={{ margin: 0 }}>
              {t('needs.triage.counter', { count: formatNumber(messageLength(draft.message), locale), max: formatNumber(NEED_MESSAGE_MAX, locale) })}
            </Text>
            {error('messageToVolunteer')}
          </Flex>

          {triage.error ? (
            conflict ? (
              <Callout.Root color="amber" role="alert" data-testid="conflict">
                <Callout.Text weight="bold">{t('needs.triage.conflict')}</Callout.Text>
                <Callout.Text>{t('needs.triage.conflictKeepsInput')}</Callout.Text>
                <Box>
                  <Button type="button" variant="soft" color="amber" highContrast onClick={reload}>
                    {t('needs.triage.reload')}
                  </Button>
                </Box>
              </Callout.Root>
            ) : (
              <Callout.Root color="red" role="alert">
                <Callout.Text>{errorMessage(triage.error, i18n)}</Callout.Text>
              </Callout.Root>
            )
          ) : null}
          <Box>
            <Button type="button" size="3" onClick={save} loading={triage.isPending} disabled={triage.isPending}>
              {draft.decision === 'new_case' ? t('needs.triage.saveAndOpenIntake') : t('needs.triage.save')}
            </Button>
          </Box>
        </Flex>
      </section>
    </Card>
  );
}
