// One story: its text as the public would read it, its consent, its versions, and the next step. Withdrawing
// consent is always one click away for every member of staff, and takes the story down at once.
import { Badge, Box, Card, DataList, Flex, Heading, Link as RadixLink, Text } from '@radix-ui/themes';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { CurrentUser } from '@kruosar/domain';
import { ErrorState, LoadingState, formatDate, formatNumber, useLocale, usePageTitle } from '@kruosar/ui';
import { useProvinceName } from './provinces';
import { StoryActions } from './story-actions';
import { StoryChecks } from './story-checks';
import { StoryForm, initialStoryInput } from './story-form';
import { mayWriteStories } from './stories-screen';
import { storyStatusColour, useStory, useStorySteps, type StoryDetail } from './use-stories';

export function StoryScreen({ id, user }: { id: string; user: CurrentUser }) {
  const { t } = useTranslation(['staff', 'values']);
  const story = useStory(id);
  const steps = useStorySteps();
  const [editing, setEditing] = useState(false);
  usePageTitle(story.data?.current.title ?? t('stories.title'));

  const back = (
    <Text as="p" mb="2">
      <RadixLink asChild underline="always">
        <Link href="/stories">{t('stories.back')}</Link>
      </RadixLink>
    </Text>
  );
  if (story.isPending) return <LoadingState />;
  if (story.isError)
    return (
      <>
        {back}
        <ErrorState error={story.error} onRetry={() => void story.refetch()} />
      </>
    );
  const s = story.data;
  const mayEdit = mayWriteStories(user.role) && s.status !== 'withdrawn' && (user.role !== 'caseworker' || s.authorId === user.id);

  return (
    <Flex direction="column" gap="5">
      <Box>
        {back}
        <Flex align="center" gap="3" wrap="wrap">
          <Heading as="h1" size="7">
            {s.current.title}
          </Heading>
          <Badge size="2" color={storyStatusColour[s.status]} highContrast data-testid="story-status">
            {t(`values:storyStatus.${s.status}`)}
          </Badge>
          {s.live ? (
            <Badge size="2" color="green" variant="outline" highContrast>
              {t('stories.live')}
            </Badge>
          ) : null}
        </Flex>
      </Box>
      {editing ? (
        <StoryForm
          initial={initialStoryInput(s, s.current.locale)}
          heading={t('stories.form.editHeading')}
          saving={steps.update.isPending}
          error={steps.update.error}
          onCancel={() => setEditing(false)}
          onSave={(input) => steps.update.mutate({ id: s.id, expectedVersion: s.version, input }, { onSuccess: () => setEditing(false) })}
        />
      ) : (
        <>
          <StoryActions story={s} user={user} steps={steps} mayEdit={mayEdit} onEdit={() => setEditing(true)} />
          {s.status === 'draft' ? <StoryChecks story={s} user={user} steps={steps} /> : null}
          <StoryFacts story={s} />
          <Card size="3" asChild>
            <article lang={s.current.locale} aria-label={t('stories.text')}>
              <Text as="p" size="2" color="gray" mb="2">
                {s.current.pseudonym}
              </Text>
              <Text as="p" style={{ whiteSpace: 'pre-line', maxWidth: '44rem' }}>
                {s.current.body}
              </Text>
            </article>
          </Card>
          <Versions story={s} />
        </>
      )}
    </Flex>
  );
}

function StoryFacts({ story: s }: { story: StoryDetail }) {
  const { t } = useTranslation(['staff', 'common']);
  const locale = useLocale();
  const date = (d: string | null) => (d ? formatDate(d, locale) : t('common:none'));
  const province = useProvinceName(s.current.provinceCode, locale);
  const rows: [string, string][] = [
    [t('stories.facts.author'), s.authorName],
    [t('stories.form.pseudonym'), s.current.pseudonym],
    [t('stories.form.province'), province ?? t('stories.form.noPlace')],
    [t('stories.form.locale'), t(`common:language.${s.current.locale}`)],
    [t('stories.form.guardianConsentOn'), date(s.guardianConsentOn)],
    [t('stories.form.childConsentOn'), date(s.childConsentOn)],
    [t('stories.form.consentExpiresOn'), `${date(s.consentExpiresOn)}${s.consentExpired ? ` (${t('stories.expired')})` : ''}`],
  ];
  if (s.publishedAt) rows.push([t('stories.facts.published'), date(s.publishedAt)]);
  if (s.consentWithdrawnAt) rows.push([t('stories.facts.withdrawn'), date(s.consentWithdrawnAt)]);
  return (
    <DataList.Root>
      {rows.map(([label, value]) => (
        <DataList.Item key={label}>
          <DataList.Label minWidth="12rem">{label}</DataList.Label>
          <DataList.Value>{value}</DataList.Value>
        </DataList.Item>
      ))}
    </DataList.Root>
  );
}

function Versions({ story }: { story: StoryDetail }) {
  const { t } = useTranslation('staff');
  const locale = useLocale();
  if (story.versions.length < 2) return null;
  return (
    <details>
      <summary>
        <Text weight="bold">{t('stories.versions', { count: story.versions.length })}</Text>
      </summary>
      <Flex direction="column" gap="3" mt="3" asChild>
        <ol style={{ margin: 0, paddingLeft: '1.25rem' }}>
          {story.versions.map((v) => (
            <li key={v.id}>
              <Text as="p" size="2" weight="bold">
                {t('stories.version', { number: formatNumber(v.number, locale), name: v.editedByName, date: formatDate(v.createdAt, locale, { withTime: true }) })}
              </Text>
              <Text as="p" size="2" lang={v.locale}>
                {v.title} · {v.pseudonym}
              </Text>
            </li>
          ))}
        </ol>
      </Flex>
    </details>
  );
}
