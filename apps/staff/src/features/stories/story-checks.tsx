// What the automatic checks found in a story (names from the records, places, dates...): each is changed by the
// writer or overruled with a reason by a reviewer before the story can go to review.
import { Button, Callout, Card, Flex, Heading, Text, TextArea } from '@radix-ui/themes';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CurrentUser } from '@kruosar/domain';
import { errorMessage } from '@kruosar/ui';
import { useStoryChecks, type StoryDetail, type StorySteps } from './use-stories';

type Check = NonNullable<ReturnType<typeof useStoryChecks>['data']>;
type Finding = Check['findings'][number];

export function StoryChecks({ story: s, user, steps }: { story: StoryDetail; user: CurrentUser; steps: StorySteps }) {
  const { t, i18n } = useTranslation('staff');
  const checks = useStoryChecks(s.id);
  const mayOverrule = (user.role === 'admin' || user.role === 'supervisor' || user.role === 'analyst') && s.authorId !== user.id && s.current.editedBy !== user.id;
  return (
    <Card size="3" asChild>
      <section aria-labelledby="story-checks-heading">
        <Heading as="h2" id="story-checks-heading" size="4" mb="3">
          {t('stories.checks.heading')}
        </Heading>
        {checks.isPending ? <Text as="p" role="status">{t('stories.checks.loading')}</Text> : null}
        {checks.isError ? (
          <Callout.Root color="red" role="alert">
            <Callout.Text>{errorMessage(checks.error, i18n)}</Callout.Text>
          </Callout.Root>
        ) : null}
        {checks.data && checks.data.findings.length === 0 ? <Text as="p">{t('stories.checks.none')}</Text> : null}
        {checks.data && checks.data.findings.length > 0 ? (
          <>
            <Text as="p" mb="3">
              {checks.data.open > 0 ? t('stories.checks.open', { count: checks.data.open }) : t('stories.checks.allOverruled')}
            </Text>
            <ul aria-label={t('stories.checks.listLabel')} style={{ paddingLeft: 0, listStyle: 'none', margin: 0 }}>
              {checks.data.findings.map((f) => (
                <FindingItem key={f.key} storyId={s.id} finding={f} mayOverrule={mayOverrule} steps={steps} />
              ))}
            </ul>
          </>
        ) : null}
      </section>
    </Card>
  );
}

function FindingItem({ storyId, finding: f, mayOverrule, steps }: { storyId: string; finding: Finding; mayOverrule: boolean; steps: StorySteps }) {
  const { t } = useTranslation('staff');
  const { t: tv } = useTranslation('values');
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const id = `overrule-${f.key.replace(/[^a-z0-9]+/gi, '-')}`;
  return (
    <li style={{ marginBottom: 12 }}>
      <Text as="p" weight="bold">
        “{f.text}”: {tv(`storyFinding.${f.kind}`)}
        {f.role ? ` (${tv(`recordRole.${f.role}`)})` : ''}
      </Text>
      {f.overrule ? (
        <Text as="p" size="2" color="gray">
          {t('stories.checks.overruled', { name: f.overrule.byName, reason: f.overrule.reason })}
        </Text>
      ) : mayOverrule ? (
        <Flex direction="column" gap="1" mt="1">
          {open ? (
            <>
              <Text as="label" htmlFor={id} size="2" weight="bold">
                {t('stories.checks.reason')}
              </Text>
              <TextArea id={id} value={reason} onChange={(e) => setReason(e.target.value)} aria-invalid={missing || undefined} aria-describedby={missing ? `${id}-error` : undefined} />
              {missing ? (
                <Text as="p" id={`${id}-error`} size="2" color="red">
                  {t('stories.checks.reasonNeeded')}
                </Text>
              ) : null}
            </>
          ) : null}
          <Flex>
            <Button
              type="button"
              size="1"
              variant="soft"
              color="amber"
              loading={steps.overrule.isPending}
              onClick={() => {
                if (!open) return setOpen(true);
                const trimmed = reason.trim();
                setMissing(trimmed === '');
                if (trimmed) steps.overrule.mutate({ storyId, findingKey: f.key, reason: trimmed });
              }}
            >
              {open ? t('stories.checks.confirmOverrule') : t('stories.checks.overrule')}
            </Button>
          </Flex>
        </Flex>
      ) : (
        <Text as="p" size="2" color="gray">
          {t('stories.checks.changeOrAsk')}
        </Text>
      )}
    </li>
  );
}
