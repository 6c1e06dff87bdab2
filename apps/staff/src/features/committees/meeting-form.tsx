// Record a committee meeting: when and where, who came (ticked from the members), and the issues raised, each
// written as it was said, in Khmer or English. Saved together in one call.
import { Button, Card, Checkbox, Flex, Heading, Text, TextArea } from '@radix-ui/themes';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { issueLanguages, MAX_ISSUES_A_MEETING, type CommitteeView, type IssueLanguage } from '@kruosar/domain';
import { formatNumber, useLocale } from '@kruosar/ui';
import { useTRPC } from '../../lib/trpc';
import { SaveError } from '../case-workflow/save-error';
import { todayInCambodia } from '../case-workflow/workflow-data';
import { ChoiceField, InputField } from '../families/fields';

type Draft = { key: number; text: string; language: IssueLanguage };

export function MeetingForm({ view, onDone }: { view: CommitteeView; onDone: (saved: boolean) => void }) {
  const { t, i18n } = useTranslation('committees');
  const locale = useLocale();
  const trpc = useTRPC();
  const record = useMutation(trpc.committees.recordMeeting.mutationOptions({ onSuccess: () => onDone(true) }));
  const [heldOn, setHeldOn] = useState(todayInCambodia());
  const [place, setPlace] = useState(view.committee.place);
  const [present, setPresent] = useState<Set<string>>(new Set());
  const [nextKey, setNextKey] = useState(1);
  const firstLanguage: IssueLanguage = i18n.language === 'en' ? 'en' : 'km';
  const [issues, setIssues] = useState<Draft[]>([{ key: 0, text: '', language: firstLanguage }]);
  const change = (key: number, patch: Partial<Draft>) => setIssues((all) => all.map((d) => (d.key === key ? { ...d, ...patch } : d)));
  const toggle = (id: string, on: boolean) =>
    setPresent((was) => {
      const now = new Set(was);
      if (on) now.add(id);
      else now.delete(id);
      return now;
    });
  return (
    <Card>
      <form
        aria-labelledby="meeting-form-heading"
        onSubmit={(e) => {
          e.preventDefault();
          record.mutate({
            committeeId: view.committee.id,
            heldOn,
            place,
            attendeeIds: [...present],
            issues: issues.filter((d) => d.text.trim() !== '').map(({ text, language }) => ({ text, language })),
          });
        }}
      >
        <Flex direction="column" gap="3">
          <Heading as="h3" size="4" id="meeting-form-heading">
            {t('committee.meetingHeading')}
          </Heading>
          <InputField id="meeting-date" label={t('committee.date')} type="date" value={heldOn} onChange={setHeldOn} required />
          <InputField id="meeting-place" label={t('committee.place')} value={place} onChange={setPlace} required />

          <fieldset className="kr-fieldset" data-testid="attendance" style={{ border: 0, padding: 0, margin: 0 }}>
            <legend>
              <Text size="2" weight="medium">
                {t('committee.attendance')}
              </Text>
            </legend>
            {view.members.length === 0 ? (
              <Text as="p" size="2" color="gray">
                {t('committee.noMembersToTick')}
              </Text>
            ) : (
              <Flex direction="column" gap="2">
                {view.members.map((m) => (
                  <Text as="label" size="2" key={m.id}>
                    <Flex gap="2" align="center">
                      <Checkbox checked={present.has(m.id)} onCheckedChange={(on) => toggle(m.id, on === true)} />
                      {m.name ?? m.code}
                    </Flex>
                  </Text>
                ))}
                <Text as="p" size="2" color="gray" aria-live="polite" data-testid="present-count">
                  {t('committee.ticked', { count: formatNumber(present.size, locale) })}
                </Text>
              </Flex>
            )}
          </fieldset>

          <Heading as="h4" size="3">
            {t('committee.raisedHeading')}
          </Heading>
          <Text as="p" size="2" color="gray">
            {t('committee.raisedHint')}
          </Text>
          {issues.map((d, index) => {
            const number = formatNumber(index + 1, locale);
            return (
              <Flex key={d.key} direction="column" gap="1" data-testid="issue-draft">
                <Text as="label" htmlFor={`issue-${d.key}`} size="2" weight="medium">
                  {t('committee.issueText', { number })}
                </Text>
                <TextArea id={`issue-${d.key}`} lang={d.language} value={d.text} onChange={(e) => change(d.key, { text: e.target.value })} rows={2} />
                <Flex gap="2" align="end" wrap="wrap">
                  <ChoiceField
                    id={`issue-${d.key}-language`}
                    label={t('committee.issueLanguage', { number })}
                    value={d.language}
                    onChange={(language) => change(d.key, { language })}
                    options={issueLanguages.map((l) => ({ value: l, label: t(`language.${l}`) }))}
                  />
                  {issues.length > 1 ? (
                    <Button type="button" variant="ghost" color="gray" onClick={() => setIssues((all) => all.filter((x) => x.key !== d.key))}>
                      {t('committee.removeIssue', { number })}
                    </Button>
                  ) : null}
                </Flex>
              </Flex>
            );
          })}
          {issues.length < MAX_ISSUES_A_MEETING ? (
            <Flex>
              <Button
                type="button"
                variant="soft"
                color="gray"
                onClick={() => {
                  setIssues((all) => [...all, { key: nextKey, text: '', language: firstLanguage }]);
                  setNextKey((k) => k + 1);
                }}
              >
                {t('committee.addIssue')}
              </Button>
            </Flex>
          ) : null}
          <SaveError error={record.error} onReload={() => record.reset()} />
          <Flex gap="2">
            <Button type="submit" loading={record.isPending}>
              {t('committee.save')}
            </Button>
            <Button type="button" variant="soft" color="gray" onClick={() => onDone(false)}>
              {t('committee.cancel')}
            </Button>
          </Flex>
        </Flex>
      </form>
    </Card>
  );
}
