// A new story starts as a draft of its author's; it goes nowhere until it is sent for review.
import { Heading, Link as RadixLink, Text } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { useLocale, usePageTitle } from '@kruosar/ui';
import { StoryForm, initialStoryInput } from './story-form';
import { useStorySteps } from './use-stories';

export function NewStoryScreen() {
  const { t } = useTranslation('staff');
  usePageTitle(t('stories.new'));
  const locale = useLocale();
  const { create } = useStorySteps();
  const [, navigate] = useLocation();
  return (
    <>
      <Text as="p" mb="2">
        <RadixLink asChild underline="always">
          <Link href="/stories">{t('stories.back')}</Link>
        </RadixLink>
      </Text>
      <Heading as="h1" size="7" mb="4">
        {t('stories.new')}
      </Heading>
      <StoryForm
        initial={initialStoryInput(null, locale)}
        heading={t('stories.form.heading')}
        saving={create.isPending}
        error={create.error}
        onSave={(input) => create.mutate(input, { onSuccess: (story) => navigate(`/stories/${story.id}`) })}
      />
    </>
  );
}
