// Stories told with consent: a pseudonym, a province at most, no photographs. Each opens on its own page.
import { Box, Card, Flex, Heading, Link as RadixLink, Text } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { EmptyState, ErrorState, LoadingState, formatDate, useLocale, usePageTitle } from '@kruosar/ui';
import { OneLanguageNote } from '../language/one-language';
import { excerpt } from './excerpt';
import { storyPlaceOf } from './story-place';
import { usePublishedStories } from './use-published-stories';

const EXCERPT = 220;

export function StoriesScreen() {
  const { t } = useTranslation('supporters');
  usePageTitle(t('stories.title'));
  const locale = useLocale();
  const stories = usePublishedStories();

  let body;
  if (stories.isPending) body = <LoadingState />;
  else if (stories.isError) body = <ErrorState error={stories.error} onRetry={() => void stories.refetch()} />;
  else if (stories.data.length === 0) body = <EmptyState title={t('stories.empty.title')} body={t('stories.empty.body')} />;
  else
    body = (
      <Flex direction="column" gap="4" asChild>
        <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {stories.data.map((story) => (
            <Card asChild key={story.id} size="3">
              <li data-testid="story-card">
                <article lang={story.locale} aria-labelledby={`story-${story.id}`}>
                  <Heading as="h2" size="5" mb="1" id={`story-${story.id}`}>
                    <RadixLink asChild underline="always">
                      <Link href={`/stories/${story.id}`}>{story.title}</Link>
                    </RadixLink>
                  </Heading>
                  <Text as="p" size="2" color="gray" mb="2" lang={locale}>
                    {t('stories.byline', { pseudonym: story.pseudonym, place: storyPlaceOf(story, locale, t('stories.country')), date: formatDate(story.publishedAt, locale) })}
                  </Text>
                  <OneLanguageNote written={story.locale} />
                  <Text as="p">{excerpt(story.body, EXCERPT, story.locale)}</Text>
                </article>
              </li>
            </Card>
          ))}
        </ul>
      </Flex>
    );

  return (
    <>
      <Heading as="h1" size="8" mb="2">
        {t('stories.heading')}
      </Heading>
      <Text as="p" size="3" mb="4" style={{ maxWidth: '48rem' }}>
        {t('stories.intro')}
      </Text>
      <Box>{body}</Box>
    </>
  );
}
