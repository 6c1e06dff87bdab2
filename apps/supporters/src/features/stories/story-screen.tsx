// One published story. If consent was withdrawn or has expired, it is simply not there any more.
import { Box, Heading, Link as RadixLink, Text } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { EmptyState, ErrorState, LoadingState, formatDate, useLocale, usePageTitle } from '@kruosar/ui';
import { OneLanguageNote } from '../language/one-language';
import { storyPlaceOf } from './story-place';
import { usePublishedStories } from './use-published-stories';

export function StoryScreen({ id }: { id: string }) {
  const { t } = useTranslation('supporters');
  const locale = useLocale();
  const stories = usePublishedStories();
  const story = stories.data?.find((s) => s.id === id) ?? null;
  usePageTitle(story?.title ?? t('stories.title'));

  const back = (
    <Text as="p" mt="5">
      <RadixLink asChild underline="always">
        <Link href="/stories">{t('stories.back')}</Link>
      </RadixLink>
    </Text>
  );
  if (stories.isPending) return <LoadingState />;
  if (stories.isError) return <ErrorState error={stories.error} onRetry={() => void stories.refetch()} />;
  if (!story)
    return (
      <>
        <EmptyState headingLevel="h2" title={t('stories.gone.title')} body={t('stories.gone.body')} />
        {back}
      </>
    );
  return (
    <Box asChild>
      <article lang={story.locale} aria-labelledby="story-title">
        <Heading as="h1" id="story-title" size="8" mb="2">
          {story.title}
        </Heading>
        <Text as="p" color="gray" mb="4" lang={locale}>
          {t('stories.byline', { pseudonym: story.pseudonym, place: storyPlaceOf(story, locale, t('stories.country')), date: formatDate(story.publishedAt, locale) })}
        </Text>
        <OneLanguageNote written={story.locale} />
        <Text as="p" size="4" className="kr-story-body">
          {story.body}
        </Text>
        <Text as="p" size="2" color="gray" mt="4" lang={locale}>
          {t('stories.consentNote')}
        </Text>
        <Box lang={locale}>{back}</Box>
      </article>
    </Box>
  );
}
